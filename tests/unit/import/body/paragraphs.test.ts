import { describe, expect, it } from "vitest";
import { autoParagraphs } from "../../../../src/import/body/paragraphs.ts";

describe("paragraphs of the classic editor (wpautop)", () => {
  it.each([
    ["text between blank lines is a paragraph", "One.\n\nTwo.", "<p>One.</p>\n<p>Two.</p>"],
    ["a single line break is a <br>", "One\ntwo", "<p>One<br>\ntwo</p>"],
    [
      "a chunk starting with a block element is left",
      "<h2>Head</h2>\n\nText",
      "<h2>Head</h2>\n<p>Text</p>",
    ],
    [
      "a <pre> is kept byte for byte, its blank lines too",
      "Before\n\n<pre>a\n\n  b</pre>\n\nAfter",
      "<p>Before</p>\n<pre>a\n\n  b</pre>\n<p>After</p>",
    ],
    [
      "a table is one block, even with a blank line in a cell",
      "<table><tr><td>a\n\nb</td></tr></table>",
      "<table><tr><td>a\n\nb</td></tr></table>",
    ],
  ])("%s", (_what, html, paragraphs) => {
    expect(autoParagraphs(html)).toBe(paragraphs);
  });
});
