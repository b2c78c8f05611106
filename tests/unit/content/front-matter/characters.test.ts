import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../../../src/content/front-matter/read.ts";
import { checkPostData } from "../../../../src/content/front-matter/check.ts";
import type { ContentProblem } from "../../../../src/errors.ts";

const file = "posts/basra/index.md";
const fix = "delete it; it is invisible, and feeds and maps cannot carry it";

/** Problems of a post whose front matter is `lines` (file line 2 onwards). */
function check(...lines: string[]): ContentProblem[] {
  const source = ["---", ...lines, "---", "Body", ""].join("\n");
  return checkPostData(readFrontMatter(source, file), file);
}

describe("control characters in front matter", () => {
  it.each([
    [
      "title: Basra's por\u0008t",
      2,
      'front matter field "title" holds a control character (U+0008) at character 12',
    ],
    // Written as a YAML escape, the character is the same once read.
    [
      'title: "Basra\\b"',
      2,
      'front matter field "title" holds a control character (U+0008) at character 6',
    ],
    [
      "summary: The port \u001B reopened",
      2,
      'front matter field "summary" holds a control character (U+001B) at character 10',
    ],
    [
      "author: Ann\u007F",
      2,
      'front matter field "author" holds a control character (U+007F) at character 4',
    ],
    [
      "dateline: BASRA\u0085",
      2,
      'front matter field "dateline" holds a control character (U+0085) at character 6',
    ],
    [
      "series: Bas\uFFFEra",
      2,
      'front matter field "series" holds a noncharacter (U+FFFE) at character 4',
    ],
    [
      'subtitle: "\\uD800"',
      2,
      'front matter field "subtitle" holds a lone surrogate (U+D800) at character 1',
    ],
  ])("%j", (line, at, message) => {
    expect(
      check(line, "date: 2008-03-27", ...(line.startsWith("title") ? [] : ["title: Basra"])),
    ).toEqual([
      {
        file,
        line: at,
        message,
        fix: message.includes("control character")
          ? fix
          : "delete it; it is not text, and feeds and maps cannot carry it",
      },
    ]);
  });

  it("finds them in lists and nested fields, each on its own line", () => {
    expect(
      check(
        "title: Basra",
        "date: 2008-03-27",
        "tags:",
        "  - Iraq",
        "  - Bas\u0007ra",
        "location:",
        "  name: Bas\u0008ra",
        "  coordinates: [47.81, 30.515]",
        "image:",
        "  src: port.jpg",
        "  alt: The port\u0008",
        "citations:",
        "  - title: Fine",
        "    publisher: The Times",
        "  - title: The Times\u0001",
        "    publisher: The Times",
        "corrections:",
        "  - date: 2008-03-28",
        "    text: The \u0002port",
      ),
    ).toEqual(
      [
        [6, "tags.2", "U+0007", 4],
        [8, "location.name", "U+0008", 4],
        [12, "image.alt", "U+0008", 9],
        [16, "citations.2.title", "U+0001", 10],
        [20, "corrections.1.text", "U+0002", 5],
      ].map(([line, field, name, at]) => ({
        file,
        line,
        message: `front matter field "${field}" holds a control character (${name}) at character ${at}`,
        fix,
      })),
    );
  });

  it("accepts tabs, line breaks and every printable character", () => {
    expect(
      check('title: "Basra\\tport"', "date: 2008-03-27", "summary: |", "  Two\r", "  lines 🇮🇶 ا"),
    ).toEqual([]);
  });
});
