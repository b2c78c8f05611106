import type { Geometry, Position } from "geojson";
import { describe, expect, it } from "vitest";
import { eachPosition } from "../../../../src/maps/draw/positions.ts";

const square: Position[] = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 0],
];

describe("eachPosition", () => {
  it.each<[string, Geometry, Position[]]>([
    [
      "visits a Point's one position",
      { type: "Point", coordinates: [47.81, 30.515] },
      [[47.81, 30.515]],
    ],
    [
      "visits a MultiPoint's positions in order",
      {
        type: "MultiPoint",
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [
      "visits a LineString's positions in order",
      {
        type: "LineString",
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [
      "visits every line of a MultiLineString",
      {
        type: "MultiLineString",
        coordinates: [
          [
            [1, 2],
            [3, 4],
          ],
          [
            [5, 6],
            [7, 8],
          ],
        ],
      },
      [
        [1, 2],
        [3, 4],
        [5, 6],
        [7, 8],
      ],
    ],
    [
      "visits every ring of a Polygon, the closing position too",
      { type: "Polygon", coordinates: [square] },
      square,
    ],
    [
      "visits every ring of every polygon of a MultiPolygon",
      {
        type: "MultiPolygon",
        coordinates: [
          [square],
          [
            [
              [5, 5],
              [6, 5],
              [6, 6],
              [5, 5],
            ],
          ],
        ],
      },
      [...square, [5, 5], [6, 5], [6, 6], [5, 5]],
    ],
    [
      "visits the members of a GeometryCollection in order",
      {
        type: "GeometryCollection",
        geometries: [
          { type: "Point", coordinates: [9, 9] },
          {
            type: "LineString",
            coordinates: [
              [1, 2],
              [3, 4],
            ],
          },
        ],
      },
      [
        [9, 9],
        [1, 2],
        [3, 4],
      ],
    ],
  ])("%s", (_, geometry, expected) => {
    const visited: Position[] = [];
    eachPosition(geometry, (position) => visited.push(position));
    expect(visited).toEqual(expected);
  });

  it("hands over the positions themselves, so a caller can change them in place", () => {
    const geometry: Geometry = { type: "Point", coordinates: [47.81, 95] };
    eachPosition(geometry, (position) => (position[1] = 85));
    expect(geometry.coordinates).toEqual([47.81, 85]);
  });
});
