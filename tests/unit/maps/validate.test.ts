import type { Feature, FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import {
  bbox,
  unknownStyleKeys,
  validateMapData,
  type MapProblem,
} from "../../../src/maps/validate.ts";

const point = (coordinates: unknown, properties: Record<string, unknown> = { title: "Basra" }) => ({
  type: "Feature",
  properties,
  geometry: { type: "Point", coordinates },
});
const collection = (...features: unknown[]) => ({ type: "FeatureCollection", features });
const square = [
  [47.7, 30.4],
  [47.8, 30.4],
  [47.8, 30.5],
  [47.7, 30.5],
  [47.7, 30.4],
];

describe("validateMapData accepts", () => {
  it.each([
    ["a point", collection(point([47.81, 30.515]))],
    ["a single Feature", point([47.81, 30.515])],
    ["a position with altitude", collection(point([47.81, 30.515, 4]))],
    [
      "a polygon with styling",
      collection({
        type: "Feature",
        properties: {
          title: "Area",
          approximate: true,
          stroke: "#8b1a1a",
          "stroke-width": 2,
          fill: "d9534f",
          "fill-opacity": 0.4,
        },
        geometry: { type: "Polygon", coordinates: [square] },
      }),
    ],
    [
      "a line and a multipolygon",
      collection(
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
        {
          type: "Feature",
          properties: { title: "Areas" },
          geometry: { type: "MultiPolygon", coordinates: [[square]] },
        },
      ),
    ],
    [
      "a point with an uncertainty radius",
      collection(point([47.78, 30.43], { title: "Pipeline", uncertainty: 10000 })),
    ],
  ])("%s", (_, value) => {
    expect(validateMapData(value)).toEqual([]);
  });
});

describe("validateMapData reports", () => {
  it.each<[string, unknown, MapProblem]>([
    [
      "data that is not a FeatureCollection",
      { type: "Point", coordinates: [47.81, 30.515] },
      {
        path: ["type"],
        message: 'map data must be a GeoJSON FeatureCollection, found type "Point"',
        fix: 'write {"type": "FeatureCollection", "features": [...]}',
      },
    ],
    [
      "an empty collection",
      collection(),
      {
        path: ["features"],
        message: "the FeatureCollection has no features",
        fix: 'add at least one feature to "features", or remove the map block',
      },
    ],
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
      "a feature without a title",
      collection(point([47.81, 30.515], { description: "No name" })),
      {
        path: ["features", 0, "properties", "title"],
        message: 'map feature 1: has no "title"',
        fix: 'add a "title" property: it names the feature on the map and in its list',
      },
    ],
    [
      "a colour that is not a colour",
      collection(point([47.81, 30.515], { title: "Basra", "marker-color": 'red" onmouseover="x' })),
      {
        path: ["features", 0, "properties", "marker-color"],
        message:
          'map feature 1 ("Basra"): "marker-color" must be a colour like "#b22222", found "red\\" onmouseover=\\"x"',
        fix: 'write a colour as "#rrggbb" or "#rgb"',
      },
    ],
    [
      "an opacity out of range",
      collection(point([47.81, 30.515], { title: "Basra", "fill-opacity": 4 })),
      {
        path: ["features", 0, "properties", "fill-opacity"],
        message: 'map feature 1 ("Basra"): "fill-opacity" must be a number from 0 to 1, found 4',
        fix: "write a number from 0 to 1, without quotes",
      },
    ],
    [
      "approximate written as text",
      collection(point([47.81, 30.515], { title: "Basra", approximate: "yes" })),
      {
        path: ["features", 0, "properties", "approximate"],
        message: 'map feature 1 ("Basra"): "approximate" must be true or false, found "yes"',
        fix: "write true or false without quotes",
      },
    ],
    [
      "an uncertainty that is not a positive number of metres",
      collection(point([47.81, 30.515], { title: "Basra", uncertainty: "10 km" })),
      {
        path: ["features", 0, "properties", "uncertainty"],
        message:
          'map feature 1 ("Basra"): "uncertainty" must be a radius in metres from 0 to 1,000,000 (1,000 km), found "10 km"',
        fix: 'write a number of metres, e.g. "uncertainty": 10000 for 10 km',
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
      "a title that is not text",
      collection(point([47.81, 30.515], { title: 42 })),
      {
        path: ["features", 0, "properties", "title"],
        message: 'map feature 1: "title" must be text, found 42',
        fix: 'put it in quotes: "title": "42"',
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
    [
      "a url that leaves the site without saying so",
      collection(point([47.81, 30.515], { title: "Basra", url: "//evil.example/x" })),
      {
        path: ["features", 0, "properties", "url"],
        message:
          'map feature 1 ("Basra"): "url" "//evil.example/x" leads to another site, evil.example: browsers read it as //evil.example/ (to them a backslash is a slash, and tabs and line breaks are dropped)',
        fix: 'write a path of this site with one / at the start, e.g. "/posts/basra/", or the other site\'s full address, "https://evil.example/…"',
      },
    ],
    [
      "a url with a backslash, which browsers read as a slash",
      collection(point([47.81, 30.515], { title: "Basra", url: "/\\evil.example/x" })),
      {
        path: ["features", 0, "properties", "url"],
        message:
          'map feature 1 ("Basra"): "url" "/\\\\evil.example/x" leads to another site, evil.example: browsers read it as //evil.example/ (to them a backslash is a slash, and tabs and line breaks are dropped)',
        fix: 'write a path of this site with one / at the start, e.g. "/posts/basra/", or the other site\'s full address, "https://evil.example/…"',
      },
    ],
    [
      "a url with a tab between its slashes, which browsers drop",
      collection(point([47.81, 30.515], { title: "Basra", url: "/\t/evil.example/x" })),
      {
        path: ["features", 0, "properties", "url"],
        message:
          'map feature 1 ("Basra"): "url" "/\\t/evil.example/x" leads to another site, evil.example: browsers read it as //evil.example/ (to them a backslash is a slash, and tabs and line breaks are dropped)',
        fix: 'write a path of this site with one / at the start, e.g. "/posts/basra/", or the other site\'s full address, "https://evil.example/…"',
      },
    ],
    [
      "a url with two backslashes",
      collection(point([47.81, 30.515], { title: "Basra", url: "\\\\evil.example/x" })),
      {
        path: ["features", 0, "properties", "url"],
        message:
          'map feature 1 ("Basra"): "url" "\\\\\\\\evil.example/x" leads to another site, evil.example: browsers read it as //evil.example/ (to them a backslash is a slash, and tabs and line breaks are dropped)',
        fix: 'write a path of this site with one / at the start, e.g. "/posts/basra/", or the other site\'s full address, "https://evil.example/…"',
      },
    ],
    [
      "an https url with a space before it, which is named",
      collection(point([47.81, 30.515], { title: "Basra", url: " https://ok.example/" })),
      {
        path: ["features", 0, "properties", "url"],
        message:
          'map feature 1 ("Basra"): "url" " https://ok.example/" has a space or line break at its start or end',
        fix: 'remove it: "url": "https://ok.example/"',
      },
    ],
    [
      "a site path with a no-break space after it",
      collection(point([47.81, 30.515], { title: "Basra", url: "/ok/\u00a0" })),
      {
        path: ["features", 0, "properties", "url"],
        message:
          'map feature 1 ("Basra"): "url" "/ok/\u00a0" has a space or line break at its start or end',
        fix: 'remove it: "url": "/ok/"',
      },
    ],
    [
      "a url relative to the page",
      collection(point([47.81, 30.515], { title: "Basra", url: "posts/basra/" })),
      {
        path: ["features", 0, "properties", "url"],
        message:
          'map feature 1 ("Basra"): "url" must be an http(s) URL or a path of this site starting with /, found "posts/basra/"',
        fix: 'write e.g. "url": "/posts/basra/"',
      },
    ],
  ])("%s", (_, value, problem) => {
    expect(validateMapData(value)).toEqual([problem]);
  });

  it("a feature among others whose valid-looking position was written [latitude, longitude]", () => {
    const value = collection(
      point([47.77, 30.505], { title: "Hayyaniyah" }),
      point([47.818, 30.522], { title: "Jumhuriyah" }),
      point([30.537, 47.812], { title: "Jubaila" }),
    );
    expect(validateMapData(value)).toEqual([
      {
        path: ["features", 2, "geometry", "coordinates"],
        message:
          'map feature 3 ("Jubaila"): position [30.537, 47.812] looks like [latitude, longitude]: it lies far from the other features, and swapped it lies among them; GeoJSON positions are [longitude, latitude]',
        fix: "swap the two numbers of each position, e.g. write [47.812, 30.537]",
      },
    ]);
  });

  it("no swap for a far-away feature whose swapped position is far away too", () => {
    const value = collection(
      point([47.77, 30.505], { title: "Hayyaniyah" }),
      point([47.818, 30.522], { title: "Jumhuriyah" }),
      point([-77.04, 38.9], { title: "Washington" }),
    );
    expect(validateMapData(value)).toEqual([]);
  });

  it("every problem of every feature at once", () => {
    const problems = validateMapData(collection(point([200, 30]), point([47, 95], {})));
    expect(problems.map((p) => p.path)).toEqual([
      ["features", 0, "geometry", "coordinates"],
      ["features", 1, "geometry", "coordinates"],
      ["features", 1, "properties", "title"],
    ]);
  });
});

describe("bbox", () => {
  it("returns [minLon, minLat, maxLon, maxLat] of all positions", () => {
    const features = collection(point([47.78, 30.43]), {
      type: "Feature",
      properties: { title: "Area" },
      geometry: { type: "Polygon", coordinates: [square] },
    }).features as Feature[];
    expect(bbox(features)).toEqual([47.7, 30.4, 47.8, 30.5]);
  });

  it("returns undefined for no features", () => {
    expect(bbox([])).toBeUndefined();
  });
});

describe("unknownStyleKeys", () => {
  it("warns of misspelt simplestyle keys with the nearest known name, and leaves other keys alone", () => {
    const value = collection(
      point([47.81, 30.515], {
        title: "Basra",
        "stroke-colour": "#000",
        fill_opacity: 0.4,
        population: 1_000_000,
      }),
    );
    expect(unknownStyleKeys(value as FeatureCollection)).toEqual([
      {
        path: ["features", 0, "properties", "stroke-colour"],
        message:
          'map feature 1 ("Basra"): "stroke-colour" is not a simplestyle property and is ignored',
        fix: 'did you mean "stroke"?',
      },
      {
        path: ["features", 0, "properties", "fill_opacity"],
        message:
          'map feature 1 ("Basra"): "fill_opacity" is not a simplestyle property and is ignored',
        fix: 'did you mean "fill-opacity"?',
      },
    ]);
  });
});
