import { describe, expect, it } from "vitest";
import { convertXmlMapFile } from "../../../src/maps/map-files.ts";
import { keepTimesWithinSteps, publishedAsIs } from "../../../src/maps/xml-conversion.ts";

const gpx = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxx="http://www.garmin.com/xmlschemas/GpxExtensions/v3">\n${body}\n</gpx>`;
const kml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2"><Document>\n${body}\n</Document></kml>`;

const convert = (text: string, format: "kml" | "gpx") =>
  convertXmlMapFile(text, format, `posts/x/map.${format}`, "Asia/Baghdad");
/** Each feature as [title, geometry type, when, line]. */
const summary = (text: string, format: "kml" | "gpx") => {
  const { collection, lines } = convert(text, format);
  return collection.features.map((feature, index) => [
    feature.properties?.title,
    feature.geometry.type,
    feature.properties?.when,
    lines[index],
  ]);
};
const messages = (text: string, format: "kml" | "gpx") =>
  convert(text, format).warnings.map((warning) => [warning.line, warning.message]);

const trkpt = (lat: number, lon: number, time?: string) =>
  `<trkpt lat="${lat}" lon="${lon}">${time ? `<time>${time}</time>` : ""}</trkpt>`;

describe("GPX: every track segment and route is kept", () => {
  it.each([
    [
      "a track of two segments as one MultiLineString",
      `<trk><name>Convoy</name>\n<trkseg>${trkpt(30.38, 47.71)}${trkpt(30.44, 47.75)}</trkseg>\n<trkseg>${trkpt(30.47, 47.76)}${trkpt(30.49, 47.77)}</trkseg></trk>`,
      [["Convoy", "MultiLineString", undefined, 3]],
    ],
    [
      "a last segment of one point as a Point after its track",
      `<trk><name>Convoy</name>\n<trkseg>${trkpt(30.38, 47.71)}${trkpt(30.44, 47.75)}</trkseg>\n<trkseg>\n${trkpt(30.5, 47.78)}</trkseg></trk>`,
      [
        ["Convoy", "LineString", undefined, 3],
        ["Convoy (segment 2 of 2)", "Point", undefined, 6],
      ],
    ],
    [
      "a track of one point only",
      `<trk><name>Last fix</name><trkseg>\n${trkpt(30.5, 47.78, "2008-03-27T07:15:00Z")}</trkseg></trk>`,
      [["Last fix", "Point", "2008-03-27T07:15:00Z", 4]],
    ],
    [
      "a route of one point",
      `<rte><name>Planned stop</name><rtept lat="30.46" lon="47.76"/></rte>`,
      [["Planned stop", "Point", undefined, 3]],
    ],
    [
      "tracks, then routes, then waypoints, each dated by its times",
      `<wpt lat="30.38" lon="47.71"><time>2008-03-27T05:00:00Z</time><name>Start</name></wpt>\n<rte><name>Plan</name><rtept lat="30.4" lon="47.7"/><rtept lat="30.5" lon="47.8"/></rte>\n<trk><name>Drive</name><trkseg>${trkpt(30.38, 47.71, "2008-03-27T05:10:00Z")}${trkpt(30.44, 47.75, "2008-03-27T06:40:00Z")}</trkseg></trk>`,
      [
        ["Drive", "LineString", "2008-03-27T05:10:00Z/2008-03-27T06:40:00Z", 5],
        ["Plan", "LineString", undefined, 4],
        ["Start", "Point", "2008-03-27T05:00:00Z", 3],
      ],
    ],
  ])("%s", (_name, body, expected) => {
    expect(summary(gpx(body), "gpx")).toEqual(expected);
  });

  it("describes a one-point segment as one", () => {
    const { collection } = convert(
      gpx(
        `<trk><name>Convoy</name><trkseg>${trkpt(30.38, 47.71)}${trkpt(30.44, 47.75)}</trkseg><trkseg>${trkpt(30.5, 47.78)}</trkseg></trk>`,
      ),
      "gpx",
    );
    expect(collection.features[1]?.properties?.description).toBe(
      "A one-point track segment: a single position, drawn as a place.",
    );
  });
});

