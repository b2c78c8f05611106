import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../../../src/content/front-matter/read.ts";
import { checkPostData } from "../../../../src/content/front-matter/check.ts";
import { pastMonthEnd } from "../../../../src/content/front-matter/fixes.ts";
import { type ContentProblem } from "../../../../src/errors.ts";

const file = "posts/x/index.md";

/** Problems of a post whose front matter is `lines` (file line 2 onwards). */
function check(...lines: string[]): ContentProblem[] {
  const source = ["---", ...lines, "---", "Body", ""].join("\n");
  return checkPostData(readFrontMatter(source, file), file);
}

describe("fixes written from what the author wrote", () => {
  it.each<[string[], Omit<ContentProblem, "file">[]]>([
    [
      ["title: 1.50", "date: 2008-03-27", "tags: [007, 0x1F, 1e3, .inf]"],
      [
        {
          line: 2,
          message: 'front matter field "title": expected text, found the number 1.5',
          fix: 'put the value in quotes so YAML keeps it as text, e.g. title: "1.50"',
        },
        ...[
          ["1", 7, "007"],
          ["2", 31, "0x1F"],
          ["3", 1000, "1e3"],
          ["4", "Infinity", ".inf"],
        ].map(([index, value, written]) => ({
          line: 4,
          message: `front matter field "tags.${index}": expected text, found the number ${value}`,
          fix: `put the value in quotes so YAML keeps it as text: "${written}"`,
        })),
      ],
    ],
    [
      [
        "title: Basra",
        "date: 2008-03-27",
        'slug: ""',
        "draft: yes",
        "image: cover.jpg",
        "summary:",
      ],
      [
        {
          line: 5,
          message: 'front matter field "draft": expected true or false, found the text "yes"',
          fix: "write draft: true to keep the post a draft, or remove the line to publish it",
        },
        {
          line: 6,
          message: 'front matter field "image": expected a mapping, found the text "cover.jpg"',
          fix: 'write the image as a mapping: image: {src: cover.jpg, alt: "What the image shows"}',
        },
        {
          line: 4,
          message: 'front matter field "slug" is empty',
          fix: 'write the slug after "slug:", or remove the line',
        },
        {
          line: 7,
          message: 'front matter field "summary": expected text, found an empty value',
          fix: 'write the summary after "summary:", or remove the line',
        },
      ],
    ],
    [
      ["title: Basra", "date: 2010-5-4", "updated: 2010/05/06"],
      [
        {
          line: 3,
          message:
            'front matter field "date": "2010-5-4" is not a date: write YYYY-MM-DD, or YYYY-MM-DDTHH:MM with an optional offset, on a day that exists',
          fix: "write the date as YYYY-MM-DD, month and day in two digits: date: 2010-05-04",
        },
        {
          line: 4,
          message:
            'front matter field "updated": "2010/05/06" is not a date: write YYYY-MM-DD, or YYYY-MM-DDTHH:MM with an optional offset, on a day that exists',
          fix: "write the date as YYYY-MM-DD, month and day in two digits: updated: 2010-05-06",
        },
      ],
    ],
    [
      ["- title: Basra", "- date: 2008-03-27"],
      [
        {
          line: 2,
          message: "front matter is a list, not a mapping of fields",
          fix: "write one field a line: title: …, then date: 2008-03-27",
        },
      ],
    ],
    [
      ["title: Basra", "date: 2008-03-27", "tags: [Iraq, null]", "aliases: /2008/x/"],
      [
        {
          line: 5,
          message: 'front matter field "aliases": expected a list, found the text "/2008/x/"',
          fix: "write aliases as a list: aliases: [/2008/x/]",
        },
        {
          line: 4,
          message: 'front matter field "tags.2": expected text, found an empty value',
          fix: "remove the empty item 2 from the list tags, or write a value in its place",
        },
      ],
    ],
    [
      ["title: Basra", "date: 2008-03-27T25:00", "updated: 2008-3-28T24:30"],
      [
        {
          line: 3,
          message:
            'front matter field "date": "2008-03-27T25:00" is not a date: write YYYY-MM-DD, or YYYY-MM-DDTHH:MM with an optional offset, on a day that exists',
          fix: "write the time of day as HH:MM from 00:00 to 23:59, or leave it out: date: 2008-03-27",
        },
        {
          line: 4,
          message:
            'front matter field "updated": "2008-3-28T24:30" is not a date: write YYYY-MM-DD, or YYYY-MM-DDTHH:MM with an optional offset, on a day that exists',
          fix: "write the date as YYYY-MM-DD, month and day in two digits, and write the time of day as HH:MM from 00:00 to 23:59, or leave it out: updated: 2008-03-28",
        },
      ],
    ],
    [
      [
        "title: Basra",
        "date: 2008-02-30",
        "citations:",
        "  - title: A",
        "    publisher: B",
        "    date: 2008-03-31T23:30:00-04:00",
        "    url: www.nytimes.com/2008/03/27/iraq.html",
        "    archived: archive.ph/AbCdE",
        "  - title: C",
        "    publisher: D",
        "    date: 2009-04-31",
        "    url: https://example.org/a report.pdf",
        "    archived: javascript:alert(1)",
      ],
      [
        {
          line: 3,
          message:
            'front matter field "date": "2008-02-30" is not a date: write YYYY-MM-DD, or YYYY-MM-DDTHH:MM with an optional offset, on a day that exists',
          fix: "the day does not exist: February 2008 has 29 days; write a day that exists, e.g. date: 2008-02-29",
        },
        {
          line: 7,
          message:
            'front matter field "citations.1.date": "2008-03-31T23:30:00-04:00" is not a date written YYYY-MM-DD that exists in the calendar',
          fix: "write the day only: a source's date takes no time of day: date: 2008-03-31",
        },
        {
          line: 8,
          message:
            'front matter field "citations.1.url": "www.nytimes.com/2008/03/27/iraq.html" is not an http:// or https:// URL',
          fix: "write the address with https:// (or http://) before it: url: https://www.nytimes.com/2008/03/27/iraq.html",
        },
        {
          line: 9,
          message:
            'front matter field "citations.1.archived": "archive.ph/AbCdE" is not an http:// or https:// URL',
          fix: "write the address with https:// (or http://) before it: archived: https://archive.ph/AbCdE",
        },
        {
          line: 12,
          message:
            'front matter field "citations.2.date": "2009-04-31" is not a date written YYYY-MM-DD that exists in the calendar',
          fix: "the day does not exist: April 2009 has 30 days; write a day that exists, e.g. date: 2009-04-30",
        },
        {
          line: 13,
          message:
            'front matter field "citations.2.url": "https://example.org/a report.pdf" has white space, which a URL cannot hold (write a space as %20)',
          fix: "write each space as %20: url: https://example.org/a%20report.pdf",
        },
        {
          line: 14,
          message:
            'front matter field "citations.2.archived": "javascript:alert(1)" is not an http:// or https:// URL',
          fix: "write the archived copy's address, starting with https:// or http://: archived: https://web.archive.org/web/20080327/https://example.org/article",
        },
      ],
    ],
    [
      ["title: Basra", "date: 2008-03-27", "citations: [x]", "corrections: [Fixed a name]"],
      [
        {
          line: 5,
          message:
            'front matter field "corrections.1": expected a mapping, found the text "Fixed a name"',
          fix: 'write correction 1 as a mapping of its fields, e.g. corrections: [{date: 2008-03-28, text: "Fixed a name"}]',
        },
        {
          line: 4,
          message: 'front matter field "citations.1": expected a mapping, found the text "x"',
          fix: 'write citation 1 as a mapping of its fields, e.g. citations: [{title: "x", publisher: The New York Times, url: https://example.org/article}]',
        },
      ],
    ],
  ])("reports %j with the fix", (lines, expected) => {
    expect(check(...lines)).toEqual(expected.map((problem) => ({ file, ...problem })));
  });

  it.each([
    [
      'title: "Basra" and more',
      "front matter is not valid YAML: Unexpected scalar at node end",
      "a value that starts with a quote ends at the closing quote; put the whole value in quotes: title: '\"Basra\" and more'",
    ],
    [
      "title: [Analysis] Basra",
      "front matter is not valid YAML: Unexpected scalar at node end",
      'a value that starts with [ or { is read as a list or mapping; put the whole value in quotes: title: "[Analysis] Basra"',
    ],
    [
      "title: Basra: what the ceasefire means",
      "front matter is not valid YAML: Nested mappings are not allowed in compact mappings",
      'a value that contains a colon and a space must be in quotes: title: "Basra: what the ceasefire means"',
    ],
  ])("quotes the author's own line: %s", (line, message, fix) => {
    expect(
      readFrontMatter(["---", "date: 2008-03-27", line, "---", ""].join("\n"), file).problems,
    ).toEqual([{ file, line: 3, message, fix }]);
  });
});

