import { geoMercator, geoPath } from "d3-geo";
import type { Feature } from "geojson";
import { describe, expect, it } from "vitest";
import { symbolInk } from "../../../src/maps/draw/marker.ts";
import { contrastRatio, darkStyle } from "../../../src/maps/draw/palette.ts";
import { featureStyle } from "../../../src/maps/draw/style.ts";
import { darkFeatureRules, drawFeature, pin, svgShape } from "../../../src/maps/static-features.ts";

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
    expect(pin(100, 200, "#b22222", 3, { size: "medium" }, 0.6)).toMatch(
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

describe("pins by marker-size and marker-symbol", () => {
  const icons = { fuel: "m14 6v5.5z", police: "M7.5 1z" };
  const at = (properties: Feature["properties"]) =>
    drawFeature(
      feature({ type: "Point", coordinates: [47.81, 30.515] }, properties),
      3,
      projection,
      path,
      icons,
    );

  it.each<[string, Feature["properties"], string]>([
    [
      "a small pin scaled by 0.8 about its tip",
      { "marker-size": "small" },
      '<path transform="translate(350.0 177.2) scale(0.8)" class="p3" ',
    ],
    [
      "a large pin scaled by 1.4 about its tip",
      { "marker-size": "large" },
      '<path transform="translate(342.5 152.6) scale(1.4)" class="p3" ',
    ],
    [
      "a medium pin as before",
      { "marker-size": "medium" },
      '<path transform="translate(347.5 169.0)" class="p3" ',
    ],
  ])("draws %s", (_, properties, start) => {
    expect(at(properties)?.pins[0]?.startsWith(start)).toBe(true);
  });

  it.each<[string, Feature["properties"], string]>([
    [
      "a Maki icon's path in the head, white on a dark pin",
      { "marker-symbol": "fuel", "marker-color": "#b22222" },
      '<path class="s3" transform="translate(5 5)" d="m14 6v5.5z" fill="#ffffff"/></g>',
    ],
    [
      "a Maki icon's path in the head, black on a light pin",
      { "marker-symbol": "police", "marker-color": "#ffcc00", "marker-size": "large" },
      '<path class="s3" transform="translate(5 5)" d="M7.5 1z" fill="#000000"/></g>',
    ],
    [
      "a letter in the head, as text",
      { "marker-symbol": "a" },
      'font-weight="700" fill="#ffffff">A</text></g>',
    ],
  ])("draws %s", (_, properties, end) => {
    expect(at(properties)?.pins[0]?.endsWith(end)).toBe(true);
  });

  it.each<[string, Feature["properties"], string]>([
    ["on the head of a plain pin", {}, '<g transform="translate(360.0 188.0)">'],
    [
      "on the head of a large pin",
      { "marker-size": "large" },
      '<g transform="translate(360.0 179.2)">',
    ],
    [
      "beside the head of a pin with an icon",
      { "marker-symbol": "fuel" },
      '<g transform="translate(376.9 171.8)">',
    ],
    [
      "on the head of a pin whose name is unknown",
      { "marker-symbol": "fual" },
      '<g transform="translate(360.0 188.0)">',
    ],
  ])("puts the number badge %s", (_, properties, start) => {
    expect(at(properties)?.badge.startsWith(start)).toBe(true);
  });

  it("draws a pin without an icon for an unknown name", () => {
    expect(at({ "marker-symbol": "fual" })?.pins[0]).not.toContain('class="s3"');
  });

  it.each(["#1f4e79", "#b22222", "#000000", "#7e7e7e", "#ffcc00", "#6a1b9a"])(
    "keeps the symbol on a %s pin in 3:1 contrast in the dark scheme too",
    (color) => {
      const style = featureStyle({ "marker-color": color });
      const dark = darkStyle(style).markerColor;
      const rules = darkFeatureRules(4, style).join("");
      const ink = /\.s4\{fill:(#[0-9a-f]{6})\}/.exec(rules)?.[1] ?? symbolInk(style.markerColor);
      expect(contrastRatio(dark, ink)).toBeGreaterThanOrEqual(3);
    },
  );

  it("escapes every attribute and text of a shape", () => {
    expect(svgShape({ name: "text", attributes: { x: '1" onload="x' }, text: "</svg>" })).toBe(
      '<text x="1&quot; onload=&quot;x">&lt;/svg&gt;</text>',
    );
  });
});
