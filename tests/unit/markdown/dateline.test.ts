import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { datelinePlugin } from "../../../src/markdown/dateline.ts";
import { inlineMarkdown } from "../../../src/markdown/plugin.ts";

const md = new MarkdownIt({ html: true }).use(datelinePlugin);

describe("datelinePlugin", () => {
  it.each([
    [
      "First paragraph.\n\nSecond.",
      "BASRA, Iraq",
      '<p><span data-pagefind-ignore><span class="dateline">BASRA, Iraq</span> — </span>First paragraph.</p>\n<p>Second.</p>\n',
    ],
    [
      "## Heading\n\n> quoted\n\nFirst *real* paragraph.",
      "BAGHDAD",
      '<h2>Heading</h2>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n<p><span data-pagefind-ignore><span class="dateline">BAGHDAD</span> — </span>First <em>real</em> paragraph.</p>\n',
    ],
    [
      "Text.",
      'A <b>"bold"</b> & place',
      '<p><span data-pagefind-ignore><span class="dateline">A &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &amp; place</span> — </span>Text.</p>\n',
    ],
    ["Text.", "   ", "<p>Text.</p>\n"],
    ["- a list only", "BASRA", "<ul>\n<li>a list only</li>\n</ul>\n"],
  ])("%j with dateline %j", (source, dateline, html) => {
    expect(md.render(source, { dateline })).toBe(html);
  });

  it("does nothing without a dateline", () => {
    expect(md.render("Text.", {})).toBe("<p>Text.</p>\n");
  });
});

describe("inlineMarkdown", () => {
  it("renders emphasis and links without a paragraph, and shows raw HTML as text", () => {
    expect(inlineMarkdown("It is *south* of [Basra](https://example.org/)")).toBe(
      'It is <em>south</em> of <a href="https://example.org/">Basra</a>',
    );
    expect(inlineMarkdown("<script>alert(1)</script>")).toBe(
      "&lt;script&gt;alert(1)&lt;/script&gt;",
    );
  });
});
