import { describe, expect, it } from "vitest";
import { ContentError } from "../../../src/errors.ts";
import { createMarkdown } from "../../../src/markdown/index.ts";
import { openStreetMapTiles } from "../../../src/site.ts";
import { writePost } from "../../helpers/post-file.ts";

const md = createMarkdown({ tiles: openStreetMapTiles });
const fix = "delete it; it is invisible, and feeds and maps cannot carry it";

/** The lines of the ContentError rendering `lines` (after a front matter of 4 lines) throws. */
function problemLines(...lines: string[]): { file: string; problems: string[] } {
  const post = writePost(["---", "title: Basra", "date: 2008-03-27", "---", ...lines]);
  let error: unknown;
  try {
    md.render(post.body, post.env);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ContentError);
  return { file: post.file, problems: (error as ContentError).message.split("\n") };
}

describe("control characters in a post's body", () => {
  it("stop the build with the file line and column of each, wherever they are", () => {
    const { file, problems } = problemLines(
      "The port\u0008 reopened.",
      "",
      "## Basra\u007F",
      "",
      "- a list \u0085item",
      "",
      '{% map "route.gpx" caption="The road\u0001" %}',
      "",
      "```geojson",
      '{"type": "Feature", "properties": {"title": "\u001BCentre"}}',
      "```",
      "",
      "[a link](https://example.com/\u0002)\uFFFF",
    );
    expect(problems).toEqual([
      `${file}:5: the text holds a control character (U+0008) at column 9. Fix: ${fix}`,
      `${file}:7: the text holds a control character (U+007F) at column 9. Fix: ${fix}`,
      `${file}:9: the text holds a control character (U+0085) at column 10. Fix: ${fix}`,
      `${file}:11: the text holds a control character (U+0001) at column 37. Fix: ${fix}`,
      `${file}:14: the text holds a control character (U+001B) at column 46. Fix: ${fix}`,
      `${file}:17: the text holds a control character (U+0002) at column 30. Fix: ${fix}`,
      `${file}:17: the text holds a noncharacter (U+FFFF) at column 32. Fix: delete it; it is not text, and feeds and maps cannot carry it`,
    ]);
  });

  it("keep tabs, line ends and entities markdown-it replaces itself", () => {
    expect(md.render("a\tb\r\nc &#8; &#x7f;\n", {})).toBe("<p>a\tb\nc \uFFFD \uFFFD</p>\n");
  });
});
