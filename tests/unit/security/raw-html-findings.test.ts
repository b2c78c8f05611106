import { describe, expect, it } from "vitest";
import { rawHtmlFindings, type RawHtmlPiece } from "../../../src/security/raw-html-findings.ts";

/** Each finding as `line: what`. */
const found = (pieces: RawHtmlPiece[]): string[] =>
  rawHtmlFindings(pieces).map(({ line, what }) => `${line}: ${what}`);

const block = (html: string, line: number): RawHtmlPiece => ({ html, line, block: true });
const tag = (html: string, line: number): RawHtmlPiece => ({ html, line, block: false });

describe("rawHtmlFindings", () => {
  it.each([
    ["a script in a block", [block("<div>\n<script>x</script>\n</div>", 5)], ["6: <script>"]],
    [
      "a handler on the attribute's own line",
      [block('<img\n  src="a.png"\n  onerror="x">', 3)],
      ["5: event handler onerror= on <img>"],
    ],
    [
      "a javascript: link split over inline tags",
      [tag('<a href="javascript:x">', 7), tag("</a>", 7)],
      ["7: javascript: URL in href= on <a>"],
    ],
    [
      "an element in <noscript>, read as browsers read it",
      [block("<noscript><iframe src=x></iframe></noscript>", 2)],
      ["2: <noscript>"],
    ],
    [
      "a prefixed attribute inside <svg>",
      [block('<svg><a xlink:href="javascript:x">y</a></svg>', 4)],
      ["4: javascript: URL in xlink:href= on <a>"],
    ],
    [
      "a block that ends inside a tag",
      [block('Text\n<img src=x title="', 9)],
      ['10: a tag that is never closed (<img src=x title=")'],
    ],
    [
      "findings of several pieces, in line order",
      [block("<style>p{}</style>", 12), tag('<iframe srcdoc="x">', 3)],
      ["3: <iframe>", "3: srcdoc= on <iframe>", "12: <style>"],
    ],
  ])("finds %s", (_, pieces, expected) => {
    expect(found(pieces)).toEqual(expected);
  });

  it.each([
    ["harmless markup", [block('<figure><img src="a.png" alt="A"></figure>', 1)]],
    ["a comment", [block("<!-- <script>x</script> -->", 1)]],
    ["text that names a handler", [tag('<abbr title="onerror= is a handler">', 1)]],
    ["one tag cut where markdown-it cuts it", [tag('<img src="a.png"', 1)]],
    ["no HTML", []],
  ])("finds nothing in %s", (_, pieces) => {
    expect(found(pieces)).toEqual([]);
  });

  it("gives each finding why and the fix", () => {
    expect(rawHtmlFindings([block('<img src="a.png" onerror="x">', 1)])).toEqual([
      {
        line: 1,
        what: "event handler onerror= on <img>",
        why: "which would run on the page",
        fix: "delete the attribute",
      },
    ]);
  });
});
