import type { Feature } from "geojson";
import { describe, expect, it } from "vitest";
import { outsideBounds, readMapOptions, type MapOptions } from "../../../src/maps/options.ts";
import type { MapProblem } from "../../../src/maps/map-problem.ts";

describe("readMapOptions", () => {
  it("reads every option when each is valid", () => {
    expect(
      readMapOptions({
        caption: "Basra",
        credit: "Map: Dispatch",
        height: 480,
        zoom: 11,
        center: [47.81, 30.515],
        bounds: [47.58, 30.33, 47.92, 30.6],
        features: [],
      }),
    ).toEqual({
      options: {
        caption: "Basra",
        credit: "Map: Dispatch",
        height: 480,
        zoom: 11,
        center: [47.81, 30.515],
        bounds: [47.58, 30.33, 47.92, 30.6],
      } satisfies MapOptions,
      problems: [],
    });
  });

  it.each<[string, Record<string, unknown>, MapProblem]>([
    [
      "a blank caption",
      { caption: " " },
      {
        path: ["caption"],
        message: 'map option "caption" must be text',
        fix: 'write "caption": "…"',
      },
    ],
    [
      "a height below 200 pixels",
      { height: 150 },
      {
        path: ["height"],
        message: 'map option "height" must be a number of pixels from 200 to 1000, found 150',
        fix: 'write e.g. "height": 480',
      },
    ],
    [
      "a zoom level above 19",
      { zoom: 20, center: [47.81, 30.515] },
      {
        path: ["zoom"],
        message: 'map option "zoom" must be a zoom level from 0 to 19, found 20',
        fix: 'write e.g. "zoom": 12',
      },
    ],
    [
      "a centre written [latitude, longitude] beyond 90°",
      { center: [30.5, 147.8] },
      {
        path: ["center"],
        message: 'map option "center" must be a position [longitude, latitude], found [30.5,147.8]',
        fix: 'write e.g. "center": [47.81, 30.515]',
      },
    ],
    [
      "bounds with west east of east",
      { bounds: [47.92, 30.33, 47.58, 30.6] },
      {
        path: ["bounds"],
        message:
          'map option "bounds" must be [west, south, east, north] in degrees, found [47.92,30.33,47.58,30.6]',
        fix: 'write e.g. "bounds": [47.58, 30.33, 47.92, 30.6]',
      },
    ],
    [
      "a zoom without a centre",
      { zoom: 11 },
      {
        path: ["zoom"],
        message: 'map option "zoom" needs "center": the view is the zoom around a centre',
        fix: 'add e.g. "center": [47.81, 30.515], or remove "zoom"',
      },
    ],
  ])("reports %s", (_, record, problem) => {
    expect(readMapOptions(record).problems).toEqual([problem]);
  });
});

describe("the map option id", () => {
  it.each<[string, Record<string, unknown>, string | undefined, string[]]>([
    ["a collection's id", { type: "FeatureCollection", id: "eight-days" }, "eight-days", []],
    ["a tag's id attribute", { id: "eight-days" }, "eight-days", []],
    [
      "a single Feature's id, which is the feature's (RFC 7946 §3.2)",
      { type: "Feature", id: 7 },
      undefined,
      [],
    ],
    ["a bad id", { type: "FeatureCollection", id: "Eight Days" }, undefined, ["id"]],
  ])("%s", (_, record, id, paths) => {
    const { options, problems } = readMapOptions(record);
    expect(options.id).toBe(id);
    expect(problems.map((problem) => problem.path.join("."))).toEqual(paths);
  });
});

describe("outsideBounds", () => {
  const feature = (title: string | undefined, coordinates: number[]): Feature => ({
    type: "Feature",
    properties: title === undefined ? {} : { title },
    geometry: { type: "Point", coordinates },
  });

  it("names each feature with a position outside the bounds, at its first such position", () => {
    const features = [
      feature("Inside", [47.81, 30.515]),
      feature("Kuwait City", [47.98, 29.37]),
      feature(undefined, [40, 30.5]),
    ];
    expect(
      outsideBounds(features, [47.58, 30.33, 47.92, 30.6], (index) => ["features", index]),
    ).toEqual([
      {
        path: ["features", 1, "geometry", "coordinates"],
        message:
          'map feature 2 ("Kuwait City"): position [47.98, 29.37] lies outside the map\'s bounds [47.58, 30.33, 47.92, 30.6]',
        fix: 'correct the position (GeoJSON positions are [longitude, latitude]), or widen "bounds"',
      },
      {
        path: ["features", 2, "geometry", "coordinates"],
        message:
          "map feature 3: position [40, 30.5] lies outside the map's bounds [47.58, 30.33, 47.92, 30.6]",
        fix: 'correct the position (GeoJSON positions are [longitude, latitude]), or widen "bounds"',
      },
    ]);
  });

  it("counts a position on the edge as inside", () => {
    expect(
      outsideBounds([feature("Edge", [47.58, 30.6])], [47.58, 30.33, 47.92, 30.6], () => []),
    ).toEqual([]);
  });
});
