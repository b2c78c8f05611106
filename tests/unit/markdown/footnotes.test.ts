import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { footnoteDocId } from "../../../src/markdown/footnotes.ts";
import { createMarkdown } from "../../../src/markdown/index.ts";
import { openStreetMapTiles } from "../../../src/site.ts";
import { writePost } from "../../helpers/post-file.ts";

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

describe("a footnote cited twice", () => {
  it("has one number and a valid id for each citation, each linked back", () => {
    const html = md.render("A[^a] b[^a].\n\n[^a]: One.\n", env("basra"));
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const refs = [...document.querySelectorAll("sup.footnote-ref a")].map((a) => [
      a.id,
      a.getAttribute("href"),
      a.textContent,
    ]);
    expect(refs).toEqual([
      ["fnref-basra-1", "#fn-basra-1", "[1]"],
      ["fnref-basra-1_2", "#fn-basra-1", "[1]"],
    ]);
    const backrefs = [...document.querySelectorAll("a.footnote-backref")].map((a) =>
      a.getAttribute("href"),
    );
    expect(backrefs).toEqual(["#fnref-basra-1", "#fnref-basra-1_2"]);
    // html-validate's valid-id: letters, digits, dash and underscore only.
    for (const [id] of refs) expect(id).toMatch(/^[\p{L}\p{N}_-]+$/u);
  });
});

describe("footnote mistakes", () => {
  const mistakes = (lines: string[]) => {
    const post = writePost(["---", "title: Basra", "date: 2008-03-27", "---", "", ...lines]);
    try {
      md.render(post.body, post.env);
    } catch (error) {
      return (error as Error).message.split("\n").map((line) => line.replace(post.file, "FILE"));
    }
    return [];
  };

  it("report a reference with no note, a label written twice and a note never cited, each with its file line", () => {
    expect(
      mistakes([
        "A[^a] and [^missing].",
        "",
        "[^a]: One.",
        "",
        "[^a]: Again.",
        "",
        "[^unused]: Never cited.",
      ]),
    ).toEqual([
      'FILE:6: footnote reference [^missing] has no note, so readers would see "[^missing]". Fix: write the note on a line of its own: [^missing]: what the note says',
      "FILE:10: footnote [^a] is written twice (first on line 8); only the last would be shown. Fix: keep one [^a]: note, or give the other note its own label",
      "FILE:12: footnote [^unused] is never cited in the text, so it would not be shown. Fix: cite it where it belongs with [^unused], or delete the note",
    ]);
  });

  it.each([
    ["in inline code", ["Write `[^1]` for a footnote."]],
    ["escaped", ["The regex \\[^abc] matches."]],
    ["in a code block", ["```", "[^1]", "```"]],
    ["cited from another note", ["A[^a].", "", "[^a]: See[^b].", "", "[^b]: B."]],
  ])("accept [^…] %s", (_case, lines) => {
    expect(mistakes(lines)).toEqual([]);
  });
});
