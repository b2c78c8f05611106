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
