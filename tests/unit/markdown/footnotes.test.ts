import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { footnoteDocId } from "../../../src/markdown/footnotes.ts";
import { createMarkdown } from "../../../src/markdown/index.ts";
import { openStreetMapTiles } from "../../../src/site.ts";

const md = createMarkdown({ tiles: openStreetMapTiles });
const env = (slug: string) => ({
  page: { inputPath: `./posts/${slug}/index.md`, fileSlug: slug },
});
const post =
  "Militias held the port[^port] and the oil terminal[^oil].\n\n[^port]: Umm Qasr.\n\n[^oil]: Al-Basra Oil Terminal.\n";

describe("footnoteDocId", () => {
  it.each([
    [{ docId: "given" }, "given"],
    [env("continuing-battle-for-the-south-basra"), "continuing-battle-for-the-south-basra"],
    [{ page: { fileSlug: "البصرة" } }, "البصرة"],
    [{ page: { inputPath: "./pages/About Us.md" } }, "pages-about-us"],
    [{}, undefined],
    [undefined, undefined],
  ])("%j → %j", (input, id) => {
    expect(footnoteDocId(input)).toBe(id);
  });
});

describe("footnotes", () => {
  it("carry the post's slug in their ids and links", () => {
    expect(md.render("Text[^1].\n\n[^1]: Note.\n", env("basra"))).toBe(
      '<p>Text<sup class="footnote-ref"><a href="#fn-basra-1" id="fnref-basra-1">[1]</a></sup>.</p>\n' +
        '<hr class="footnotes-sep">\n<section class="footnotes">\n<ol class="footnotes-list">\n' +
        '<li id="fn-basra-1" class="footnote-item"><p>Note. <a href="#fnref-basra-1" class="footnote-backref">↩︎</a></p>\n</li>\n</ol>\n</section>\n',
    );
  });

  it("stay unique when two posts' content shares one page, and every footnote link resolves", () => {
    const page = md.render(post, env("basra")) + md.render(post, env("basra-timeline"));
    const { document } = parseHTML(`<!doctype html><html><body>${page}</body></html>`);
    const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
    expect(ids).toEqual([
      "fnref-basra-1",
      "fnref-basra-2",
      "fn-basra-1",
      "fn-basra-2",
      "fnref-basra-timeline-1",
      "fnref-basra-timeline-2",
      "fn-basra-timeline-1",
      "fn-basra-timeline-2",
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    const targets = [...document.querySelectorAll('a[href^="#"]')].map((a) =>
      a.getAttribute("href")!.slice(1),
    );
    expect(targets).toHaveLength(8);
    for (const target of targets) expect(ids).toContain(target);
  });
});
