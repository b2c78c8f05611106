import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  contrastingColor,
  contrastRatio,
  darkGround,
  darkStyle,
  lightGround,
} from "../../../../src/maps/draw/palette.ts";
import { featureStyle } from "../../../../src/maps/draw/style.ts";

describe("contrastRatio", () => {
  it.each([
    { a: "#000000", b: "#ffffff", ratio: 21 },
    { a: "#ffffff", b: "#ffffff", ratio: 1 },
    { a: "#767676", b: "#ffffff", ratio: 4.54 },
  ])("$a on $b is $ratio", ({ a, b, ratio }) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });
});

describe("contrastingColor", () => {
  const grounds = [darkGround.land, darkGround.sea];
  it.each([
    { color: "#8b1a1a", expected: "#ae5f5f" },
    { color: "#b22222", expected: "#c55959" },
    { color: "#555", expected: "#777777" },
    { color: "#7e7e7e", expected: "#7e7e7e" },
    { color: "#000000", expected: "#808080" },
  ])("lightens $color to $expected on the dark ground", ({ color, expected }) => {
    const result = contrastingColor(color, grounds);
    expect(result).toBe(expected);
    for (const ground of grounds) expect(contrastRatio(result, ground)).toBeGreaterThanOrEqual(3);
  });
});

describe("darkStyle", () => {
  it("keeps the shape of a style and changes only its colours", () => {
    const style = featureStyle({ stroke: "#8b1a1a", fill: "#8b1a1a", approximate: true });
    expect(darkStyle(style)).toEqual({
      ...style,
      color: "#ae5f5f",
      fillColor: "#ae5f5f",
      markerColor: "#7e7e7e",
    });
  });
});

describe("the stylesheet's map colours", () => {
  const css = readFileSync(new URL("../../../../styles/site.css", import.meta.url), "utf8");
  const block = (selectorStart: string) => {
    const start = css.indexOf(selectorStart);
    return css.slice(start, css.indexOf("}", start));
  };
  const value = (text: string, name: string) =>
    new RegExp(`--map-${name}:\\s*(#[0-9a-f]{6})`).exec(text)?.[1];
  it.each(["sea", "land", "border", "text"] as const)(
    "--map-%s is the static map's, in light and dark",
    (name) => {
      expect(value(block(".dispatch-map {\n  --map"), name)).toBe(lightGround[name]);
      expect(value(block("  .dispatch-map {\n    --map"), name)).toBe(darkGround[name]);
    },
  );
});
