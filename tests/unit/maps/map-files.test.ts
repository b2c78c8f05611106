import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../../src/errors.ts";
import {
  convertXmlMap,
  mapFileFormat,
  normalizeConverted,
  XmlSyntaxError,
} from "../../../src/maps/map-files.ts";

describe("mapFileFormat", () => {
  it.each([
    ["places.kml", "kml"],
    ["route.GPX", "gpx"],
    ["data.geojson", "geojson"],
    ["data.json", "geojson"],
    ["photo.png", undefined],
  ])("%s is %s", (file, format) => {
    expect(mapFileFormat(file)).toBe(format);
  });
});

describe("normalizeConverted", () => {
  it("titles features from their names, or by kind and number, and drops togeojson's bookkeeping", () => {
    const converted: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: {
            name: "A",
            styleUrl: "#s",
            styleHash: "1",
            visibility: true,
            "icon-color": "#db4436",
          },
          geometry: { type: "Point", coordinates: [1, 2] },
        },
        {
          type: "Feature",
          properties: { desc: "A road" },
          geometry: {
            type: "LineString",
            coordinates: [
              [1, 2],
              [3, 4],
            ],
          },
        },
      ],
    };
    expect(normalizeConverted(converted).features.map((f) => f.properties)).toEqual([
      { title: "A", "marker-color": "#db4436" },
      { title: "Route 2", description: "A road" },
    ]);
  });
});

describe("convertXmlMap", () => {
  it("reads a GPX waypoint", () => {
    const gpx =
      '<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><wpt lat="30.3894" lon="47.7144"><name>Az Zubayr</name></wpt></gpx>';
    expect(convertXmlMap(gpx, "gpx", "posts/a/route.gpx").features).toEqual([
      {
        type: "Feature",
        properties: { title: "Az Zubayr" },
        geometry: { type: "Point", coordinates: [47.7144, 30.3894] },
      },
    ]);
  });

  it("throws on text that is not XML", () => {
    expect(() => convertXmlMap("<kml><Placemark></kml>", "kml", "posts/a/places.kml")).toThrow();
  });

  it("throws an XmlSyntaxError, a content error naming the file and the parser's line", () => {
    const text = "<kml>\n<Placemark><name>A</nme></Placemark>\n</kml>";
    let thrown: unknown;
    try {
      convertXmlMap(text, "kml", "posts/a/places.kml");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(XmlSyntaxError);
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as XmlSyntaxError).line).toBe(2);
    expect((thrown as XmlSyntaxError).problems).toEqual([
      {
        file: "posts/a/places.kml",
        line: 2,
        message:
          'KML file is not well-formed XML: Opening and ending tag mismatch: "name" != "nme"',
      },
    ]);
  });
});
