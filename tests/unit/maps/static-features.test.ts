import { geoMercator, geoPath } from "d3-geo";
import type { Feature } from "geojson";
import { describe, expect, it } from "vitest";
import { featureStyle } from "../../../src/maps/draw/style.ts";
import { darkFeatureRules, drawFeature, pin } from "../../../src/maps/static-features.ts";

const projection = geoMercator().center([47.81, 30.515]).scale(100_000).translate([360, 210]);
const path = geoPath(projection).digits(1);
const feature = (geometry: Feature["geometry"], properties: Feature["properties"] = {}) =>
  ({ type: "Feature", properties: { title: "x", ...properties }, geometry }) as Feature;

describe("pin", () => {
  it("puts the pin's tip at (x, y), 12.5 pixels right of its left edge and 41 below its top", () => {
    expect(pin(100, 200, "#b22222", 3)).toMatch(
      /^<path transform="translate\(87\.5 159\.0\)" class="p3" d="[^"]+" fill="#b22222" stroke="#ffffff" stroke-width="1\.5"\/>$/,
    );
  });

  it("draws a smaller pin with its tip still at (x, y) when its marks are scaled", () => {
    // 0.6 × (12.5, 41) = (7.5, 24.6) from the tip to the scaled pin's top left corner.
    expect(pin(100, 200, "#b22222", 3, 0.6)).toMatch(
      /^<path transform="translate\(92\.5 175\.4\) scale\(0\.6\)" class="p3" /,
    );
  });
});

describe("darkFeatureRules", () => {
  it("gives a dark colour to a feature whose colour would not stand out on the dark ground", () => {
    const rules = darkFeatureRules(
      2,
      featureStyle({ stroke: "#000000", "marker-color": "#000000" }),
    );
    expect(rules.map((rule) => rule.slice(0, 3))).toEqual([".f2", ".c2", ".p2"]);
  });
});

describe("drawFeature", () => {
  it.each<[string, Feature, { shapes: number; pins: number; shape?: RegExp }]>([
    [
      "a point is a pin",
      feature({ type: "Point", coordinates: [47.81, 30.515] }),
      { shapes: 0, pins: 1 },
    ],
    [
      "a point with an uncertainty is a pin in a circle",
      feature({ type: "Point", coordinates: [47.81, 30.515] }, { uncertainty: 500 }),
      {
        shapes: 1,
        pins: 1,
        shape: /^<path class="c1" d="M[^"]+" fill="[^"]+" fill-opacity="0\.12"/,
      },
    ],
    [
      "a MultiPoint is a pin per point",
      feature({
        type: "MultiPoint",
        coordinates: [
          [47.81, 30.515],
          [47.82, 30.52],
        ],
      }),
      { shapes: 0, pins: 2 },
    ],
    [
      "a line is an unfilled path",
      feature({
        type: "LineString",
        coordinates: [
          [47.8, 30.5],
          [47.82, 30.52],
        ],
      }),
      { shapes: 1, pins: 0, shape: /^<path class="f1" d="M[^"]+" fill="none" stroke=/ },
    ],
    [
      "an approximate area is a filled, dashed path",
      feature(
        {
          type: "Polygon",
          coordinates: [
            [
              [47.8, 30.5],
              [47.8, 30.52],
              [47.82, 30.52],
              [47.8, 30.5],
            ],
          ],
        },
        { approximate: true },
      ),
      { shapes: 1, pins: 0, shape: /fill-opacity="[\d.]+" stroke=.* stroke-dasharray="6 6"\/>$/ },
    ],
  ])("%s", (_, input, expected) => {
    const drawing = drawFeature(input, 1, projection, path);
    expect(drawing?.shapes).toHaveLength(expected.shapes);
    expect(drawing?.pins).toHaveLength(expected.pins);
    if (expected.shape) expect(drawing?.shapes[0]).toMatch(expected.shape);
    expect(drawing?.badge).toMatch(/<text y="4" text-anchor="middle">1<\/text><\/g>$/);
  });

  it("draws nothing for a feature without geometry", () => {
    expect(
      drawFeature(
        { type: "Feature", properties: {}, geometry: null as never },
        1,
        projection,
        path,
      ),
    ).toBeUndefined();
  });
});