describe("GPX: what is not drawn is warned, at its line", () => {
  it.each([
    [
      "extensions, whose values are not kept as properties",
      `<trk><name>T</name>\n<extensions><gpxx:TrackExtension><gpxx:DisplayColor>Red</gpxx:DisplayColor></gpxx:TrackExtension></extensions><trkseg>${trkpt(30.38, 47.71)}${trkpt(30.44, 47.75)}</trkseg></trk>`,
      [
        [
          4,
          "GPX <extensions> are not shown on the map: device data such as heart rate or speed, colours of other applications",
        ],
      ],
    ],
    [
      "waypoint symbols and links, counted",
      `<wpt lat="30.38" lon="47.71"><name>A</name>\n<link href="https://example.org/a"/>\n<sym>Flag</sym></wpt>\n<wpt lat="30.4" lon="47.7"><name>B</name><sym>Pin</sym></wpt>`,
      [
        [4, "GPX <link> is not shown: a feature's link comes from its url property"],
        [
          5,
          "GPX <sym> (2 of them, the first on this line) is not drawn: waypoints are drawn as pins",
        ],
      ],
    ],
    [
      "an empty track and an empty route",
      `<trk><name>Lost signal</name><trkseg></trkseg></trk>\n<rte><name>Nothing</name></rte>`,
      [
        [3, 'GPX track "Lost signal" has no points with lat and lon and is not drawn'],
        [4, 'GPX route "Nothing" has no points with lat and lon and is not drawn'],
      ],
    ],
    [
      "a time that is not ISO 8601",
      `<wpt lat="30.38" lon="47.71"><name>A</name><time>27/03/2008</time></wpt>`,
      [
        [
          1,
          'GPX <time> "27/03/2008" is not an ISO 8601 date and time; times that cannot be read are not kept as the features\' "when"',
        ],
      ],
    ],
    [
      "nothing, for a plain track",
      `<trk><name>T</name><trkseg>${trkpt(30.38, 47.71)}${trkpt(30.44, 47.75)}</trkseg></trk>`,
      [],
    ],
  ])("%s", (_name, body, expected) => {
    expect(messages(gpx(body), "gpx")).toEqual(expected);
  });

  it("keeps no extension value as a property", () => {
    const { collection } = convert(
      gpx(
        `<trk><name>T</name><extensions><gpxx:TrackExtension><gpxx:DisplayColor>Red</gpxx:DisplayColor></gpxx:TrackExtension></extensions><trkseg>${trkpt(30.38, 47.71)}${trkpt(30.44, 47.75)}</trkseg></trk>`,
      ),
      "gpx",
    );
    expect(collection.features[0]?.properties).toEqual({ title: "T" });
  });
});

const placemark = (name: string, inner: string) =>
  `<Placemark><name>${name}</name>${inner}<Point><coordinates>47.78,30.43</coordinates></Point></Placemark>`;

describe("KML: times become when", () => {
  it.each([
    ["a TimeStamp of a day", "<TimeStamp><when>2008-03-27</when></TimeStamp>", "2008-03-27"],
    [
      "a TimeStamp of a moment",
      "<TimeStamp><when>2008-03-27T05:00:00Z</when></TimeStamp>",
      "2008-03-27T05:00:00Z",
    ],
    [
      "a TimeSpan",
      "<TimeSpan><begin>2008-03-25</begin><end>2008-03-28</end></TimeSpan>",
      "2008-03-25/2008-03-28",
    ],
    ["no time", "", undefined],
    ["a month alone, which is not kept", "<TimeStamp><when>2008-03</when></TimeStamp>", undefined],
  ])("%s", (_name, inner, when) => {
    const { collection } = convert(kml(placemark("Event", inner)), "kml");
    expect(collection.features[0]?.properties).toEqual({
      title: "Event",
      ...(when ? { when } : {}),
    });
  });
});

describe("KML: what is not drawn is warned, at its line", () => {
  it.each([
    [
      "overlays, network links, models and tours",
      `<GroundOverlay><name>Image</name><LatLonBox><north>30.6</north><south>30.4</south><east>47.9</east><west>47.7</west></LatLonBox></GroundOverlay>\n<PhotoOverlay/>\n<ScreenOverlay/><ScreenOverlay/>\n<NetworkLink><Link><href>https://example.org/a.kml</href></Link></NetworkLink>\n<gx:Tour/>`,
      [
        [
          3,
          "KML GroundOverlay, an image laid over the ground, is not drawn: the map shows placemarks' points, lines and polygons",
        ],
        [
          4,
          "KML PhotoOverlay, a photo placed in the view, is not drawn: the map shows placemarks' points, lines and polygons",
        ],
        [
          5,
          "KML ScreenOverlay (2 of them, the first on this line), an image fixed on the screen, is not drawn: the map shows placemarks' points, lines and polygons",
        ],
        [
          6,
          "KML NetworkLink, a link to more KML elsewhere, which the build does not fetch, is not drawn: the map shows placemarks' points, lines and polygons",
        ],
        [
          7,
          "KML gx:Tour, a tour of the globe, is not drawn: the map shows placemarks' points, lines and polygons",
        ],
      ],
    ],
    [
      "placemarks without geometry, and a model",
      `<Placemark><name>Unplaced</name></Placemark>\n<Placemark><name>Tank</name><Model><Link><href>tank.dae</href></Link></Model></Placemark>`,
      [
        [
          3,
          'KML Placemark "Unplaced" has no Point, LineString or Polygon and is not drawn (nor 1 other placemark without one)',
        ],
        [
          4,
          "KML Model, a 3D model, is not drawn: the map shows placemarks' points, lines and polygons",
        ],
      ],
    ],
    [
      "ExtendedData values, named",
      `${placemark("A", '<ExtendedData><Data name="casualties"><value>none</value></Data></ExtendedData>')}\n${placemark("B", '<ExtendedData><Data name="source"><value>AP</value></Data></ExtendedData>')}`,
      [
        [
          3,
          'KML ExtendedData values ("casualties", "source") of 2 placemarks are not shown: the map shows each placemark\'s name and description',
        ],
      ],
    ],
    [
      "a TimeSpan with one end, and a time that is not a day",
      `${placemark("A", "<TimeSpan><begin>2008-03-25</begin></TimeSpan>")}\n${placemark("B", "<TimeStamp><when>2008</when></TimeStamp>")}`,
      [
        [
          3,
          'KML TimeSpan with only a <begin> or an <end> is not kept as the feature\'s "when": a span needs both',
        ],
        [4, 'KML time "2008" is not a full ISO 8601 date and is not kept as the feature\'s "when"'],
      ],
    ],
  ])("%s", (_name, body, expected) => {
    expect(messages(kml(body), "kml")).toEqual(expected);
  });

  it("draws no overlay's box as an area", () => {
    const text = kml(
      `${placemark("A", "")}<GroundOverlay><LatLonBox><north>30.6</north><south>30.4</south><east>47.9</east><west>47.7</west></LatLonBox></GroundOverlay>`,
    );
    expect(summary(text, "kml")).toEqual([["A", "Point", undefined, 3]]);
  });
});

