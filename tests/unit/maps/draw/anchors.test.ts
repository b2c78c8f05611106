import type { Geometry } from "geojson";
import { describe, expect, it } from "vitest";
import { badgeAnchor } from "../../../../src/maps/draw/anchors.ts";

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
