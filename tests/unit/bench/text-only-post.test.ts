import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { textOnlySource, withoutMaps } from "../../../bench/text-only-post.ts";
import { projectRoot } from "../../helpers/build-site.ts";

describe("withoutMaps", () => {
  it.each([
    [
      "a geojson fence and the blank line after it",
      'Before.\n\n```geojson\n{"type": "FeatureCollection"}\n```\n\nAfter.\n',
      "Before.\n\nAfter.\n",
    ],
    [
      "a map tag line",
      'Before.\n\n{% map "route.gpx" caption="x" %}\n\nAfter.\n',
      "Before.\n\nAfter.\n",
    ],
    [
      "a paragraph about the map",
      "Before.\n\nThe map steps through the days.\n\nAfter.\n",
      "Before.\n\nAfter.\n",
    ],
    ["a text fence, kept", "```text\nThe map\n```\n", "```text\nThe map\n```\n"],
  ])("removes %s", (_, markdown, expected) => {
    expect(withoutMaps(markdown)).toBe(expected);
  });

  it("leaves the real timeline post with its words and without a map", () => {
    const source = readFileSync(
      path.join(projectRoot, "posts", textOnlySource, "index.md"),
      "utf8",
    );
    const text = withoutMaps(source);
    expect(source).toContain("```geojson");
    expect(text).not.toContain("```geojson");
    expect(text).not.toContain('"FeatureCollection"');
    expect(text).toContain("## Thursday 27 March");
    expect(text.startsWith("---\ntitle:")).toBe(true);
  });
});
