import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { nearestStyleKey, unknownStyleKeys } from "../../../src/maps/style-keys.ts";

const point = (coordinates: unknown, properties: Record<string, unknown> = { title: "Basra" }) => ({
  type: "Feature",
  properties,
  geometry: { type: "Point", coordinates },
});
const collection = (...features: unknown[]) => ({ type: "FeatureCollection", features });
describe("unknownStyleKeys", () => {
  it("warns of misspelt simplestyle keys with the nearest known name, and leaves other keys alone", () => {
    const value = collection(
      point([47.81, 30.515], {
        title: "Basra",
        "stroke-colour": "#000",
        fill_opacity: 0.4,
        population: 1_000_000,
      }),
    );
    expect(unknownStyleKeys(value as FeatureCollection)).toEqual([
      {
        path: ["features", 0, "properties", "stroke-colour"],
        message:
          'map feature 1 ("Basra"): "stroke-colour" is not a simplestyle property and is ignored',
        fix: 'did you mean "stroke"?',
      },
      {
        path: ["features", 0, "properties", "fill_opacity"],
        message:
          'map feature 1 ("Basra"): "fill_opacity" is not a simplestyle property and is ignored',
        fix: 'did you mean "fill-opacity"?',
      },
    ]);
  });
});

describe("nearestStyleKey", () => {
  it.each([
    ["stroke-colour", "stroke"],
    ["marker_colour", "marker-color"],
    ["fill_color", "fill"],
    ["fill_opacity", "fill-opacity"],
    ["stroke-widht", "stroke-width"],
    ["opacity", "fill-opacity"],
  ])("suggests %j for %j", (key, expected) => {
    expect(nearestStyleKey(key)).toBe(expected);
  });
});
