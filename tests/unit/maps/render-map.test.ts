import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FeatureCollection } from "geojson";
import { afterAll, describe, expect, it } from "vitest";
import { createMapFiles } from "../../../src/maps/files.ts";
import { renderMap } from "../../../src/maps/render-map.ts";
import { openStreetMapTiles } from "../../../src/site.ts";

const point = (longitude: number, title = "Pipeline attack"): FeatureCollection => ({
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { title },
      geometry: { type: "Point", coordinates: [longitude, 30.515] },
    },
  ],
});

/** Temporary output folders, removed after the tests. */
const outputs: string[] = [];
afterAll(() => outputs.forEach((output) => rmSync(output, { recursive: true, force: true })));

/** Renders a map as a post's page would and returns the static SVG written beside the page. */
async function staticSvg(collection: FeatureCollection, caption: string): Promise<string> {
  const output = mkdtempSync(path.join(tmpdir(), "dispatch-render-map-"));
  outputs.push(output);
  const page = { fileSlug: "basra", outputPath: path.join(output, "index.html") };
  const files = createMapFiles();
  renderMap(collection, { caption }, { tiles: openStreetMapTiles, files }, { page }, "25");
  await files.writeAll();
  return readFileSync(path.join(output, "map-25.svg"), "utf8");
}

describe("renderMap, drawing each static map once", () => {
  it("draws again whenever the features or the caption change, and reuses only an identical map", async () => {
    const first = await staticSvg(point(47.81), "Basra");
    const moved = await staticSvg(point(47.9), "Basra");
    const twoPlaces = point(47.81);
    twoPlaces.features.push(...point(47.7, "Militia action").features);
    const added = await staticSvg(twoPlaces, "Basra");
    const recaptioned = await staticSvg(point(47.81), "Basra, 27 March");
    const again = await staticSvg(point(47.81), "Basra");
    expect(moved).not.toBe(first);
    expect(added).not.toBe(first);
    expect(recaptioned).not.toBe(first);
    expect(recaptioned).toContain("Map. Basra, 27 March");
    expect(again).toBe(first);
    expect(first).toContain("<svg");
  });
});
