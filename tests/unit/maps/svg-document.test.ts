import { geoMercator } from "d3-geo";
import { describe, expect, it } from "vitest";
import {
  darkSchemeStyle,
  niceDistance,
  scaleBar,
  svgStart,
} from "../../../src/maps/svg-document.ts";
import { countries } from "../../../src/maps/atlas.ts";
import { renderLocator } from "../../../src/maps/locator.ts";
import { renderStaticMap } from "../../../src/maps/static-map.ts";
import { renderStepMap } from "../../../src/maps/step-map.ts";
import { hexagon } from "../../helpers/basra-features.ts";

describe("niceDistance", () => {
  it.each([
    [13_400, 10_000],
    [4_900, 2_000],
    [5_100, 5_000],
    [730, 500],
  ])("%d m rounds down to %d m", (metres, nice) => {
    expect(niceDistance(metres)).toBe(nice);
  });
});
describe("svgStart", () => {
  it("opens an SVG image of the given size in pixels", () => {
    expect(svgStart(720, 420)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 420" width="720" height="420" role="img">',
    );
  });
});

describe("darkSchemeStyle", () => {
  it("gives the dark ground on a dark screen only (print gets the light map), then the features' rules", () => {
    const style = darkSchemeStyle([".f1{stroke:#c55959}"]);
    expect(
      style.startsWith("<style>@media screen and (prefers-color-scheme: dark){.sea{fill:#18222c}"),
    ).toBe(true);
    expect(style.endsWith(".f1{stroke:#c55959}}</style>")).toBe(true);
  });
});

describe("scaleBar", () => {
  it("labels a round distance about a fifth of the map's width", () => {
    const projection = geoMercator().center([47.81, 30.515]).scale(200_000).translate([360, 210]);
    const bar = scaleBar(projection, 720, 420);
    const label = /<text[^>]*>([^<]+)<\/text>/.exec(bar)?.[1];
    expect(label).toBe("2 km");
    const end = Number(/H([\d.]+)V/.exec(bar)?.[1]);
    expect(end - 16).toBeGreaterThan(720 / 5 / 2.5);
    expect(end - 16).toBeLessThanOrEqual(720 / 5);
  });
});

describe("the dark style of every map SVG", () => {
  const basra = hexagon;
  it.each<[string, () => string]>([
    ["the static map", () => renderStaticMap(basra, { countries: countries("50m"), title: "Map" })],
    [
      "a small multiple",
      () => renderStepMap(basra, { countries: countries("50m"), title: "Map", active: [0] }),
    ],
    ["the locator", () => renderLocator(basra, { countries: countries("110m") })],
  ])("%s applies on screen only, so that it prints light", (_name, render) => {
    const media = [...render().matchAll(/@media[^{]*/g)].map(([rule]) => rule.trim());
    expect(media).toEqual(["@media screen and (prefers-color-scheme: dark)"]);
  });
});
