import { describe, expect, it } from "vitest";
import { validateMapData } from "../../../src/maps/validate.ts";
import type { MapProblem } from "../../../src/maps/map-problem.ts";
import { point, collection, square } from "../../helpers/basra-features.ts";

describe("validateMapData accepts", () => {
  it.each([
    ["a point", collection(point([47.81, 30.515]))],
    ["a single Feature", point([47.81, 30.515])],
    ["a position with altitude", collection(point([47.81, 30.515, 4]))],
    [
      "a polygon with styling",
      collection({
        type: "Feature",
        properties: {
          title: "Area",
          approximate: true,
          stroke: "#8b1a1a",
          "stroke-width": 2,
          fill: "d9534f",
          "fill-opacity": 0.4,
        },
        geometry: { type: "Polygon", coordinates: [square] },
      }),
    ],
    [
      "a line and a multipolygon",
      collection(
        {
          type: "Feature",
          properties: { title: "Road" },
          geometry: {
            type: "LineString",
            coordinates: [
              [47.7, 30.4],
              [47.8, 30.5],
            ],
          },
        },
        {
          type: "Feature",
          properties: { title: "Areas" },
          geometry: { type: "MultiPolygon", coordinates: [[square]] },
        },
      ),
    ],
    [
      "a point with an uncertainty radius",
      collection(point([47.78, 30.43], { title: "Pipeline", uncertainty: 10000 })),
    ],
  ])("%s", (_, value) => {
    expect(validateMapData(value)).toEqual([]);
  });
});

describe("validateMapData reports", () => {
  it.each<[string, unknown, MapProblem]>([
    [
      "data that is not a FeatureCollection",
      { type: "Point", coordinates: [47.81, 30.515] },
      {
        path: ["type"],
        message: 'map data must be a GeoJSON FeatureCollection, found type "Point"',
        fix: 'write {"type": "FeatureCollection", "features": [...]}',
      },
    ],
    [
      "an empty collection",
      collection(),
      {
        path: ["features"],
        message: "the FeatureCollection has no features",
        fix: 'add at least one feature to "features", or remove the map block',
      },
    ],
  ])("%s", (_, value, problem) => {
    expect(validateMapData(value)).toEqual([problem]);
  });

  it("every problem of every feature at once", () => {
    const problems = validateMapData(collection(point([200, 30]), point([47, 95], {})));
    expect(problems.map((p) => p.path)).toEqual([
      ["features", 0, "geometry", "coordinates"],
      ["features", 1, "geometry", "coordinates"],
      ["features", 1, "properties", "title"],
    ]);
  });
});
