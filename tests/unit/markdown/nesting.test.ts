import { describe, expect, it } from "vitest";
import { ContentError } from "../../../src/errors.ts";
import { createMarkdown } from "../../../src/markdown/index.ts";
import { maxDepth, openContainers } from "../../../src/markdown/nesting.ts";
import { openStreetMapTiles } from "../../../src/site.ts";
import { writePost } from "../../helpers/post-file.ts";

const md = createMarkdown({ tiles: openStreetMapTiles });

/** `n` list items, each inside the one before: `- item 0`, `  - item 1`… */
const lists = (n: number) =>
  Array.from({ length: n }, (_, index) => `${"  ".repeat(index)}- item ${index}`);

/** The message rendering `lines` after a four-line front matter throws, with `FILE` for its path. */
function problem(lines: readonly string[]): string {
  const post = writePost(["---", "title: Basra", "date: 2008-03-27", "---", ...lines]);
  let error: unknown;
  try {
    md.render(post.body, post.env);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).message.replaceAll(post.file, "FILE");
}

const tooDeep = (line: number, depth = 21) =>
  `FILE:${line}: text nested ${depth} levels deep (block quotes, lists and ::: blocks inside each other); Dispatch keeps 20. Fix: nest it at most 20 levels deep: end a quote or list before the next, or write the innermost part as a paragraph of its own`;

describe("text nested past the limit", () => {
  it.each([
    ["21 block quotes", ["Intro.", "", `${">".repeat(21)} The deepest quote.`], 7],
    // markdown-it alone drops everything past its own limit of 100 levels without a word.
    ["101 block quotes", ["Intro.", "", `${"> ".repeat(101)}The deepest quote.`], 7],
    ["21 lists", ["Intro.", "", ...lists(21)], 27],
    ["50 lists", ["Intro.", "", ...lists(50)], 27],
    ["quotes and lists mixed", ["Intro.", "", `${"> - ".repeat(10)}> deep`], 7],
    [
      "::: lang blocks inside each other",
      ["Intro.", "", ...Array.from({ length: 21 }, () => "::: lang ar"), "نص"],
      28,
    ],
  ])("%s stop the build at the first line too deep", (_name, lines, line) => {
    expect(problem(lines)).toBe(tooDeep(line));
  });

  it("keeps text nested exactly as deep as the limit", () => {
    const html = md.render(
      `${">".repeat(maxDepth)} The deepest quote.\n\n${lists(maxDepth).join("\n")}\n`,
      {},
    );
    expect(html.match(/<blockquote>/g)).toHaveLength(20);
    expect(html).toContain("<p>The deepest quote.</p>");
    expect(html.match(/<li>/g)).toHaveLength(20);
    expect(html).toContain("<li>item 19</li>");
  });
});

describe("openContainers", () => {
  it.each([
    ["", 0],
    ["Text\n", 0],
    ["> text\n", 1],
    ["> - text\n", 2],
    ["- a\n  - b\n    > c\n", 3],
  ])("%j is %i deep at its end", (markdown, depth) => {
    const tokens = md.parse(markdown, {});
    // Drop the closing tokens, so that what is counted is what is open at the innermost text.
    const open = tokens.slice(0, tokens.findLastIndex((token) => token.type === "inline") + 1);
    expect(openContainers(markdown === "" ? [] : open)).toBe(depth);
  });
});
