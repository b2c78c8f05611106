import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { unwrapLongitudes } from "../../../../src/maps/draw/antimeridian.ts";

const points = (...coordinates: [number, number][]): FeatureCollection => ({
  type: "FeatureCollection",
  features: coordinates.map((c, i) => ({
    type: "Feature",
    properties: { title: `P${i}` },
    geometry: { type: "Point", coordinates: c },
  })),
});
const longitudes = (collection: FeatureCollection) =>
  collection.features.map((f) => (f.geometry as { coordinates: number[] }).coordinates[0]);

describe("unwrapLongitudes", () => {
  it("shifts western longitudes of a map across the antimeridian by 360°", () => {
    const fiji = points([178.44, -18.14], [179.39, -16.43], [-178.8, -18.2]);
    expect(longitudes(unwrapLongitudes(fiji))).toEqual([178.44, 179.39, 181.2]);
    expect(longitudes(fiji)).toEqual([178.44, 179.39, -178.8]);
  });

  it("leaves a map that does not cross it as it is", () => {
    const world = points([47.81, 30.515], [-77.04, 38.9]);
    expect(unwrapLongitudes(world)).toBe(world);
  });
});
