import { describe, expect, it } from "vitest";
import { intersects, placeLabel, type Box } from "../../../src/client/label-placement.ts";

const box = (left: number, top: number, right: number, bottom: number): Box => ({
  left,
  top,
  right,
  bottom,
});

describe("intersects", () => {
  it.each([
    { a: box(0, 0, 10, 10), b: box(5, 5, 15, 15), expected: true },
    { a: box(0, 0, 10, 10), b: box(10, 0, 20, 10), expected: false },
    { a: box(0, 0, 10, 10), b: box(2, 2, 3, 3), expected: true },
    { a: box(0, 0, 10, 10), b: box(0, 11, 10, 20), expected: false },
  ])("$a and $b: $expected", ({ a, b, expected }) => {
    expect(intersects(a, b)).toBe(expected);
  });
});

describe("placeLabel", () => {
  // A 40 × 10 label beside a badge at (100, 100), 12 px clear of its centre.
  const anchor = [100, 100] as const;
  const size = [40, 10] as const;
  it.each([
    { name: "below the badge when nothing is in the way", obstacles: [], expected: [0, 17] },
    { name: "above when a pin is below", obstacles: [box(90, 110, 110, 130)], expected: [0, -17] },
    {
      name: "right when below and above are taken",
      obstacles: [box(90, 110, 110, 130), box(90, 70, 110, 90)],
      expected: [32, 0],
    },
    {
      name: "left when only left is free",
      obstacles: [box(90, 110, 110, 130), box(90, 70, 110, 90), box(115, 95, 140, 105)],
      expected: [-32, 0],
    },
    {
      name: "nowhere when all four are taken",
      obstacles: [
        box(0, 0, 200, 90),
        box(0, 110, 200, 200),
        box(111, 0, 200, 200),
        box(0, 0, 89, 200),
      ],
      expected: undefined,
    },
  ])("places a label $name", ({ obstacles, expected }) => {
    expect(placeLabel(anchor, size, obstacles)).toEqual(expected);
  });
});
