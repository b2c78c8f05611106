import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { countries } from "../../../src/maps/atlas.ts";
import { renderLocator } from "../../../src/maps/locator.ts";
import { drawMapFile } from "../../../src/maps/map-drawing.ts";
import { mapCacheParts } from "../../../src/maps/drawings.ts";
import { mapDrawingRequests } from "../../../src/maps/render-map.ts";
import { renderStaticMap } from "../../../src/maps/static-map.ts";

/** Points at `[longitude, latitude]`, titled in order. */
const points = (...positions: [number, number][]): FeatureCollection => ({
  type: "FeatureCollection",
  features: positions.map((coordinates, index) => ({
    type: "Feature",
    properties: { title: `Place ${index + 1}` },
    geometry: { type: "Point", coordinates },
  })),
});

/** Two maps of one area: the same corners, other points between them. */
const corners: [number, number][] = [
  [47.6, 30.3],
  [48.0, 30.7],
];
const basra = points(...corners, [47.81, 30.515]);
const basraAgain = points(...corners, [47.7, 30.4], [47.9, 30.6]);

describe("mapDrawingRequests", () => {
  it("asks two maps of one area for the same ground and locator, and for their own static maps", () => {
    const one = mapDrawingRequests(basra, { caption: "Basra" });
    const other = mapDrawingRequests(basraAgain, { caption: "Basra" });
    expect(other.ground).toEqual(one.ground);
    expect(other.locator).toEqual(one.locator);
    expect(other.static).not.toEqual(one.static);
    expect(one.ground).toEqual({ kind: "ground", box: [46.6, 29.3, 49, 31.7], scale: "50m" });
  });

  it("asks a map of a large part of the world for coarse outlines and no locator", () => {
    const requests = mapDrawingRequests(points([-10, 35], [40, 60]), { caption: "Europe" });
    expect(requests.locator).toBeUndefined();
    expect(requests.static).toMatchObject({ scale: "110m", title: "Map. Europe" });
    expect(requests.static).not.toHaveProperty("locator");
  });
});

describe("mapCacheParts", () => {
  const base = mapDrawingRequests(basra, { caption: "Basra" }).static;
  const key = (request: typeof base) => JSON.stringify(mapCacheParts(request));

  it.each([
    [
      "a feature moved",
      mapDrawingRequests(points(...corners, [47.82, 30.515]), { caption: "Basra" }),
    ],
    ["the caption", mapDrawingRequests(basra, { caption: "Basra, 27 March" })],
    ["the bounds", mapDrawingRequests(basra, { caption: "Basra", bounds: [47, 30, 48.5, 31] })],
  ])("changes with %s", (_change, requests) => {
    expect(key(requests.static)).not.toBe(key(base));
  });

  it("is the same for the same map drawn again", () => {
    expect(
      key(mapDrawingRequests(points(...corners, [47.81, 30.515]), { caption: "Basra" }).static),
    ).toBe(key(base));
  });
});

describe("drawMapFile", () => {
  it("draws the static map with its locator inset as renderStaticMap does", () => {
    const requests = mapDrawingRequests(basra, { caption: "Basra" });
    expect(drawMapFile(requests.static)).toBe(
      renderStaticMap(basra, {
        countries: countries("50m"),
        locatorCountries: countries("110m"),
        title: "Map. Basra",
        width: 720,
        height: 420,
      }),
    );
  });

  it("draws one locator for two maps of one area, as renderLocator draws either", () => {
    const one = mapDrawingRequests(basra, { caption: "Basra" });
    const other = mapDrawingRequests(basraAgain, { caption: "Basra" });
    const locator = drawMapFile({ kind: "locator", extent: one.locator! });
    expect(drawMapFile({ kind: "locator", extent: other.locator! })).toBe(locator);
    expect(locator).toBe(renderLocator(basraAgain, { countries: countries("110m") }));
    expect(locator).toContain("<title>Locator map: the area shown lies in Iraq</title>");
  });

  it("draws the ground as JSON of its box, land and borders", () => {
    const ground = JSON.parse(drawMapFile(mapDrawingRequests(basra, {}).ground)) as {
      box: number[];
      land: unknown[];
      lines: unknown[];
    };
    expect(ground.box).toEqual([46.6, 29.3, 49, 31.7]);
    expect(ground.land.length).toBeGreaterThan(0);
    expect(ground.lines.length).toBeGreaterThan(0);
  });
});
