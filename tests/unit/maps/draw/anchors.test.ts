import type { Geometry } from "geojson";
import { describe, expect, it } from "vitest";
import { badgeAnchor, placeBadges, type BadgeSpot } from "../../../../src/maps/draw/anchors.ts";

const square = (west: number, south: number, size: number) => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
];

describe("badgeAnchor", () => {
  const cases: { name: string; geometry: Geometry; position: [number, number]; onPin: boolean }[] =
    [
      {
        name: "a point, on its pin",
        geometry: { type: "Point", coordinates: [47.8, 30.5] },
        position: [47.8, 30.5],
        onPin: true,
      },
      {
        name: "a multipoint, on its first pin",
        geometry: {
          type: "MultiPoint",
          coordinates: [
            [1, 2],
            [3, 4],
          ],
        },
        position: [1, 2],
        onPin: true,
      },
      {
        name: "a square at the equator, its centre",
        geometry: { type: "Polygon", coordinates: [square(-1, -1, 2)] },
        position: [0, 0],
        onPin: false,
      },
      {
        name: "a square wound the other way, the same centre",
        geometry: { type: "Polygon", coordinates: [square(-1, -1, 2).reverse()] },
        position: [0, 0],
        onPin: false,
      },
      {
        name: "a multipolygon, the centre of its largest part",
        geometry: {
          type: "MultiPolygon",
          coordinates: [[square(10, -0.5, 1)], [square(-2, -2, 4)]],
        },
        position: [0, 0],
        onPin: false,
      },
      {
        name: "a square with a hole south-west of its middle, north-east of the middle",
        geometry: { type: "Polygon", coordinates: [square(-2, -2, 4), square(-1.5, -1, 1)] },
        position: [0.0667, 0.0333],
        onPin: false,
      },
      {
        name: "a line along the equator, halfway along it",
        geometry: {
          type: "LineString",
          coordinates: [
            [0, 0],
            [1, 0],
            [4, 0],
          ],
        },
        position: [2, 0],
        onPin: false,
      },
      {
        name: "a multiline, halfway along its longest part",
        geometry: {
          type: "MultiLineString",
          coordinates: [
            [
              [0, 0],
              [1, 0],
            ],
            [
              [10, 0],
              [20, 0],
            ],
          ],
        },
        position: [15, 0],
        onPin: false,
      },
      {
        name: "a geometry collection, its first member's",
        geometry: {
          type: "GeometryCollection",
          geometries: [{ type: "Point", coordinates: [5, 6] }],
        },
        position: [5, 6],
        onPin: true,
      },
    ];
  it.each(cases)("places the badge of $name", ({ geometry, position, onPin }) => {
    const anchor = badgeAnchor(geometry);
    expect(anchor.onPin).toBe(onPin);
    expect(anchor.position[0]).toBeCloseTo(position[0], 3);
    expect(anchor.position[1]).toBeCloseTo(position[1], 3);
  });

  it("measures in Web Mercator: a square from 60° to 70° north has its centre at 65.47° (the middle in Mercator)", () => {
    const anchor = badgeAnchor({ type: "Polygon", coordinates: [square(0, 60, 10)] });
    expect(anchor.position[1]).toBeCloseTo(65.47, 2);
  });

  it("throws for a geometry without positions", () => {
    expect(() => badgeAnchor({ type: "MultiPoint", coordinates: [] })).toThrow(
      "a MultiPoint without positions has no place for a badge",
    );
  });
});

describe("placeBadges", () => {
  const spot = (x: number, y: number): BadgeSpot => ({ wanted: [x, y], marks: [x, y + 20] });
  const apart = (a: readonly number[], b: readonly number[]) =>
    Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0));

  it.each<[string, BadgeSpot[], Array<[number, number]>, boolean[]]>([
    [
      "badges far apart stay where they want",
      [spot(50, 50), spot(150, 50)],
      [
        [50, 50],
        [150, 50],
      ],
      [false, false],
    ],
    // "10" and "11" at one place: the second goes one badge width (19 px) to the right.
    [
      "the second of two badges at one place moves right",
      [spot(100, 50), spot(100, 50)],
      [
        [100, 50],
        [119, 50],
      ],
      [false, true],
    ],
    [
      "a badge at the right edge moves left of one there",
      [spot(190, 50), spot(190, 50)],
      [
        [190, 50],
        [171, 50],
      ],
      [false, true],
    ],
    ["a badge past the edge is brought inside", [spot(-5, 250)], [[10, 190]], [true]],
  ])("%s", (_case, spots, expected, moved) => {
    const places = placeBadges(spots, 9, 200, 200);
    expect(places.map(({ at }) => at.map((value) => Math.round(value)))).toEqual(expected);
    expect(places.map((place) => place.moved)).toEqual(moved);
  });

  it("keeps the badges of eight places close together apart, and off the scale bar", () => {
    const spots = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => spot(100 + (i % 3) * 4, 60 + i * 3));
    const places = placeBadges(spots, 9, 240, 160, [[8, 126, 72, 152]]);
    for (const [i, a] of places.entries()) {
      for (const b of places.slice(i + 1)) expect(apart(a.at, b.at)).toBeGreaterThanOrEqual(19);
      expect(a.at[0] + 9 <= 8 || a.at[1] + 9 <= 126 || a.at[0] - 9 >= 72).toBe(true);
    }
  });
});
