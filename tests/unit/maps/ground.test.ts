import type { Geometry } from "geojson";
import { describe, expect, it } from "vitest";
import { clipToBox, groundBox, mapExtent, renderGround } from "../../../src/maps/ground.ts";

describe("groundBox", () => {
  it.each([
    {
      name: "a city map widens by 1° (the least margin)",
      extent: [47.7, 30.35, 47.95, 30.6],
      box: [46.7, 29.35, 48.95, 31.6],
    },
    {
      name: "a region widens by 1.5 times its larger span",
      extent: [40, 30, 44, 32],
      box: [34, 24, 50, 38],
    },
    {
      name: "latitudes stop at Web Mercator's edge",
      extent: [0, 80, 2, 84],
      box: [-6, 74, 8, 85.051],
    },
    {
      name: "across the antimeridian, east beyond 180",
      extent: [177, -19, 182, -16],
      box: [169.5, -26.5, 189.5, -8.5],
    },
  ] as const)("$name", ({ extent, box }) => {
    expect(groundBox([...extent])).toEqual(box);
  });
});

describe("mapExtent", () => {
  it.each([
    { name: "the author's bounds as they are", bounds: [1, 2, 3, 4], extent: [1, 2, 3, 4] },
    {
      name: "bounds across the antimeridian, east beyond 180",
      bounds: [178, -20, -179, -15],
      extent: [178, -20, 181, -15],
    },
  ] as const)("$name", ({ bounds, extent }) => {
    expect(mapExtent({ type: "FeatureCollection", features: [] }, [...bounds])).toEqual(extent);
  });
});

describe("clipToBox", () => {
  // Exterior rings clockwise, as d3-geo and world-atlas wind them.
  const square: Geometry = {
    type: "Polygon",
    coordinates: [
      [
        [0, 0],
        [0, 10],
        [10, 10],
        [10, 0],
        [0, 0],
      ],
    ],
  };
  const ringBox = (rings: number[][][]) => {
    const all = rings.flat();
    const xs = all.map((p) => p[0] as number);
    const ys = all.map((p) => p[1] as number);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  };
  it.each([
    {
      name: "a polygon crossing the box's corner is cut at the box",
      box: [5, 5, 20, 20],
      rings: 1,
      extent: [5, 5, 10, 10],
    },
    {
      name: "a polygon covering the box becomes the box",
      box: [2, 2, 4, 4],
      rings: 1,
      extent: [2, 2, 4, 4],
    },
    {
      name: "a polygon outside the box is left out",
      box: [20, 20, 30, 30],
      rings: 0,
      extent: undefined,
    },
    {
      name: "a box beyond 180° gets the world's copy shifted by 360°",
      box: [365, 5, 375, 20],
      rings: 1,
      extent: [365, 5, 370, 10],
    },
  ] as const)("$name", ({ box, rings, extent }) => {
    const clipped = clipToBox(square, [...box], 3);
    expect(clipped).toHaveLength(rings);
    if (extent) expect(ringBox(clipped)).toEqual(extent);
  });

  it("cuts lines into the pieces inside the box and rounds positions", () => {
    const line: Geometry = {
      type: "MultiLineString",
      coordinates: [
        [
          [0, 0.12345],
          [10, 0.12345],
        ],
      ],
    };
    expect(clipToBox(line, [2, -1, 4, 1], 2)).toEqual([
      [
        [2, 0.12],
        [4, 0.12],
      ],
    ]);
  });
});

describe("renderGround", () => {
  it("gives Basra's box land and the Iran–Iraq and Kuwait–Iraq borders, in a few kilobytes", () => {
    const ground = renderGround([46.7, 29.35, 48.95, 31.6], "50m");
    expect(ground.land.length).toBeGreaterThan(0);
    expect(ground.lines.length).toBeGreaterThan(0);
    expect(JSON.stringify(ground).length).toBeLessThan(4000);
    // Basra itself is on land: inside the land rings' box, and the Gulf's coast is south of it.
    const south = Math.min(...ground.land.flat().map((p) => p[1] as number));
    expect(south).toBe(29.35);
  });
});
