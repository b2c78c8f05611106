import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseMapTag, readMapTag } from "../../../src/markdown/map-tag.ts";

const root = mkdtempSync(path.join(tmpdir(), "dispatch-tag-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(path.join(root, "posts/basra"), { recursive: true });
writeFileSync(
  path.join(root, "posts/basra/centre.geojson"),
  '{"type": "FeatureCollection", "caption": "From the file",\n"features": [{"type": "Feature", "properties": {"title": "Centre"},\n"geometry": {"type": "Point", "coordinates": [47.81, 300]}}]}',
);
writeFileSync(
  path.join(root, "posts/basra/good.geojson"),
  '{"type": "Feature", "properties": {"title": "Centre"}, "geometry": {"type": "Point", "coordinates": [47.81, 30.515]}}',
);
writeFileSync(
  path.join(root, "posts/basra/broken.kml"),
  "<kml>\n<Document>\n<name>x</nme>\n</Document>\n</kml>",
);

describe("parseMapTag", () => {
  it.each([
    ['{% map "route.gpx" %}', { file: "route.gpx", attributes: {} }],
    [
      '  {%map "a.kml" caption="The road, north" height=320 center="47.75,30.45" %}  ',
      {
        file: "a.kml",
        attributes: { caption: "The road, north", height: "320", center: "47.75,30.45" },
      },
    ],
    ["{% map route.gpx %}", undefined],
    ['{% include "x" %}', undefined],
  ])("%s", (line, tag) => {
    expect(parseMapTag(line)).toEqual(tag);
  });
});

describe("readMapTag", () => {
  const read = (line: string) => readMapTag(parseMapTag(line)!, "posts/basra/index.md", 12, root);

  it("reads a GeoJSON file with the tag's options over the file's", () => {
    const result = read(
      '{% map "good.geojson" caption="From the tag" zoom=11 center="47.81,30.515" %}',
    );
    expect(result.ok && result.options).toEqual({
      caption: "From the tag",
      zoom: 11,
      center: [47.81, 30.515],
    });
  });

  it.each([
    [
      '{% map "centre.geojson" %}',
      {
        file: "posts/basra/centre.geojson",
        line: 3,
        message:
          'map feature 1 ("Centre"): position [47.81, 300] has latitude 300 outside [-90, 90]',
      },
    ],
    [
      '{% map "missing.kml" %}',
      {
        file: "posts/basra/index.md",
        line: 12,
        message: 'map file "missing.kml" does not exist in posts/basra/',
      },
    ],
    [
      '{% map "../other/secret.geojson" %}',
      {
        file: "posts/basra/index.md",
        line: 12,
        message: 'map file "../other/secret.geojson" is outside the post\'s folder',
      },
    ],
    [
      '{% map "photo.png" %}',
      {
        file: "posts/basra/index.md",
        line: 12,
        message: 'map file "photo.png" is not GeoJSON, KML or GPX',
      },
    ],
    [
      '{% map "good.geojson" height=tall %}',
      {
        file: "posts/basra/index.md",
        line: 12,
        message:
          '{% map "good.geojson" %}: map option "height" must be a number of pixels from 200 to 1000, found "tall"',
      },
    ],
  ])("reports %s", (line, expected) => {
    const result = read(line);
    expect(result.ok).toBe(false);
    expect(
      !result.ok &&
        result.problems.map(({ file, line: at, message }) => ({ file, line: at, message })),
    ).toEqual([expected]);
  });

  it("reports a line that starts like a map tag but cannot be read", () => {
    const result = readMapTag(
      { invalid: '{% map "a.kml" caption= %}' },
      "posts/basra/index.md",
      9,
      root,
    );
    expect(!result.ok && result.problems[0]).toEqual({
      file: "posts/basra/index.md",
      line: 9,
      message: 'this {% map %} tag cannot be read: {% map "a.kml" caption= %}',
      fix: 'write it on a line of its own as {% map "file.kml" caption="…" height=480 %}, with attribute values in double quotes (no " inside them)',
    });
  });

  it("reports an unknown attribute with the nearest known one", () => {
    const result = read('{% map "good.geojson" captoin="x" %}');
    expect(!result.ok && result.problems.map((p) => [p.message, p.fix])).toEqual([
      [
        '{% map "good.geojson" %}: unknown attribute captoin=',
        "the attributes are caption, credit, height, zoom, center, bounds, steps, id; did you mean caption=?",
      ],
    ]);
  });

  it.each<[string, string | undefined, [string, string][]]>([
    ['id="eight-days"', "eight-days", []],
    [
      'id="Eight Days"',
      undefined,
      [
        [
          '{% map "good.geojson" %}: map option "id" must be 1 to 40 lower-case letters, digits and hyphens, beginning with a letter and ending with a letter or digit, found "Eight Days"',
          'write e.g. id="eight-days"',
        ],
      ],
    ],
  ])(
    "reads the attribute %s as the map's id, with a fix in tag syntax",
    (attribute, id, problems) => {
      const result = read(`{% map "good.geojson" ${attribute} %}`);
      expect(result.ok ? result.options.id : undefined).toBe(id);
      expect(result.ok ? [] : result.problems.map((p) => [p.message, p.fix])).toEqual(problems);
    },
  );

  it("reports malformed KML at the file", () => {
    const result = read('{% map "broken.kml" %}');
    expect(!result.ok && result.problems[0]?.file).toBe("posts/basra/broken.kml");
    expect(!result.ok && result.problems[0]?.message).toBe(
      'KML file is not well-formed XML: Opening and ending tag mismatch: "name" != "nme"',
    );
    expect(!result.ok && result.problems[0]?.line).toBe(3);
  });
});

describe("readMapTag: control characters in a map file", () => {
  writeFileSync(
    path.join(root, "posts/basra/raw.gpx"),
    '<?xml version="1.0"?>\n<gpx version="1.1" creator="x" xmlns="http://www.topografix.com/GPX/1/1">\n<wpt lat="30.5" lon="47.8"><name>Bas\u0008ra</name></wpt>\n</gpx>',
  );
  writeFileSync(
    path.join(root, "posts/basra/escaped.kml"),
    '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Bas&#8;ra</name><Point><coordinates>47.8,30.5</coordinates></Point></Placemark></Document></kml>',
  );
  writeFileSync(
    path.join(root, "posts/basra/escaped.geojson"),
    '{"type": "FeatureCollection",\n"caption": "Basra\\u0007",\n"features": [{"type": "Feature", "properties": {"title": "Centre"}, "geometry": {"type": "Point", "coordinates": [47.81, 30.515]}}]}',
  );
  const fix = "delete it; it is invisible, and feeds and maps cannot carry it";

  it.each([
    [
      '{% map "raw.gpx" %}',
      {
        file: "posts/basra/raw.gpx",
        line: 3,
        message: "map file holds a control character (U+0008) at column 37",
        fix,
      },
    ],
    [
      '{% map "escaped.kml" %}',
      {
        file: "posts/basra/index.md",
        line: 12,
        message:
          'in escaped.kml: map data value "features.0.properties.title" holds a control character (U+0008) at character 4',
        fix,
      },
    ],
    [
      '{% map "escaped.geojson" %}',
      {
        file: "posts/basra/escaped.geojson",
        line: 2,
        message: 'map data value "caption" holds a control character (U+0007) at character 6',
        fix,
      },
    ],
  ])("reports %s", (line, expected) => {
    const result = readMapTag(parseMapTag(line)!, "posts/basra/index.md", 12, root);
    expect(!result.ok && result.problems).toEqual([expected]);
  });
});

describe("readMapTag: a KML or GPX file's times and what the map leaves out of it", () => {
  const gpx = (points: string) =>
    `<?xml version="1.0"?>\n<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">\n${points}\n</gpx>`;
  writeFileSync(
    path.join(root, "posts/basra/long.gpx"),
    gpx(
      '<wpt lat="30.5" lon="47.8"><name>Start</name><time>2008-03-01T08:00:00Z</time></wpt>\n<wpt lat="30.6" lon="47.9"><name>End</name><time>2008-05-01T08:00:00Z</time></wpt>',
    ),
  );
  writeFileSync(
    path.join(root, "posts/basra/device.gpx"),
    gpx(
      '<wpt lat="30.5" lon="47.8"><name>Depot</name>\n<extensions><hr>142</hr></extensions></wpt>',
    ),
  );
  writeFileSync(
    path.join(root, "posts/basra/clean.gpx"),
    gpx('<wpt lat="30.5" lon="47.8"><name>Depot</name></wpt>'),
  );
  const read = (line: string) => readMapTag(parseMapTag(line)!, "posts/basra/index.md", 12, root);

  it("stops the build when the tag's steps make no timeline, at the tag, with a fix a tag can follow", () => {
    expect(read('{% map "long.gpx" steps="days" %}')).toEqual({
      ok: false,
      problems: [
        {
          file: "posts/basra/index.md",
          line: 12,
          message:
            '{% map "long.gpx" steps="days" %}: the map\'s dated features run from 2008-03-01 to 2008-05-01, 62 days: more than the 31 steps a map may have',
          fix: 'write the steps as dates or intervals separated by commas, at most 31, e.g. steps="2008-03-01/2008-03-31,2008-04-01/2008-04-30", or leave steps out to draw the map undated; for steps with labels, convert the file to GeoJSON and write "steps" in it',
        },
      ],
    });
  });

  it("reads steps separated by commas in the tag, and keeps the file's times", () => {
    const result = read(
      '{% map "long.gpx" steps="2008-03-01/2008-03-31, 2008-04-01/2008-05-01" %}',
    );
    expect(result.ok && result.options.steps).toEqual([
      "2008-03-01/2008-03-31",
      "2008-04-01/2008-05-01",
    ]);
    expect(result.ok && result.collection.features.map((f) => f.properties?.when)).toEqual([
      "2008-03-01T08:00:00Z",
      "2008-05-01T08:00:00Z",
    ]);
  });

  it.each([
    [
      '{% map "long.gpx" %}',
      1,
      /^the times in this file are not kept as the features' "when" \(.*\), so the map is not dated; the file itself is published unchanged beside the page as long\.gpx, this included$/,
      /; to keep it off the site, export the file again without it or convert the file to GeoJSON$/,
      [undefined, undefined],
    ],
    [
      '{% map "device.gpx" %}',
      4,
      /^GPX <extensions> are not shown on the map: device data such as heart rate or speed, colours of other applications; the file itself is published unchanged beside the page as device\.gpx, this included$/,
      /^put what readers need in the <name> or <desc> of the waypoint or track; to keep it off the site, export the file again without it or convert the file to GeoJSON$/,
      [undefined],
    ],
  ])(
    "%s: each warning says the file is published unchanged, and the file is not linked",
    (line, warningLine, message, fix, whens) => {
      const result = read(line);
      if (!result.ok) throw new Error("expected a map");
      expect(result.warnings?.map((warning) => warning.line)).toEqual([warningLine]);
      expect(result.warnings?.[0]?.message).toMatch(message);
      expect(result.warnings?.[0]?.fix).toMatch(fix);
      expect(result.hidesData).toBe(true);
      expect(result.collection.features.map((f) => f.properties?.when)).toEqual(whens);
    },
  );

  it("a file whose every element the map shows has no warning and may be linked", () => {
    const result = read('{% map "clean.gpx" %}');
    expect(result.ok && [result.warnings, result.hidesData]).toEqual([[], undefined]);
  });
});
