import { describe, expect, it } from "vitest";
import { headingSlug, isGeneratedId, reservedIds } from "../../../src/markdown/heading-anchors.ts";
import { createMarkdown } from "../../../src/markdown/index.ts";
import { openStreetMapTiles } from "../../../src/site.ts";
import { writePost } from "../../helpers/post-file.ts";

const md = createMarkdown({ tiles: openStreetMapTiles });
const ids = (markdown: string) =>
  [...md.render(markdown, {}).matchAll(/<h\d id="([^"]*)"/g)].map((match) => match[1]);

describe("heading ids", () => {
  it.each([
    ["## The battle for Basra", ["the-battle-for-basra"]],
    ["## Sadr's forces", ["sadrs-forces"]],
    ["## البصرة", ["البصرة"]],
    ["## مَدِينَة البصرة", ["مدينة-البصرة"]],
    ["## Basra\n\n## Basra\n\n## basra", ["basra", "basra-1", "basra-2"]],
    ["## 🔥", ["section-1f7vzt7"]],
    ["## 🔥\n\n## 🔥", ["section-1f7vzt7", "section-1f7vzt7-1"]],
    ["## Main\n\n## Sources heading", ["main-1", "sources-heading-1"]],
    ["## TOC heading", ["toc-heading-1"]],
    ["## Map basra 31", ["section-map-basra-31"]],
    ["## Map of Basra", ["map-of-basra"]],
    ["## Custom {#the-port}", ["the-port"]],
    ["## 24 March", ["section-24-march"]],
    [
      "## 2008: the year\n\n## 2008: the year",
      ["section-2008-the-year", "section-2008-the-year-1"],
    ],
    ["## ٢٤ آذار", ["section-٢٤-آذار"]],
    ["## Monday 24 March", ["monday-24-march"]],
  ])("%j → %j", (markdown, expected) => {
    expect(ids(markdown)).toEqual(expected);
  });

  it("start afresh for every document, whatever was rendered before with the same env", () => {
    const env = {};
    md.render("## Basra\n", env);
    expect(md.render("## Basra\n", env)).toContain('id="basra"');
  });

  it("give the heading a permalink beside it, named for screen readers by the heading's text", () => {
    expect(md.render("## البصرة\n", {})).toBe(
      [
        '<div class="heading-anchored">',
        '<h2 id="البصرة" tabindex="-1">البصرة</h2>',
        '<a class="header-anchor" href="#البصرة" aria-label="Link to this section: البصرة" data-pagefind-ignore>#</a>',
        "</div>",
        "",
      ].join("\n"),
    );
  });
});

describe("a heading holding links", () => {
  it.each([
    [
      "a link keeps its own link, never nested in the permalink",
      "## [Washington](https://example.com/truce) welcomes the truce",
      '<h2 id="washington-welcomes-the-truce" tabindex="-1"><a href="https://example.com/truce">Washington</a> welcomes the truce</h2>\n<a class="header-anchor" href="#washington-welcomes-the-truce" aria-label="Link to this section: Washington welcomes the truce" data-pagefind-ignore>#</a>',
    ],
    [
      "a footnote reference stays a link of its own, out of the permalink's name",
      "## The port[^1]\n\n[^1]: A note.",
      '<h2 id="the-port" tabindex="-1">The port<sup class="footnote-ref"><a href="#fn-basra-1" id="fnref-basra-1">[1]</a></sup></h2>\n<a class="header-anchor" href="#the-port" aria-label="Link to this section: The port" data-pagefind-ignore>#</a>',
    ],
    [
      "code, quotes and & in the name are escaped",
      '### `<b>` & "quotes" {#tags}',
      '<h3 id="tags" tabindex="-1"><code>&lt;b&gt;</code> &amp; “quotes”</h3>\n<a class="header-anchor" href="#tags" aria-label="Link to this section: &lt;b&gt; &amp; “quotes”" data-pagefind-ignore>#</a>',
    ],
  ])("%s", (_name, markdown, html) => {
    const rendered = md.render(`${markdown}\n`, { page: { fileSlug: "basra" } });
    expect(rendered).toContain(`<div class="heading-anchored">\n${html}\n</div>\n`);
    // No link opens inside another.
    expect(rendered.replace(/<a [^>]*>[^<]*(?:<(?!\/?a[ >])[^>]*>[^<]*)*<\/a>/g, "")).not.toMatch(
      /<a[ >]/,
    );
  });
});

describe("headingSlug and generated ids", () => {
  it("reserves the layouts' ids", () => {
    expect(reservedIds).toEqual([
      "main",
      "sources-heading",
      "by-place",
      "search-heading",
      "toc-heading",
      "footnotes",
    ]);
  });

  it.each([
    ["map-basra-31", true],
    ["map-basra-31-feature-2", true],
    ["video-basra-12", true],
    ["video-basra-12-title", true],
    ["fn-basra-1", true],
    ["fnref-basra-1", true],
    ["map-of-basra", false],
    ["video-games", false],
  ])("isGeneratedId(%j) is %s", (id, generated) => {
    expect(isGeneratedId(id)).toBe(generated);
  });

  it("prefixes a slug shaped like a generated id", () => {
    expect(headingSlug("Video basra 12")).toBe("section-video-basra-12");
  });
});

describe("a heading with no text", () => {
  const problems = (lines: string[]) => {
    const post = writePost(["---", "title: Basra", "date: 2008-03-27", "---", "", ...lines]);
    try {
      md.render(post.body, post.env);
    } catch (error) {
      return (error as Error).message.split("\n").map((line) => line.replace(post.file, "FILE"));
    }
    return [];
  };

  it("stops the build with the file and line of each, attributes alone being no text", () => {
    expect(problems(["## The port", "", "##", "", "### {#the-port}", "", "## &nbsp;"])).toEqual([
      'FILE:8: heading "##" has no text. Fix: write the heading\'s text after ##, e.g. ## The port, or delete the line',
      'FILE:10: heading "###" has no text. Fix: write the heading\'s text after ###, e.g. ### The port, or delete the line',
      'FILE:12: heading "##" has no text. Fix: write the heading\'s text after ##, e.g. ## The port, or delete the line',
    ]);
  });

  it.each([["## `code`"], ["## ![Map of Basra](map.png)"], ["## <span>Port</span>"]])(
    "is not %j",
    (line) => {
      expect(problems([line])).toEqual([]);
    },
  );
});
