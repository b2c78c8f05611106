import { describe, expect, it } from "vitest";
import { defaultWidths, responsiveWidths } from "../../../src/images/widths.ts";

describe("responsiveWidths", () => {
  it.each([
    [3000, [400, 800, 1200]],
    [1600, [400, 800, 1200]],
    [1200, [400, 800, 1200]],
    [1000, [400, 800, 1000]],
    [900, [400, 800]],
    [800, [400, 800]],
    [600, [400, 600]],
    [450, [400]],
    [400, [400]],
    [300, [300]],
    [1, [1]],
    [799.7, [400, 799]],
  ])("a %s px image is made at %j", (original, widths) => {
    expect(responsiveWidths(original)).toEqual(widths);
  });

  it.each([
    [[1200, 400, 800, 800], 2000, [400, 800, 1200]],
    [[640], 500, [500]],
    [[320, 640, 960], 700, [320, 640]],
    [[0, -5, 300], 1000, [300]],
  ])("with the widths %j, a %s px image is made at %j", (candidates, original, widths) => {
    expect(responsiveWidths(original, candidates)).toEqual(widths);
  });

  it("tries 400, 800 and 1200 px by default", () => {
    expect(defaultWidths).toEqual([400, 800, 1200]);
  });
});
