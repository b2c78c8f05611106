import type { Feature, FeatureCollection, Geometry } from "geojson";
import { describe, expect, it } from "vitest";
import {
  countPositions,
  fitMapSize,
  mapLimits,
  simplifyCollection,
} from "../../../src/maps/simplify.ts";

const feature = (geometry: Geometry, title = "Route"): Feature => ({
  type: "Feature",
  properties: { title },
  geometry,
});
const collection = (...features: Feature[]): FeatureCollection => ({
  type: "FeatureCollection",
  features,
});
/** A line of `count` positions zigzagging 0.001° (about 100 m) around latitude 30. */
const zigzag = (count: number) =>
  Array.from({ length: count }, (_, i) => [47 + i * 1e-4, 30 + (i % 2) * 1e-3]);
/** A straight line of `count` positions: all but its ends can go. */
const straight = (count: number) => Array.from({ length: count }, (_, i) => [47 + i * 1e-4, 30]);
const point = (i: number) => feature({ type: "Point", coordinates: [47 + i * 1e-3, 30] }, `P${i}`);

describe("countPositions", () => {
  it.each<[string, Geometry, number]>([
    ["a point", { type: "Point", coordinates: [47, 30] }, 1],
    ["a line", { type: "LineString", coordinates: zigzag(7) }, 7],
    ["a multipoint", { type: "MultiPoint", coordinates: zigzag(3) }, 3],
    [
      "a polygon with a hole",
      {
        type: "Polygon",
        coordinates: [
          [
            [0, 0],
            [4, 0],
            [4, 4],
            [0, 4],
            [0, 0],
          ],
          [
            [1, 1],
            [2, 1],
            [2, 2],
            [1, 1],
          ],
        ],
      },
      9,
    ],
    [
      "a geometry collection",
      {
        type: "GeometryCollection",
        geometries: [
          { type: "Point", coordinates: [47, 30] },
          { type: "MultiLineString", coordinates: [zigzag(2), zigzag(3)] },
        ],
      },
      6,
    ],
  ])("%s", (_, geometry, count) => {
    expect(countPositions(collection(feature(geometry)))).toBe(count);
  });
});

describe("simplifyCollection", () => {
  it("drops the middle of a straight line and keeps its ends, leaving the input as it was", () => {
    const input = collection(feature({ type: "LineString", coordinates: straight(1000) }));
    const result = simplifyCollection(input, 10);
    expect(result.collection.features[0]?.geometry).toEqual({
      type: "LineString",
      coordinates: [
        [47, 30],
        [47 + 999 * 1e-4, 30],
      ],
    });
    expect([result.before, result.after]).toEqual([1000, 2]);
    expect(countPositions(input)).toBe(1000);
  });

  it("keeps a ring closed and at least 4 positions, and every point", () => {
    const ring = Array.from({ length: 401 }, (_, i) => [
      47 + Math.cos((i / 400) * 2 * Math.PI) * 0.1,
      30 + Math.sin((i / 400) * 2 * Math.PI) * 0.1,
    ]);
    const input = collection(feature({ type: "Polygon", coordinates: [ring] }), point(1), point(2));
    const result = simplifyCollection(input, 50);
    const simplified = result.collection.features[0]?.geometry as { coordinates: number[][][] };
    const kept = simplified.coordinates[0] as number[][];
    expect(kept.length).toBeGreaterThanOrEqual(4);
    expect(kept[0]).toEqual(kept[kept.length - 1]);
    expect(result.collection.features.slice(1)).toEqual(input.features.slice(1));
    expect(result.after).toBeLessThanOrEqual(50);
  });

  it("keeps a ring that would collapse as a closed triangle", () => {
    const sliver = [
      [47, 30],
      [47.5, 30],
      [47.5000001, 30.0000001],
      [47.2, 30],
      [47, 30],
    ];
    const input = collection(feature({ type: "Polygon", coordinates: [sliver] }));
    expect(simplifyCollection(input, 4).collection.features[0]?.geometry).toEqual({
      type: "Polygon",
      coordinates: [
        [
          [47, 30],
          [47.5, 30],
          [47.5000001, 30.0000001],
          [47, 30],
        ],
      ],
    });
  });
});

describe("fitMapSize", () => {
  const { simplifyAbove, maxPositions } = mapLimits;

  it("leaves a map of up to 20,000 positions as it is", () => {
    const input = collection(feature({ type: "LineString", coordinates: zigzag(simplifyAbove) }));
    expect(fitMapSize(input, "the map block")).toEqual({ ok: true, collection: input });
  });

  it("simplifies a larger one to at most 20,000 positions, and says so", () => {
    const input = collection(
      feature({ type: "LineString", coordinates: straight(simplifyAbove + 1) }),
    );
    const fit = fitMapSize(input, 'map file "route.gpx"');
    expect(fit.ok && countPositions(fit.collection)).toBe(2);
    expect(fit.ok && fit.simplified).toEqual({
      message:
        'map file "route.gpx" has 20,001 positions, more than the 20,000 a map draws: its lines and areas are simplified to 2 positions (0%), none moved more than about 1 m',
      fix: "To choose what is kept, simplify it yourself to at most 20,000 positions (mapshaper's -simplify, or your GPS software's track filter)",
    });
  });

  it("refuses a map of more than 500,000 positions", () => {
    const input = collection(
      feature({ type: "MultiPoint", coordinates: straight(maxPositions + 1) }),
    );
    expect(fitMapSize(input, "the map block")).toEqual({
      ok: false,
      message: "the map block has 500,001 positions, more than the 500,000 a map may have",
      fix: "simplify it yourself to at most 20,000 positions (mapshaper's -simplify, or your GPS software's track filter)",
    });
  });

  it("refuses a map of more than 20,000 points, which cannot be simplified", () => {
    const input = collection(...Array.from({ length: simplifyAbove + 1 }, (_, i) => point(i)));
    expect(fitMapSize(input, "the map block")).toEqual({
      ok: false,
      message:
        "the map block has 20,001 positions, more than the 20,000 a map may draw, and its points cannot be simplified",
      fix: "split it into several maps, or keep the places that matter",
    });
  });

  it("refuses a map whose data would weigh more than 2 MB in its page", () => {
    const input = collection(feature({ type: "Point", coordinates: [47.81, 30.515] }, "Basra"), {
      ...point(1),
      properties: { title: "Long", description: "x".repeat(2 * 1024 * 1024) },
    });
    expect(fitMapSize(input, 'map file "places.geojson"')).toEqual({
      ok: false,
      message:
        'map file "places.geojson" is 2.1 MB of data, more than the 2.0 MB a page may carry: its properties are long',
      fix: "shorten the descriptions and other properties, or split it into several maps",
    });
  });
});
