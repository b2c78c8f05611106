import { describe, expect, it } from "vitest";
import { readMapBlock } from "../../../src/maps/read-block.ts";

const lines = (...text: string[]) => text.join("\n");

describe("readMapBlock", () => {
  it("returns the collection and its caption", () => {
    const block = readMapBlock(
      lines(
        '{"type": "FeatureCollection", "caption": "Basra",',
        ' "features": [{"type": "Feature", "properties": {"title": "Centre"}, "geometry": {"type": "Point", "coordinates": [47.81, 30.515]}}]}',
      ),
    );
    expect(block).toEqual({
      ok: true,
      caption: "Basra",
      collection: {
        type: "FeatureCollection",
        caption: "Basra",
        features: [
          {
            type: "Feature",
            properties: { title: "Centre" },
            geometry: { type: "Point", coordinates: [47.81, 30.515] },
          },
        ],
      },
    });
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
      '"caption" must be text',
    ]);
  });
});
