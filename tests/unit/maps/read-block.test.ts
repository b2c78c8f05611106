import { describe, expect, it } from "vitest";
import { readMapBlock } from "../../../src/maps/read-block.ts";

const lines = (...text: string[]) => text.join("\n");

describe("readMapBlock", () => {
  it("returns the collection and its map options", () => {
    const block = readMapBlock(
      lines(
        '{"type": "FeatureCollection", "caption": "Basra", "credit": "Dispatch", "height": 500,',
        ' "zoom": 12, "center": [47.81, 30.515], "bounds": [47.5, 30.2, 48.1, 30.7],',
        ' "features": [{"type": "Feature", "properties": {"title": "Centre"}, "geometry": {"type": "Point", "coordinates": [47.81, 30.515]}}]}',
      ),
    );
    expect(block.ok && block.options).toEqual({
      caption: "Basra",
      credit: "Dispatch",
      height: 500,
      zoom: 12,
      center: [47.81, 30.515],
      bounds: [47.5, 30.2, 48.1, 30.7],
    });
    expect(block.ok && block.collection.features).toEqual([
      {
        type: "Feature",
        properties: { title: "Centre" },
        geometry: { type: "Point", coordinates: [47.81, 30.515] },
      },
    ]);
  });

  it("reports a position outside the declared bounds, on its line", () => {
    const block = readMapBlock(
      lines(
        '{"type": "FeatureCollection", "bounds": [47.5, 30.2, 48.1, 30.7], "features": [',
        '{"type": "Feature", "properties": {"title": "Kuwait City"},',
        ' "geometry": {"type": "Point", "coordinates": [47.98, 29.37]}}]}',
      ),
    );
    expect(block).toEqual({
      ok: false,
      problems: [
        {
          path: ["features", 0, "geometry", "coordinates"],
          line: 3,
          message:
            'map feature 1 ("Kuwait City"): position [47.98, 29.37] lies outside the map\'s bounds [47.5, 30.2, 48.1, 30.7]',
          fix: 'correct the position (GeoJSON positions are [longitude, latitude]), or widen "bounds"',
        },
      ],
    });
  });

  it.each([
    ['"height": 50', 'map option "height" must be a number of pixels from 200 to 1000, found 50'],
    ['"zoom": "close"', 'map option "zoom" must be a zoom level from 0 to 19, found "close"'],
    [
      '"center": [30.5, 147.8]',
      'map option "center" must be a position [longitude, latitude], found [30.5,147.8]',
    ],
    [
      '"bounds": [48.1, 30.2, 47.5, 30.7]',
      'map option "bounds" must be [west, south, east, north] in degrees, found [48.1,30.2,47.5,30.7]',
    ],
    ['"credit": 5', 'map option "credit" must be text'],
    ['"zoom": 12', 'map option "zoom" needs "center": the view is the zoom around a centre'],
  ])("reports the option %s", (option, message) => {
    const block = readMapBlock(
      `{"type": "FeatureCollection", ${option}, "features": [{"type": "Feature", "properties": {"title": "C"}, "geometry": {"type": "Point", "coordinates": [1, 2]}}]}`,
    );
    expect(block.ok === false && block.problems.map((p) => p.message)).toEqual([message]);
  });

  it("wraps a single Feature in a FeatureCollection", () => {
    const block = readMapBlock(
      '{"type": "Feature", "properties": {"title": "C"}, "geometry": {"type": "Point", "coordinates": [1, 2]}}',
    );
    expect(block.ok && block.collection.features).toHaveLength(1);
    expect(block.ok && block.collection.type).toBe("FeatureCollection");
  });

  it.each([
    [
      lines("{", '  "type": "FeatureCollection",', '  "features": [],', "}"),
      4,
      "expected a property name in double quotes (no comma after the last property)",
    ],
    [lines("{", "  'type': 'FeatureCollection'", "}"), 2, "unexpected character"],
    [lines("{", '  "type": "FeatureCollection" // a comment', "}"), 2, "JSON has no comments"],
    [
      lines("{", '  "type": "FeatureCollection"', '  "features": []', "}"),
      3,
      "expected a comma between items",
    ],
    [lines('{"type": "FeatureCollection",', '"features": ['), 2, "a [ is not closed with ]"],
  ])("reports invalid JSON %j on line %i", (text, line, message) => {
    const block = readMapBlock(text);
    expect(block).toEqual({
      ok: false,
      problems: [
        {
          path: [],
          line,
          message: `map data is not valid JSON: ${message}`,
          fix: "GeoJSON is strict JSON: property names and strings in double quotes, commas between items and none after the last",
        },
      ],
    });
  });

  it("reports an empty block", () => {
    const block = readMapBlock("\n");
    expect(block.ok === false && block.problems[0]?.message).toBe("the map block is empty");
  });

  it("puts each problem on the line of the value it is about", () => {
    const text = lines(
      "{",
      '  "type": "FeatureCollection",',
      '  "features": [',
      '    {"type": "Feature", "properties": {"title": "Good"}, "geometry": {"type": "Point", "coordinates": [47.81, 30.515]}},',
      "    {",
      '      "type": "Feature",',
      '      "properties": {"title": "Bad", "fill-opacity": 7},',
      '      "geometry": {"type": "Point", "coordinates": [47.81, 300]}',
      "    }",
      "  ]",
      "}",
    );
    const block = readMapBlock(text);
    expect(block.ok === false && block.problems.map((p) => [p.line, p.message])).toEqual([
      [8, 'map feature 2 ("Bad"): position [47.81, 300] has latitude 300 outside [-90, 90]'],
      [7, 'map feature 2 ("Bad"): "fill-opacity" must be a number from 0 to 1, found 7'],
    ]);
  });

  it("reports a caption that is not text", () => {
    const block = readMapBlock(
      '{"type": "FeatureCollection", "caption": 5, "features": [{"type": "Feature", "properties": {"title": "C"}, "geometry": {"type": "Point", "coordinates": [1, 2]}}]}',
    );
    expect(block.ok === false && block.problems.map((p) => p.message)).toEqual([
      'map option "caption" must be text',
    ]);
  });
});