describe("keepTimesWithinSteps", () => {
  const dated = (whens: string[]) => ({
    type: "FeatureCollection" as const,
    features: whens.map((when, index) => ({
      type: "Feature" as const,
      properties: { title: `P${index + 1}`, when },
      geometry: { type: "Point" as const, coordinates: [47.8, 30.5] },
    })),
  });

  it("keeps times that make a timeline of at most 31 days", () => {
    const collection = dated(["2008-03-25T05:00:00Z", "2008-03-27T05:00:00Z"]);
    expect(keepTimesWithinSteps(collection, "Asia/Baghdad")).toEqual({ collection });
  });

  it("drops every when of a file whose times span more days than a map steps through, and says so", () => {
    const { collection, warning } = keepTimesWithinSteps(
      dated(["2008-01-01T05:00:00Z", "2008-03-01T05:00:00Z"]),
      "Asia/Baghdad",
    );
    expect(collection.features.map((feature) => feature.properties)).toEqual([
      { title: "P1" },
      { title: "P2" },
    ]);
    expect(warning?.line).toBe(1);
    expect(warning?.message).toMatch(
      /^the times in this file are not kept as the features' "when" \(.*\), so the map is not dated$/,
    );
    expect(warning?.fix).toBe(
      'give the map tag the steps to show, as dates or intervals separated by commas (steps="2008-03-01/2008-03-31,2008-04-01/2008-04-30"), or convert the file to GeoJSON and write "steps" with labels there, or shorten the log to at most 31 days',
    );
  });
});

describe("publishedAsIs: a warning says the file is published as it is, and how to strip it", () => {
  it.each([
    [
      { line: 9, message: "KML NetworkLink is not drawn", fix: "leave it out of the file" },
      {
        line: 9,
        message:
          "KML NetworkLink is not drawn; the file itself is published unchanged beside the page as events.kml, this included",
        fix: "leave it out of the file; to keep it off the site, export the file again without it or convert the file to GeoJSON",
      },
    ],
    [
      { line: 1, message: "times are not kept" },
      {
        line: 1,
        message:
          "times are not kept; the file itself is published unchanged beside the page as events.kml, this included",
        fix: "to keep it off the site, export the file again without it or convert the file to GeoJSON",
      },
    ],
  ])("%j", (warning, expected) => {
    expect(publishedAsIs(warning, "events.kml")).toEqual(expected);
  });
});

describe("convertXmlMapFile: what the warnings call not shown is not kept as a property", () => {
  it.each([
    [
      "gpx" as const,
      '<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><wpt lat="30.5" lon="47.8"><name>Depot</name><sym>Flag</sym><type>base</type><link href="https://intranet.example/p"><text>notes</text></link><extensions><hr>142</hr></extensions></wpt></gpx>',
      { title: "Depot" },
    ],
    [
      "kml" as const,
      '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>Raid</name><ExtendedData><Data name="source"><value>Abu Ali, driver</value></Data><Data name="casualties"><value>3</value></Data></ExtendedData><Point><coordinates>47.8,30.5</coordinates></Point></Placemark></kml>',
      { title: "Raid" },
    ],
  ])("%s", (format, text, properties) => {
    const { collection } = convertXmlMapFile(text, format, `posts/x/a.${format}`, "UTC");
    expect(collection.features.map((feature) => feature.properties)).toEqual([properties]);
  });
});
