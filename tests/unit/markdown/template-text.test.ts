import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../../src/markdown/index.ts";
import { openStreetMapTiles } from "../../../src/site.ts";

const md = createMarkdown({ tiles: openStreetMapTiles });

describe("{{ }} and {% %} in a post's prose (README: Writing a post)", () => {
  it("is shown as text with the prose's smart typography, never run", () => {
    expect(md.render('See {% map "../x" %} and {{ page.url }}...')).toBe(
      "<p>See {% map “…/x” %} and {{ page.url }}…</p>\n",
    );
  });

  it("is shown exactly in backticks", () => {
    expect(md.render('See `{% map "../x" %}`.')).toBe(
      "<p>See <code>{% map &quot;../x&quot; %}</code>.</p>\n",
    );
  });
});

describe("text indented by four spaces", () => {
  it("is a paragraph, as Eleventy renders it (indented code is off), not a code block", () => {
    expect(md.render("Before.\n\n    Indented text\n\nAfter.")).toBe(
      "<p>Before.</p>\n<p>Indented text</p>\n<p>After.</p>\n",
    );
  });
});