describe("readMapBlock: control characters", () => {
  it("reports each string holding one, on its line, before any other problem", () => {
    const block = readMapBlock(
      lines(
        '{"type": "FeatureCollection", "caption": "Basra\\u0008",',
        ' "features": [{"type": "Feature", "properties": {"title": "Centre",',
        '   "description": "\\u009Fport", "source\\u0001": "x"}}]}',
      ),
    );
    const fix = "delete it; it is invisible, and feeds and maps cannot carry it";
    expect(!block.ok && block.problems).toEqual([
      {
        path: ["caption"],
        line: 1,
        message: 'map data value "caption" holds a control character (U+0008) at character 6',
        fix,
      },
      {
        path: ["features", 0, "properties", "description"],
        line: 3,
        message:
          'map data value "features.0.properties.description" holds a control character (U+009F) at character 1',
        fix,
      },
      {
        path: ["features", 0, "properties", "source\u0001"],
        line: 3,
        message:
          'map data property name "features.0.properties.source<U+0001>" holds a control character (U+0001) at character 7',
        fix,
      },
    ]);
  });
});

describe("readMapBlock's limits", () => {
  it("refuses text over 8 MB before parsing it", () => {
    const text = `{"type": "FeatureCollection", "features": []}${" ".repeat(8 * 1024 * 1024)}`;
    expect(readMapBlock(text)).toEqual({
      ok: false,
      problems: [
        {
          path: [],
          line: 1,
          message: "the map block is 8.1 MB, more than the 8.0 MB a map may be",
          fix: "simplify it to at most 20,000 positions before adding it (mapshaper's -simplify, or your GPS software's track filter), and write numbers with at most 6 decimals",
        },
      ],
    });
  });

  it("refuses JSON nested thousands deep on the line it goes too deep, not with a stack overflow", () => {
    const text = `{"type": "FeatureCollection",\n"features": ${"[".repeat(5000)}${"]".repeat(5000)}}`;
    expect(readMapBlock(text, 'map file "deep.geojson"')).toEqual({
      ok: false,
      problems: [
        {
          path: [],
          line: 2,
          message: "map data is nested more than 64 levels deep ([ and { inside one another)",
          fix: "GeoJSON needs at most 9 levels: look for brackets that are opened and never closed, or remove the extra levels",
        },
      ],
    });
  });

  it("simplifies a line of more than 20,000 positions, with the warning to print", () => {
    const coordinates = Array.from({ length: 20_001 }, (_, i) => [47 + i * 1e-5, 30]);
    const block = readMapBlock(
      JSON.stringify({
        type: "Feature",
        properties: { title: "Road" },
        geometry: { type: "LineString", coordinates },
      }),
    );
    expect(block.ok && block.collection.features[0]?.geometry).toEqual({
      type: "LineString",
      coordinates: [
        [47, 30],
        [47 + 20_000 * 1e-5, 30],
      ],
    });
    expect(block.ok && block.simplified?.message).toBe(
      "the map block has 20,001 positions, more than the 20,000 a map draws: its lines and areas are simplified to 2 positions (0%), none moved more than about 1 m",
    );
  });
});
