import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../../../src/content/front-matter/read.ts";
import { checkPostData } from "../../../../src/content/front-matter/check.ts";

const file = "posts/x/index.md";

describe("---json front matter", () => {
  it("names the line of a syntax error, not line 1", () => {
    const source = [
      "---json",
      "{",
      '  "title": "T",',
      '  "date": "2008-03-27",',
      "}",
      "---",
      "",
    ].join("\n");
    expect(readFrontMatter(source, file).problems).toEqual([
      {
        file,
        line: 5,
        message:
          "front matter is not valid JSON: expected a property name in double quotes (no comma after the last property)",
        fix: "---json front matter is strict JSON: names and strings in double quotes, commas between items and none after the last",
      },
    ]);
  });

  it("names the line of each field that breaks the contract, as for YAML", () => {
    const source = [
      "---json",
      "{",
      '  "title": 1984,',
      '  "date": "2008-03-27",',
      '  "tags": "Iraq, Basra"',
      "}",
      "---",
      "",
    ].join("\n");
    expect(checkPostData(readFrontMatter(source, file), file)).toEqual([
      {
        file,
        line: 3,
        message: 'front matter field "title": expected text, found the number 1984',
        fix: 'put the value in double quotes so it is text: "title": "1984"',
      },
      {
        file,
        line: 5,
        message: 'front matter field "tags": expected a list, found the text "Iraq, Basra"',
        fix: 'write tags as a list: "tags": ["Iraq", "Basra"]',
      },
    ]);
  });
});
