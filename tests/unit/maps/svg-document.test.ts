import { geoMercator } from "d3-geo";
import { describe, expect, it } from "vitest";
import {
  darkSchemeStyle,
  niceDistance,
  scaleBar,
  svgStart,
} from "../../../src/maps/svg-document.ts";

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
  it("gives the dark ground under prefers-color-scheme: dark, then the features' rules", () => {
    const style = darkSchemeStyle([".f1{stroke:#c55959}"]);
    expect(style.startsWith("<style>@media (prefers-color-scheme: dark){.sea{fill:#18222c}")).toBe(
      true,
    );
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
