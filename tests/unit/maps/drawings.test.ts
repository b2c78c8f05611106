import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FeatureCollection } from "geojson";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { openBuildCache } from "../../../src/cache/build-cache.ts";
import { createMapDrawings } from "../../../src/maps/drawings.ts";
import { drawMapFile } from "../../../src/maps/map-drawing.ts";
import { mapDrawingRequests } from "../../../src/maps/render-map.ts";

const root = mkdtempSync(path.join(tmpdir(), "dispatch-map-drawings-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

let folders = 0;
/** A cache folder of its own for one test. */
const newFolder = () => path.join(root, `cache-${++folders}`);

/** The map files under the cache folder. */
const mapEntries = (folder: string) =>
  readdirSync(path.join(folder, "map"), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));

const basra: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { title: "Pipeline attack" },
      geometry: { type: "Point", coordinates: [47.81, 30.515] },
    },
  ],
};
const requests = mapDrawingRequests(basra, { caption: "Basra" });

describe("createMapDrawings with the build cache", () => {
  it("draws a map once, stores it, and a later build reads it back without drawing", () => {
    const folder = newFolder();
    const first = openBuildCache({ folder, version: "v1" });
    const drawn = createMapDrawings({ cache: first }).draw(requests.static);
    expect(drawn).toBe(drawMapFile(requests.static));
    expect(first.stats).toMatchObject({ misses: 1, writes: 1 });

    const second = openBuildCache({ folder, version: "v1" });
    expect(createMapDrawings({ cache: second }).draw(requests.static)).toBe(drawn);
    expect(second.stats).toMatchObject({ hits: 1, misses: 0, writes: 0 });
  });

  it("asks the cache once per build for a drawing the build needs twice", () => {
    const cache = openBuildCache({ folder: newFolder(), version: "v1" });
    const drawings = createMapDrawings({ cache });
    drawings.draw(requests.ground);
    drawings.draw(requests.ground);
    expect(cache.stats).toMatchObject({ hits: 0, misses: 1, writes: 1 });
  });

  it("draws a damaged entry again, with a warning, and stores it whole", () => {
    const folder = newFolder();
    createMapDrawings({ cache: openBuildCache({ folder, version: "v1" }) }).draw(requests.ground);
    const [entry] = mapEntries(folder);
    writeFileSync(entry!, "dispatch-cache/1 0000\n{}");
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const cache = openBuildCache({ folder, version: "v1" });
    expect(createMapDrawings({ cache }).draw(requests.ground)).toBe(drawMapFile(requests.ground));
    expect(cache.stats).toMatchObject({ corrupt: 1, writes: 1 });
    expect(warnings.mock.calls.join("\n")).toContain("a build cache entry is damaged");
  });

  it("keeps nothing when the cache is off (--no-cache)", () => {
    const folder = newFolder();
    const cache = openBuildCache({ folder, version: "v1", enabled: false });
    createMapDrawings({ cache }).draw(requests.static);
    expect(cache.stats).toEqual({ hits: 0, misses: 0, writes: 0, corrupt: 0 });
  });
});
