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
    expect(warnings[0]).toMatchObject({ file: "p.md", line: 4 });
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

  it("warns of an unknown Maki name on the block's line, with the nearest name", () => {
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
        line: 5,
        message:
          'map feature 1 ("Depot"): "marker-symbol" "fual" is not a Maki icon name, so the pin is drawn without an icon',
        fix: 'did you mean "fuel"? Maki\'s icons: https://labs.mapbox.com/maki-icons/',
      },
    ]);
  });
});
