import type { FeatureCollection } from "geojson";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { countries } from "../../../src/maps/atlas.ts";
import { visibleCountries } from "../../../src/maps/countries-in-view.ts";
import { drawMapFile } from "../../../src/maps/map-drawing.ts";
import { mapDrawingRequests } from "../../../src/maps/render-map.ts";
import { forgetRemembered } from "../../../src/shared/memo.ts";

// visibleCountries is where a drawing starts projecting the world's outlines: counted here.
vi.mock("../../../src/maps/countries-in-view.ts", async (original) => {
  const module = await original<typeof import("../../../src/maps/countries-in-view.ts")>();
  return { ...module, visibleCountries: vi.fn(module.visibleCountries) };
});

const pin = (title: string, coordinates: [number, number]): FeatureCollection => ({
  type: "FeatureCollection",
  features: [{ type: "Feature", properties: { title }, geometry: { type: "Point", coordinates } }],
});

/** How often the outlines at `scale` were projected since the last reset. */
const projections = (scale: "50m" | "110m") =>
  vi.mocked(visibleCountries).mock.calls.filter(([outlines]) => outlines === countries(scale))
    .length;

beforeEach(() => {
  forgetRemembered();
  vi.mocked(visibleCountries).mockClear();
});

describe("drawing two maps of one area", () => {
  const bounds: [number, number, number, number] = [47.5, 30.2, 48.1, 30.8];
  const one = mapDrawingRequests(pin("Pipeline attack", [47.81, 30.515]), { bounds });
  const other = mapDrawingRequests(pin("Mahdi Army office", [47.7, 30.4]), { bounds });

  it("projects the world's outlines once for both static maps, and draws each its own features over them", () => {
    const first = drawMapFile(one.static);
    const second = drawMapFile(other.static);
    expect(projections("50m")).toBe(1);
    expect(second).not.toBe(first);
  });

  it("cuts the ground once for both", () => {
    expect(other.ground).toEqual(one.ground);
    const ground = drawMapFile(one.ground);
    expect(drawMapFile(other.ground)).toBe(ground);
  });
});

describe("drawing the locator of a map", () => {
  it("projects it once for the static map's inset and the locator's own file", () => {
    const requests = mapDrawingRequests(pin("Pipeline attack", [47.81, 30.515]), {});
    drawMapFile(requests.static);
    drawMapFile({ kind: "locator", extent: requests.locator! });
    expect(projections("110m")).toBe(1);
  });
});
