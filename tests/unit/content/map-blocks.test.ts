import { describe, expect, it, vi } from "vitest";
import { checkMapBlocks } from "../../../src/content/map-blocks.ts";

const point =
  '{"type": "Feature", "properties": {"title": "C"}, "geometry": {"type": "Point", "coordinates": [47.81, 30.515]}}';

describe("checkMapBlocks", () => {
  it("reports a geojson block that is never closed, on its opening line", () => {
    expect(
      checkMapBlocks("Intro.\n\n```geojson\n" + point + "\n\nMore prose.\n", 4, "p.md"),
    ).toEqual([
      {
        file: "p.md",
        line: 7,
        message: "the ```geojson block opened on this line is never closed",
        fix: "end it with a line holding only ```",
      },
    ]);
  });

  it("accepts closed blocks in blockquotes and lists, with longer closing fences", () => {
    const body = [
      "> ```geojson",
      `> ${point}`,
      "> ```",
      "",
      "- item",
      "",
      "  ```geojson",
      `  ${point}`,
      "  ````",
      "",
    ].join("\n");
    expect(checkMapBlocks(body, 0, "p.md")).toEqual([]);
  });
});

describe("checkMapBlocks: map ids", () => {
  const collection = (id: string) =>
    `{"type": "FeatureCollection", "id": ${JSON.stringify(id)}, "features": [${point}]}`;
  const fence = (id: string) => "```geojson\n" + collection(id) + "\n```\n";
  it.each<[string, string, { line: number; message: string }[]]>([
    ["two maps with their own ids", fence("port") + "\n" + fence("city"), []],
    [
      "two maps with one id, at the second's line, naming the first",
      fence("port") + "\nText.\n\n" + fence("port"),
      [{ line: 11, message: 'map id "port" is already the id of the map at line 5' }],
    ],
    [
      "an id that begins as another does",
      fence("port") + "\n" + fence("port-north"),
      [
        {
          line: 9,
          message:
            'map id "port-north" and the id "port" of the map at line 5 begin alike: their file names could be the same',
        },
      ],
    ],
    [
      "a bad id, at its line in the block",
      '```geojson\n{\n"type": "FeatureCollection",\n"id": "Port",\n"features": [' +
        point +
        "]\n}\n```\n",
      [
        {
          line: 8,
          message:
            'map option "id" must be 1 to 40 lower-case letters, digits and hyphens, beginning with a letter and ending with a letter or digit, found "Port"',
        },
      ],
    ],
  ])("%s", (_, body, expected) => {
    expect(checkMapBlocks(body, 4, "p.md").map(({ line, message }) => ({ line, message }))).toEqual(
      expected,
    );
  });
});

describe("checkMapBlocks: warnings", () => {
  it("tells each warning to the caller instead of printing it", () => {
    const printed = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const warnings: unknown[] = [];
    const styled = point.replace('"title": "C"', '"title": "C", "colour": "red"');
    try {
      expect(
        checkMapBlocks("```geojson\n" + styled + "\n```\n", 3, "p.md", ".", (warning) =>
          warnings.push(warning),
        ),
      ).toEqual([]);
      expect(printed).not.toHaveBeenCalled();
    } finally {
      printed.mockRestore();
    }
    expect(warnings).toHaveLength(1);
    // The line of the misspelt key, the block's first line of JSON.
    expect(warnings[0]).toMatchObject({ file: "p.md", line: 5 });
  });
});

describe("checkMapBlocks: simplestyle marker-size and marker-symbol", () => {
  const block = (properties: string) =>
    [
      "```geojson",
      '{"type": "Feature",',
      ` "properties": {"title": "Depot", ${properties}},`,
      ' "geometry": {"type": "Point", "coordinates": [47.81, 30.515]}}',
      "```",
      "",
    ].join("\n");

  it.each([
    [
      '"marker-size": "huge"',
      '"marker-size" must be "small", "medium" or "large", found "huge"',
      'write "small", "medium" (the default) or "large", in quotes',
    ],
    [
      '"marker-symbol": 7',
      '"marker-symbol" must be text: a Maki icon name or one letter or digit, found 7',
      'put it in quotes: "marker-symbol": "7"',
    ],
  ])("stops the build for %s, naming the file, the line and the fix", (property, what, fix) => {
    expect(checkMapBlocks(block(property), 4, "posts/depot/index.md")).toEqual([
      {
        file: "posts/depot/index.md",
        line: 7,
        message: `map feature 1 ("Depot"): ${what}`,
        fix,
      },
    ]);
  });

  it("warns of an unknown Maki name on the line of the feature's marker-symbol, with the nearest name", () => {
    const warnings: unknown[] = [];
    const problems = checkMapBlocks(
      block('"marker-symbol": "fual"'),
      4,
      "posts/depot/index.md",
      ".",
      (warning) => warnings.push(warning),
    );
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      {
        file: "posts/depot/index.md",
        line: 7,
        message:
          'map feature 1 ("Depot"): "marker-symbol" "fual" is not a Maki icon name, so the pin is drawn without an icon',
        fix: 'did you mean "fuel"? Maki\'s icons: https://labs.mapbox.com/maki-icons/',
      },
    ]);
  });
});

describe("checkMapBlocks: the post's location", () => {
  const block = (...coordinates: [number, number][]) =>
    [
      "```geojson",
      '{"type": "FeatureCollection", "features": [',
      coordinates
        .map(
          (position, index) =>
            `{"type": "Feature", "properties": {"title": "F${index + 1}"},\n"geometry": {"type": "Point", "coordinates": ${JSON.stringify(position)}}}`,
        )
        .join(",\n"),
      "]}",
      "```",
      "",
    ].join("\n");
  const basra = { name: "Basra", coordinates: [47.81, 30.515] as [number, number], line: 4 };
  const swapped = { ...basra, coordinates: [30.515, 47.81] as [number, number] };

  it.each([
    ["a map near the location", basra, block([47.83, 30.53]), []],
    ["a map with no location to check against", undefined, block([30.53, 47.83]), []],
    [
      "a lone swapped feature, at its coordinates' line",
      basra,
      block([30.53, 47.83]),
      [["p.md", 14, 'map feature 1 ("F1"): position [30.53, 47.83] looks like']],
    ],
    [
      "a swapped location, once for two maps that both disagree with it",
      swapped,
      block([47.83, 30.53], [47.79, 30.52]) + "\n" + block([47.7, 30.4], [47.75, 30.45]),
      [["p.md", 4, 'front matter field "location.coordinates": [30.515, 47.81] looks like']],
    ],
  ])("%s", (_name, location, body, expected) => {
    const problems = checkMapBlocks(body, 10, "p.md", ".", () => undefined, location);
    expect(
      problems.map((problem) => [
        problem.file,
        problem.line,
        problem.message.slice(0, String(expected[0]?.[2] ?? "").length),
      ]),
    ).toEqual(expected);
  });
});
