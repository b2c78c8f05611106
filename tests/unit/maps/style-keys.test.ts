import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import {
  nearestStyleKey,
  styleWarnings,
  unknownMarkerSymbols,
  unknownStyleKeys,
} from "../../../src/maps/style-keys.ts";

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

describe("unknownMarkerSymbols", () => {
  it.each<[string, unknown, string | undefined]>([
    ["a Maki name", "fuel", undefined],
    ["a Maki name with a country", "bank-JP", undefined],
    ["a letter", "a", undefined],
    ["a digit", "7", undefined],
    ["an empty symbol (none)", "", undefined],
    ["a blank symbol (none)", "  ", undefined],
    ["a symbol that is not text (an error instead)", 3, undefined],
    ["a misspelt name", "fual", "fuel"],
    ["a name in capitals", "Fuel", "fuel"],
    ["a description", "Police station", "police"],
    ["a near name", "hosptial", "hospital"],
  ])("for %s, suggests %j", (_, symbol, nearest) => {
    const problems = unknownMarkerSymbols(
      collection(
        point([47.81, 30.515], { title: "Basra", "marker-symbol": symbol }),
      ) as FeatureCollection,
    );
    expect(problems.map((problem) => problem.fix)).toEqual(
      nearest
        ? [`did you mean "${nearest}"? Maki's icons: https://labs.mapbox.com/maki-icons/`]
        : [],
    );
  });

  it("names no nearest Maki name for a word that misspells none, and says what to write", () => {
    const problems = unknownMarkerSymbols(
      collection(
        point([47.81, 30.515], { title: "Depot", "marker-symbol": "petrol" }),
      ) as FeatureCollection,
    );
    expect(problems.map((problem) => problem.fix)).toEqual([
      "choose a name from Maki's icons (https://labs.mapbox.com/maki-icons/), or one letter or digit",
    ]);
  });

  it("names the feature, the value and what is drawn instead", () => {
    const value = collection(
      point([47.81, 30.515], { title: "Basra" }),
      point([47.78, 30.43], { title: "Petrol station", "marker-symbol": "fual" }),
    );
    expect(unknownMarkerSymbols(value as FeatureCollection)).toEqual([
      {
        path: ["features", 1, "properties", "marker-symbol"],
        message:
          'map feature 2 ("Petrol station"): "marker-symbol" "fual" is not a Maki icon name, so the pin is drawn without an icon',
        fix: 'did you mean "fuel"? Maki\'s icons: https://labs.mapbox.com/maki-icons/',
      },
    ]);
  });

  it("cuts a huge value in the message", () => {
    const [problem] = unknownMarkerSymbols(
      collection(
        point([47.81, 30.515], { title: "Basra", "marker-symbol": "x".repeat(10_000) }),
      ) as FeatureCollection,
    );
    expect(problem?.message).toBe(
      `map feature 1 ("Basra"): "marker-symbol" "${"x".repeat(40)}…" is not a Maki icon name, so the pin is drawn without an icon`,
    );
  });
});

describe("styleWarnings", () => {
  it("gives misspelt keys and unknown Maki names in feature order", () => {
    const value = collection(
      point([47.81, 30.515], { title: "A", "marker-symbol": "fual" }),
      point([47.78, 30.43], { title: "B", "stroke-colour": "#000" }),
      point([47.7, 30.4], { title: "C", "marker-symbol": "rial", fill_opacity: 0.3 }),
    );
    expect(styleWarnings(value as FeatureCollection).map((problem) => problem.path)).toEqual([
      ["features", 0, "properties", "marker-symbol"],
      ["features", 1, "properties", "stroke-colour"],
      ["features", 2, "properties", "fill_opacity"],
      ["features", 2, "properties", "marker-symbol"],
    ]);
  });
});
