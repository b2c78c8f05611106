import type { Feature } from "geojson";
import { describe, expect, it } from "vitest";
import {
  checkAgainstLocation,
  distanceKm,
  locationCheckKm,
  type PostLocation,
} from "../../../src/maps/location-check.ts";

const basra: PostLocation = { name: "Basra", coordinates: [47.81, 30.515] };
const point = (title: string, coordinates: number[]): Feature => ({
  type: "Feature",
  properties: { title },
  geometry: { type: "Point", coordinates },
});
const line = (title: string, coordinates: number[][]): Feature => ({
  type: "Feature",
  properties: { title },
  geometry: { type: "LineString", coordinates },
});

describe("distanceKm", () => {
  it.each([
    ["Basra to itself", [47.81, 30.515], [47.81, 30.515], 0],
    ["Basra to Baghdad", [47.81, 30.515], [44.36, 33.31], 450],
    ["a quarter of the equator", [0, 0], [90, 0], 10008],
  ])("%s", (_name, a, b, km) => {
    expect(Math.round(distanceKm(a, b))).toBe(km);
  });
});

describe("checkAgainstLocation", () => {
  it.each([
    ["a lone feature near the location", basra, [point("Palace", [47.83, 30.53])], false],
    [
      "a map far away drawn right (Washington for a post set in Basra)",
      basra,
      [point("White House", [-77.0365, 38.8977])],
      false,
    ],
    [
      "a map of Baghdad for a post set in Basra (449 km, within reach of neither rule)",
      basra,
      [point("Green Zone", [44.39, 33.3])],
      false,
    ],
    [
      "a place near the lon = lat diagonal, where a swap moves it too little to tell",
      { name: "Raqqa", coordinates: [39.0, 35.95] } as PostLocation,
      [point("Raqqa", [35.95, 39.0])],
      false,
    ],
    [
      "a latitude beyond ±90 that cannot be a swapped one",
      { name: "Fiji", coordinates: [178.4, -18.1] } as PostLocation,
      [point("Suva", [178.44, -18.14])],
      false,
    ],
    ["a swap that lands more than 300 km away", basra, [point("Far", [34, 47.81])], false],
  ])("passes %s", (_name, location, features, fromFile) => {
    expect(checkAgainstLocation(location, features, fromFile)).toEqual({ features: [] });
  });

  it("names a lone swapped feature, with the fix and the other possibility", () => {
    expect(checkAgainstLocation(basra, [point("Palace", [30.53, 47.83])])).toEqual({
      features: [
        {
          path: ["features", 0, "geometry", "coordinates"],
          message:
            'map feature 1 ("Palace"): position [30.53, 47.83] looks like [latitude, longitude]: it lies 2,422 km from the post\'s location "Basra" [47.81, 30.515], and swapped it lies within 3 km of it; GeoJSON positions are [longitude, latitude]',
          fix: "swap the two numbers of each position, e.g. write [47.83, 30.53] (or, if the feature is right, the post's location.coordinates are the ones swapped: write [30.515, 47.81])",
        },
      ],
    });
  });

  it("names only the swapped one of features that otherwise agree with the location", () => {
    const found = checkAgainstLocation(basra, [
      point("Palace", [47.83, 30.53]),
      line("Road", [
        [30.39, 47.71],
        [30.44, 47.75],
      ]),
    ]);
    expect(found.location).toBeUndefined();
    expect(found.features.map((problem) => [problem.path, problem.fix])).toEqual([
      [
        ["features", 1, "geometry", "coordinates"],
        "swap the two numbers of each position, e.g. write [47.71, 30.39]",
      ],
    ]);
  });

  it.each([
    [
      "two features that agree with each other, not with the location",
      [point("Palace", [47.83, 30.53]), point("Hayyaniyah", [47.79, 30.52])],
      false,
      "[30.515, 47.81] looks like [latitude, longitude]: it lies far from both features of this post's map, and swapped it lies among them; positions are [longitude, latitude]",
      "swap the two numbers: write coordinates: [47.81, 30.515] (or, if the location is right, swap the two numbers of each position of the map)",
    ],
    [
      "a lone feature from a GPX file, whose positions software wrote",
      [point("Az Zubayr", [47.7144, 30.3894])],
      true,
      "[30.515, 47.81] looks like [latitude, longitude]: it lies far from the feature of this post's map, and swapped it lies among them; positions are [longitude, latitude]",
      "swap the two numbers: write coordinates: [47.81, 30.515]",
    ],
  ])(
    "names the location when it is swapped against %s",
    (_name, features, fromFile, message, fix) => {
      const swapped: PostLocation = { name: "Basra", coordinates: [30.515, 47.81] };
      expect(checkAgainstLocation(swapped, features, fromFile)).toEqual({
        features: [],
        location: { message, fix },
      });
    },
  );

  it("uses a far threshold wider than the near one", () => {
    expect(locationCheckKm.far).toBeGreaterThan(2 * locationCheckKm.near);
  });
});