describe("---json front matter gets its fixes in JSON", () => {
  /** Problems of a post whose `---json` front matter is `lines` (file line 2 onwards). */
  function checkJson(...lines: string[]): ContentProblem[] {
    const source = ["---json", ...lines, "---", ""].join("\n");
    return checkPostData(readFrontMatter(source, file), file);
  }

  it("writes the fixes for a number title, a tags string, a bad date and draft in JSON", () => {
    expect(
      checkJson(
        "{",
        '  "title": 1984,',
        '  "date": "2010-5-4",',
        '  "tags": "Iraq, Basra",',
        '  "draft": "yes"',
        "}",
      ),
    ).toEqual([
      {
        file,
        line: 3,
        message: 'front matter field "title": expected text, found the number 1984',
        fix: 'put the value in double quotes so it is text: "title": "1984"',
      },
      {
        file,
        line: 4,
        message:
          'front matter field "date": "2010-5-4" is not a date: write YYYY-MM-DD, or YYYY-MM-DDTHH:MM with an optional offset, on a day that exists',
        fix: 'write the date as YYYY-MM-DD, month and day in two digits: "date": "2010-05-04"',
      },
      {
        file,
        line: 6,
        message: 'front matter field "draft": expected true or false, found the text "yes"',
        fix: 'write "draft": true to keep the post a draft, or remove the line to publish it',
      },
      {
        file,
        line: 5,
        message: 'front matter field "tags": expected a list, found the text "Iraq, Basra"',
        fix: 'write tags as a list: "tags": ["Iraq", "Basra"]',
      },
    ]);
  });

  it("names the line where the comma is missing, not the next one", () => {
    expect(
      checkJson("{", '  "title": "Basra",', '  "date": "2008-03-27"', '  "draft": true', "}"),
    ).toEqual([
      {
        file,
        line: 4,
        message: "front matter is not valid JSON: expected a comma between items",
        fix: "---json front matter is strict JSON: names and strings in double quotes, commas between items and none after the last",
      },
    ]);
  });

  it('refuses a list with the JSON to write, not a field named ""', () => {
    expect(checkJson("[1, 2]")).toEqual([
      {
        file,
        line: 2,
        message: "front matter is a list, not a mapping of fields",
        fix: 'write one JSON object of fields: {"title": "…", "date": "2008-03-27"}',
      },
    ]);
  });
});

describe("pastMonthEnd", () => {
  it.each([
    ["2008-02-30", { last: "2008-02-29", days: 29, month: "February 2008" }],
    ["2009-02-29", { last: "2009-02-28", days: 28, month: "February 2009" }],
    ["1900-02-29", { last: "1900-02-28", days: 28, month: "February 1900" }],
    ["2000-02-30", { last: "2000-02-29", days: 29, month: "February 2000" }],
    ["2009-04-31T10:00", { last: "2009-04-30", days: 30, month: "April 2009" }],
    ["2008-12-32", { last: "2008-12-31", days: 31, month: "December 2008" }],
    ["2008-02-29", undefined],
    ["2008-13-01", undefined],
    ["2008-3-40", undefined],
    ["soon", undefined],
  ])("%s → %j", (text, expected) => {
    expect(pastMonthEnd(text)).toEqual(expected);
  });
});
