import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { legendEntries, legendSwatch, renderLegend } from "../../../src/maps/legend.ts";
import { makiPath } from "../../../src/maps/maki.ts";

type Properties = Record<string, unknown>;
const place = (properties: Properties) => ({
  type: "Feature" as const,
  properties,
  geometry: { type: "Point" as const, coordinates: [47.81, 30.515] },
});
const area = (properties: Properties) => ({
  type: "Feature" as const,
  properties,
  geometry: {
    type: "Polygon" as const,
    coordinates: [
      [
        [47.7, 30.4],
        [47.8, 30.4],
        [47.8, 30.5],
        [47.7, 30.4],
      ],
    ],
  },
});
const route = (properties: Properties) => ({
  type: "Feature" as const,
  properties,
  geometry: {
    type: "LineString" as const,
    coordinates: [
      [47.7, 30.4],
      [47.8, 30.5],
    ],
  },
});
const collection = (...features: FeatureCollection["features"]): FeatureCollection => ({
  type: "FeatureCollection",
  features,
});

describe("legendEntries", () => {
  it.each<[string, FeatureCollection, [string, string, boolean][]]>([
    ["is empty when there is nothing to explain", collection(place({ title: "A" })), []],
    [
      "gives each category once, in the order they first appear, as drawn by its first feature",
      collection(
        place({ title: "A", category: "Attack" }),
        area({ title: "B", category: "Militia" }),
        place({ title: "C", category: "Attack" }),
      ),
      [
        ["Attack", "place", false],
        ["Militia", "area", false],
      ],
    ],
    [
      "explains a dashed area when an area is approximate",
      collection(route({ title: "R", approximate: true }), area({ title: "A", approximate: true })),
      [["Dashed outline: area known only approximately", "area", true]],
    ],
    [
      "explains a dashed route when only a line is approximate",
      collection(route({ title: "R", approximate: true })),
      [["Dashed outline: route known only approximately", "line", true]],
    ],
    [
      "explains the circle of a point with an uncertainty",
      collection(place({ title: "A", uncertainty: 500, approximate: true })),
      [["Circle: how far the true location may lie from the pin", "circle", true]],
    ],
  ])("%s", (_, input, expected) => {
    expect(legendEntries(input).map((entry) => [entry.label, entry.swatch, entry.dashed])).toEqual(
      expected,
    );
  });

  it("draws a category's entry undashed, even when its first feature is approximate", () => {
    const [entry] = legendEntries(
      collection(area({ title: "A", category: "Zone", approximate: true })),
    );
    expect(entry?.style.dashArray).toBeUndefined();
  });
});

describe("legendSwatch", () => {
  it.each<[string, FeatureCollection, RegExp]>([
    [
      "a pin for a place",
      collection(place({ title: "A", category: "c", "marker-color": "#b22222" })),
      /<path transform="translate\(9 1\) scale\(0\.4\)" d="[^"]+" fill="#b22222"\/>/,
    ],
    [
      "a line for a route",
      collection(route({ title: "A", category: "c", "stroke-width": 9 })),
      /<path d="M2 14 L12 5 L26 11" fill="none" stroke="#555555" stroke-width="4"\/>/,
    ],
    [
      "a dashed rectangle for an approximate area",
      collection(area({ title: "A", approximate: true })),
      /<rect [^>]* stroke-dasharray="4 3"\/>/,
    ],
  ])("draws %s, 28 × 18 pixels, hidden from screen readers", (_, input, shape) => {
    const [entry] = legendEntries(input);
    const svg = legendSwatch(entry!);
    expect(svg).toMatch(
      /^<svg class="dispatch-map__swatch" viewBox="0 0 28 18" width="28" height="18" aria-hidden="true" focusable="false">/,
    );
    expect(svg).toMatch(shape);
  });
});

describe("legendSwatch of a category with a marker-symbol", () => {
  it.each<[string, Record<string, unknown>, string]>([
    [
      "its pin's head with the Maki icon, white on a dark pin",
      { "marker-symbol": "fuel", "marker-color": "#b22222" },
      `<circle cx="14" cy="9" r="8.5" fill="#b22222" stroke="#ffffff" stroke-width="1"/><g transform="translate(4 -1) scale(0.8)"><path transform="translate(5 5)" d="${makiPath("fuel")}" fill="#ffffff"/></g>`,
    ],
    [
      "its pin's head with the Maki icon, black on a light pin",
      { "marker-symbol": "police", "marker-color": "#ffcc00" },
      `<circle cx="14" cy="9" r="8.5" fill="#ffcc00" stroke="#ffffff" stroke-width="1"/><g transform="translate(4 -1) scale(0.8)"><path transform="translate(5 5)" d="${makiPath("police")}" fill="#000000"/></g>`,
    ],
    [
      "its pin's head with the letter",
      { "marker-symbol": "b" },
      '<circle cx="14" cy="9" r="8.5" fill="#7e7e7e" stroke="#ffffff" stroke-width="1"/><g transform="translate(4 -1) scale(0.8)"><text x="12.5" y="17" text-anchor="middle" font-family="system-ui, sans-serif" font-size="12" font-weight="700" fill="#ffffff">B</text></g>',
    ],
  ])("draws %s", (_, properties, shape) => {
    const [entry] = legendEntries(collection(place({ title: "A", category: "c", ...properties })));
    expect(legendSwatch(entry!)).toBe(
      `<svg class="dispatch-map__swatch" viewBox="0 0 28 18" width="28" height="18" aria-hidden="true" focusable="false">${shape}</svg>`,
    );
  });

  it("draws the plain pin for an unknown name", () => {
    const [entry] = legendEntries(
      collection(place({ title: "A", category: "c", "marker-symbol": "fual" })),
    );
    expect(entry?.symbol).toBeUndefined();
    expect(legendSwatch(entry!)).toContain('<path transform="translate(9 1) scale(0.4)"');
  });
});

describe("renderLegend", () => {
  it("renders nothing without entries", () => {
    expect(renderLegend([])).toBe("");
  });

  it("renders the key as a list, each label escaped", () => {
    const html = renderLegend(
      legendEntries(collection(place({ title: "A", category: "<b>Raids</b>" }))),
    );
    expect(html).toMatch(
      /^<div class="dispatch-map__legend"><p class="dispatch-map__legend-title">Key<\/p><ul class="dispatch-map__key"><li><svg /,
    );
    expect(html).toContain(" <span>&lt;b&gt;Raids&lt;/b&gt;</span></li></ul></div>");
  });
});
