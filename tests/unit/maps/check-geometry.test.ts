import { describe, expect, it } from "vitest";
import { checkGeometry, checkPosition } from "../../../src/maps/check-geometry.ts";
import type { JsonPath, MapProblem } from "../../../src/maps/map-problem.ts";
import { validateMapData } from "../../../src/maps/validate.ts";
import { point, collection, square } from "../../helpers/basra-features.ts";

describe("a feature's geometry: validateMapData reports", () => {
  it.each<[string, unknown, MapProblem]>([
    [
      "a geometry that is not GeoJSON",
      collection({
        type: "Feature",
        properties: { title: "Basra" },
        geometry: { type: "Circle", coordinates: [47.81, 30.515] },
      }),
      {
        path: ["features", 0, "geometry", "type"],
        message: 'map feature 1 ("Basra"): geometry type "Circle" is not a GeoJSON geometry',
        fix: "use one of Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection",
      },
    ],
    [
      "a feature without geometry",
      collection({ type: "Feature", properties: { title: "Basra" }, geometry: null }),
      {
        path: ["features", 0, "geometry"],
        message: 'map feature 1 ("Basra"): has no geometry',
        fix: 'give it a "geometry" such as {"type": "Point", "coordinates": [47.81, 30.515]}',
      },
    ],
    [
      "a longitude outside [-180, 180]",
      collection(point([200, 30.5])),
      {
        path: ["features", 0, "geometry", "coordinates"],
        message:
          'map feature 1 ("Basra"): position [200, 30.5] has longitude 200 outside [-180, 180]',
        fix: "GeoJSON positions are [longitude, latitude] in decimal degrees",
      },
    ],
    [
      "a latitude outside [-90, 90] that is not a swap",
      collection(point([120, -95])),
      {
        path: ["features", 0, "geometry", "coordinates"],
        message: 'map feature 1 ("Basra"): position [120, -95] has latitude -95 outside [-90, 90]',
        fix: "GeoJSON positions are [longitude, latitude] in decimal degrees",
      },
    ],
    [
      "a position whose latitude is out of range because it was written [latitude, longitude]",
      collection(point([35.68, 139.76], { title: "Tokyo" })),
      {
        path: ["features", 0, "geometry", "coordinates"],
        message:
          'map feature 1 ("Tokyo"): position [35.68, 139.76] looks like [latitude, longitude]: latitude 139.76 is outside [-90, 90]; GeoJSON positions are [longitude, latitude]',
        fix: "write [139.76, 35.68]",
      },
    ],
    [
      "a position that is not two numbers",
      collection(point(["47.81", "30.515"])),
      {
        path: ["features", 0, "geometry", "coordinates"],
        message: 'map feature 1 ("Basra"): position ["47.81", "30.515"] is not a position',
        fix: "write a position as [longitude, latitude] in decimal degrees, e.g. [47.81, 30.515]",
      },
    ],
    [
      "a polygon ring that is not closed",
      collection({
        type: "Feature",
        properties: { title: "Area" },
        geometry: { type: "Polygon", coordinates: [square.slice(0, 4)] },
      }),
      {
        path: ["features", 0, "geometry", "coordinates", 0, 3],
        message:
          'map feature 1 ("Area"): polygon ring 1 is not closed: it starts at [47.7, 30.4] and ends at [47.7, 30.5]',
        fix: "repeat the first position [47.7, 30.4] as the last position of the ring",
      },
    ],
    [
      "a ring of fewer than four positions",
      collection({
        type: "Feature",
        properties: { title: "Area" },
        geometry: {
          type: "Polygon",
          coordinates: [
            [
              [47.7, 30.4],
              [47.8, 30.4],
              [47.7, 30.4],
            ],
          ],
        },
      }),
      {
        path: ["features", 0, "geometry", "coordinates", 0],
        message: 'map feature 1 ("Area"): polygon ring 1 needs an array of at least 4 positions',
        fix: "write it as [[longitude, latitude], [longitude, latitude], ...]",
      },
    ],
    [
      "a number too large for JSON, shown as it was read",
      collection(point([Infinity, 30.5])),
      {
        path: ["features", 0, "geometry", "coordinates"],
        message: 'map feature 1 ("Basra"): position [Infinity, 30.5] is not a position',
        fix: "write a position as [longitude, latitude] in decimal degrees, e.g. [47.81, 30.515]",
      },
    ],
    [
      "a MultiPolygon with no polygons",
      collection({
        type: "Feature",
        properties: { title: "Areas" },
        geometry: { type: "MultiPolygon", coordinates: [] },
      }),
      {
        path: ["features", 0, "geometry", "coordinates"],
        message:
          'map feature 1 ("Areas"): MultiPolygon needs "coordinates" as an array with at least one member',
        fix: "give it coordinates, or remove the feature",
      },
    ],
    [
      "a GeometryCollection with no geometries",
      collection({
        type: "Feature",
        properties: { title: "All" },
        geometry: { type: "GeometryCollection", geometries: [] },
      }),
      {
        path: ["features", 0, "geometry"],
        message:
          'map feature 1 ("All"): GeometryCollection needs a "geometries" array with at least one geometry',
        fix: "add a geometry, or remove the feature",
      },
    ],
  ])("%s", (_, value, problem) => {
    expect(validateMapData(value)).toEqual([problem]);
  });
});

/** The problems `check` reports, as `[path, message]` pairs. */
function reported(check: (report: (path: JsonPath, message: string) => void) => void) {
  const problems: [JsonPath, string][] = [];
  check((path, message) => problems.push([path, message]));
  return problems;
}

describe("checkPosition", () => {
  it.each<[string, unknown, boolean, string[]]>([
    ["accepts a position with altitude", [47.81, 30.515, 4], true, []],
    ["refuses four numbers", [1, 2, 3, 4], false, ["position [1, 2, 3, 4] is not a position"]],
    ["refuses NaN", [Number.NaN, 1], false, ["position [NaN, 1] is not a position"]],
    ["accepts the edges of the world", [180, -90], true, []],
  ])("%s", (_, position, drawable, messages) => {
    let result = false;
    const problems = reported((report) => (result = checkPosition(position, ["p"], report)));
    expect(result).toBe(drawable);
    expect(problems.map(([, message]) => message)).toEqual(messages);
  });
});

describe("checkGeometry", () => {
  it("reports every bad member of a GeometryCollection at its own path", () => {
    const geometry = {
      type: "GeometryCollection",
      geometries: [
        { type: "Point", coordinates: [47.81, 30.515] },
        { type: "LineString", coordinates: [[47.81, 30.515]] },
      ],
    };
    expect(reported((report) => checkGeometry(geometry, ["geometry"], report))).toEqual([
      [
        ["geometry", "geometries", 1, "coordinates"],
        "LineString needs an array of at least 2 positions",
      ],
    ]);
  });

  it("names the line of a MultiLineString that is too short", () => {
    const geometry = {
      type: "MultiLineString",
      coordinates: [square.slice(0, 2), square.slice(0, 1)],
    };
    expect(reported((report) => checkGeometry(geometry, ["g"], report))).toEqual([
      [["g", "coordinates", 1], "LineString needs an array of at least 2 positions"],
    ]);
  });

  it("refuses a polygon that is not an array of rings", () => {
    const geometry = { type: "Polygon", coordinates: [] };
    expect(reported((report) => checkGeometry(geometry, ["g"], report))).toEqual([
      [["g", "coordinates"], "polygon needs an array of rings"],
    ]);
  });
});
