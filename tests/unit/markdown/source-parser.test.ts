import { describe, expect, it } from "vitest";
import { sourceParser } from "../../../src/markdown/source-parser.ts";

/** The block tokens of `body` as `type@first-last` lines (0-based, end exclusive). */
const blocks = (body: string): string[] =>
  sourceParser
    .parse(body, {})
    .filter((token) => token.map && token.nesting !== -1)
    .map((token) => `${token.type}@${token.map?.[0]}-${token.map?.[1]}`);

describe("sourceParser", () => {
  it("reads four spaces of indent as text, as Eleventy does, not as code", () => {
    expect(blocks("Text.\n\n    ![Indented](x.png)\n")).toEqual([
      "paragraph_open@0-1",
      "inline@0-1",
      "paragraph_open@2-3",
      "inline@2-3",
    ]);
  });

  it("reads raw HTML as HTML blocks", () => {
    expect(blocks('<figure><img src="a.png"></figure>\n\nText.')).toEqual([
      "html_block@0-1",
      "paragraph_open@2-3",
      "inline@2-3",
    ]);
  });

  it("reads a footnote's image as an image, not a link definition", () => {
    const images = sourceParser
      .parse("Text.[^1]\n\n[^1]: ![Photo](photo.png)\n", {})
      .flatMap((token) => token.children ?? [])
      .filter((child) => child.type === "image")
      .map((image) => image.attrGet("src"));
    expect(images).toEqual(["photo.png"]);
  });

  it("reads a {% map %} line as a token of its own", () => {
    expect(
      sourceParser
        .parse('Text.\n\n{% map "route.geojson" %}\n', {})
        .map((token) => token.type)
        .filter((type) => !type.startsWith("paragraph") && type !== "inline"),
    ).toEqual(["dispatch_map"]);
  });

  it("renders nothing of its own: {{ }} stays text", () => {
    expect(sourceParser.render("{{ title }}")).toBe("<p>{{ title }}</p>\n");
  });
});
