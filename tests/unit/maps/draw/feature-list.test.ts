import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import {
  describePrecision,
  formatDistance,
  listFeatures,
} from "../../../../src/maps/draw/feature-list.ts";

describe("formatDistance", () => {
  it.each([
    [250, "250 m"],
    [999.6, "1000 m"],
    [1000, "1 km"],
    [2500, "2.5 km"],
    [10000, "10 km"],
    [12345, "12.3 km"],
  ])("%d metres reads %s", (metres, text) => {
    expect(formatDistance(metres)).toBe(text);
  });
});

describe("describePrecision", () => {
  it.each([
    [
      { kind: "place", approximate: true, uncertainty: 10000 },
      "approximate location, within about 10 km",
    ],
    [{ kind: "area", approximate: true }, "approximate area"],
    [{ kind: "line", approximate: true }, "approximate route"],
    [{ kind: "place", approximate: false, uncertainty: 500 }, "within about 500 m"],
    [{ kind: "area", approximate: false }, undefined],
  ] as const)("%j reads %s", (item, text) => {
    expect(describePrecision(item)).toBe(text);
  });
});

describe("listFeatures", () => {
  it("lists features in order with their kind, precision, description and source", () => {
    const collection: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: {
            title: "Pipeline",
            description: "Bombed.",
            source: "AP",
            approximate: true,
            uncertainty: 10000,
          },
          geometry: { type: "Point", coordinates: [47.78, 30.43] },
        },
        {
          type: "Feature",
          properties: { title: "Hayyaniyah", approximate: true },
          geometry: {
            type: "Polygon",
            coordinates: [
              [
                [47.7, 30.4],
                [47.8, 30.4],
                [47.8, 30.5],
                [47.7, 30.4],
              ],
            ],
          },
        },
        {
          type: "Feature",
          properties: { title: "Road" },
          geometry: {
            type: "LineString",
            coordinates: [
              [47.7, 30.4],
              [47.8, 30.5],
            ],
          },
        },
      ],
    };
    expect(listFeatures(collection)).toEqual([
      {
        title: "Pipeline",
        description: "Bombed.",
        source: "AP",
        kind: "place",
        approximate: true,
        uncertainty: 10000,
        precision: "approximate location, within about 10 km",
      },
      { title: "Hayyaniyah", kind: "area", approximate: true, precision: "approximate area" },
      { title: "Road", kind: "line", approximate: false },
    ]);
  });
});
