import type { Feature } from "geojson";
import { describe, expect, it } from "vitest";
import { bbox, insideBox, unionBox } from "../../../src/maps/bbox.ts";
import { point, collection, square } from "../../helpers/basra-features.ts";

describe("bbox", () => {
  it("returns [minLon, minLat, maxLon, maxLat] of all positions", () => {
    const features = collection(point([47.78, 30.43]), {
      type: "Feature",
      properties: { title: "Area" },
      geometry: { type: "Polygon", coordinates: [square] },
    }).features as Feature[];
    expect(bbox(features)).toEqual([47.7, 30.4, 47.8, 30.5]);
  });

  it("returns undefined for no features", () => {
    expect(bbox([])).toBeUndefined();
  });
});

describe("unionBox", () => {
  it.each<[string, Parameters<typeof unionBox>, ReturnType<typeof unionBox>]>([
    [
      "is the box holding both",
      [
        [0, 0, 1, 1],
        [2, -1, 3, 0.5],
      ],
      [0, -1, 3, 1],
    ],
    ["is the other when one is undefined", [undefined, [1, 2, 3, 4]], [1, 2, 3, 4]],
    ["is the first when the second is undefined", [[1, 2, 3, 4], undefined], [1, 2, 3, 4]],
    ["is undefined for none", [undefined, undefined], undefined],
  ])("%s", (_, [a, b], expected) => {
    expect(unionBox(a, b)).toEqual(expected);
  });
});

describe("insideBox", () => {
  it.each<[string, number[], boolean]>([
    ["holds a position inside", [47.75, 30.45], true],
    ["holds a position on an edge", [47.7, 30.5], true],
    ["leaves out a position east of it", [47.9, 30.45], false],
    ["leaves out a position with no latitude", [47.75], false],
  ])("%s", (_, position, expected) => {
    expect(insideBox([47.7, 30.4, 47.8, 30.5], position)).toBe(expected);
  });
});
