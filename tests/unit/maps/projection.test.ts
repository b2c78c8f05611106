import { geoArea, geoDistance } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import {
  atlasScaleFor,
  boundsFeature,
  earthRadiusMetres,
  extentCenter,
  extentFeatures,
  forD3,
  uncertaintyCircle,
} from "../../../src/maps/projection.ts";
import { hexagon } from "../../helpers/basra-features.ts";

describe("uncertaintyCircle", () => {
  it("draws a ring whose every vertex is the radius away from the centre", () => {
    const ring = uncertaintyCircle([47.78, 30.43], 10_000).coordinates[0] ?? [];
    expect(ring.length).toBeGreaterThan(50);
    for (const vertex of ring) {
      const metres = geoDistance([47.78, 30.43], vertex as [number, number]) * earthRadiusMetres;
      expect(metres).toBeCloseTo(10_000, -1);
    }
  });
});
describe("forD3", () => {
  it("rewinds RFC 7946 polygons so d3 reads the hexagon, not the globe without it", () => {
    const polygon = hexagon.features[0] as FeatureCollection["features"][number];
    expect(geoArea(polygon)).toBeGreaterThan(12); // the whole sphere is 4π ≈ 12.57 steradians
    expect(geoArea(forD3(hexagon).features[0] as typeof polygon)).toBeLessThan(1e-6);
    expect(
      (hexagon.features[0]?.geometry as { coordinates: number[][][] }).coordinates[0]?.[1],
    ).toEqual([47.8349, 30.5172]);
  });
});
describe("extentFeatures", () => {
  it("adds each point's uncertainty circle", () => {
    expect(extentFeatures(hexagon).features).toHaveLength(3);
  });

  it("widens a lone point to its surroundings", () => {
    const lone: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { title: "Basra" },
          geometry: { type: "Point", coordinates: [47.81, 30.515] },
        },
      ],
    };
    expect(extentFeatures(lone).features).toHaveLength(2);
    expect(extentCenter(lone)[0]).toBeCloseTo(47.81, 5);
  });
});
describe("boundsFeature", () => {
  it("draws [west, south, east, north] as a clockwise ring from the south-west corner", () => {
    expect(boundsFeature([47.58, 30.33, 47.92, 30.6]).geometry).toEqual({
      type: "Polygon",
      coordinates: [
        [
          [47.58, 30.33],
          [47.58, 30.6],
          [47.92, 30.6],
          [47.92, 30.33],
          [47.58, 30.33],
        ],
      ],
    });
  });
});

describe("atlasScaleFor", () => {
  it.each<[string, [number, number, number, number] | undefined, "50m" | "110m"]>([
    ["a city's features take 1:50m outlines", undefined, "50m"],
    ["bounds of a region take 1:50m", [40, 25, 60, 40], "50m"],
    ["bounds over 30° wide take 1:110m", [20, 25, 60, 40], "110m"],
    ["bounds over 20° high take 1:110m", [40, 10, 50, 40], "110m"],
    ["bounds across the antimeridian are measured across it", [170, -20, -170, -10], "50m"],
  ])("%s", (_, bounds, scale) => {
    expect(atlasScaleFor(hexagon, bounds)).toBe(scale);
  });
});

describe("extentCenter", () => {
  it("is the middle of the features and their uncertainty circles", () => {
    const [lon, lat] = extentCenter(hexagon);
    expect(lon).toBeCloseTo(47.8, 1);
    expect(lat).toBeCloseTo(30.45, 1);
  });
});
