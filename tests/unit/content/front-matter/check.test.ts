import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../../../src/content/front-matter/read.ts";
import { checkPostData, validatePostData } from "../../../../src/content/front-matter/check.ts";
import { type ContentProblem } from "../../../../src/errors.ts";

const file = "posts/x/index.md";

/** Problems of a post whose front matter is `lines` (file line 2 onwards). */
function check(...lines: string[]): ContentProblem[] {
  const source = ["---", ...lines, "---", "Body", ""].join("\n");
  return checkPostData(readFrontMatter(source, file), file);
}

describe("an impossible time offset", () => {
  it.each([
    ["date: 2008-03-27T14:30+25:00", "date", "+25:00"],
    ["updated: 2008-03-28T10:00-03:60", "updated", "-03:60"],
  ])("%s is refused with the range of offsets", (line, field, offset) => {
    const source = `---\ntitle: T\ndate: 2008-03-27\n${line}\n---\n`.replace(
      /date: 2008-03-27\n(date)/,
      "$1",
    );
    const problems = checkPostData(readFrontMatter(source, file), file);
    expect(problems.map((problem) => problem.fix)).toEqual([
      `${offset} is not a time offset: offsets run from -14:00 to +14:00, minutes under 60 (Baghdad is +03:00); write e.g. ${field}: 2008-03-27T14:30+03:00, or leave the offset out for the site's time zone`,
    ]);
  });
});

describe("checkPostData", () => {
  it("accepts the Basra post's kind of front matter", () => {
    const source = [
      "---",
      'title: "Continuing Battle for the South: Basra"',
      "date: 2008-03-27",
      "tags: [Iraq]",
      "citations:",
      "  - title: A",
      "    publisher: B",
      "    date: 2008-03-27",
      "    url: https://example.org/a",
      "---",
    ].join("\n");
    expect(validatePostData(readFrontMatter(source, file), file)).toEqual({
      title: "Continuing Battle for the South: Basra",
      date: "2008-03-27",
      tags: ["Iraq"],
      citations: [{ title: "A", publisher: "B", date: "2008-03-27", url: "https://example.org/a" }],
    });
  });

  it.each<[string[], Omit<ContentProblem, "file">[]]>([
    [
      ["title: 1984", "date: 2008-03-27"],
      [
        {
          line: 2,
          message: 'front matter field "title": expected text, found the number 1984',
          fix: 'put the value in quotes so YAML keeps it as text, e.g. title: "1984"',
        },
      ],
    ],
    [
      ["date: 2008-03-27"],
      [
        {
          line: 1,
          message: 'front matter field "title": expected text, found nothing',
          fix: 'add "title:" to the front matter',
        },
      ],
    ],
    [
      ["title: '   '", "date: 2008-03-27"],
      [
        {
          line: 2,
          message: 'front matter field "title" is empty',
          fix: 'write the title after "title:"',
        },
      ],
    ],
    [
      ["title: Basra #2 and more", "date: 2008-03-27"],
      [
        {
          line: 2,
          message:
            'front matter field "title": the # starts a YAML comment, so the title is read as "Basra"',
          fix: 'put the whole title in quotes: title: "Basra #2 and more"',
        },
      ],
    ],
    [
      ["title: Basra", "date: 2008-03-27", "tags: Iraq, Basra"],
      [
        {
          line: 4,
          message: 'front matter field "tags": expected a list, found the text "Iraq, Basra"',
          fix: "write tags as a list: tags: [Iraq, Basra]",
        },
      ],
    ],
    [
      ["title: Basra", "date: 2008-03-27", "tags: 2008"],
      [
        {
          line: 4,
          message: 'front matter field "tags": expected a list, found the number 2008',
          fix: 'write tags as a list: tags: ["2008"]',
        },
      ],
    ],
    [
      ["title: Basra", "date: 2008-03-27", 'tags: "2008"'],
      [
        {
          line: 4,
          message: 'front matter field "tags": expected a list, found the text "2008"',
          fix: 'write tags as a list: tags: ["2008"]',
        },
      ],
    ],
    [
      ["title: Basra", "date: 2008-03-27", "tags: Iraq, 2008, true"],
      [
        {
          line: 4,
          message: 'front matter field "tags": expected a list, found the text "Iraq, 2008, true"',
          fix: 'write tags as a list: tags: [Iraq, "2008", "true"]',
        },
      ],
    ],
    [
      ["title: null", "date: 2008-03-27"],
      [
        {
          line: 2,
          message: 'front matter field "title": expected text, found an empty value',
          fix: 'put the value in quotes so YAML keeps it as text, e.g. title: "null"',
        },
      ],
    ],
    [
      ["title: Basra", "date: 2008-03-27", "tags: [Iraq, 2008]"],
      [
        {
          line: 4,
          message: 'front matter field "tags.2": expected text, found the number 2008',
          fix: 'put the value in quotes so YAML keeps it as text: "2008"',
        },
      ],
    ],
    [
      ["title: Basra", "date: 27 March 2008"],
      [
        {
          line: 3,
          message:
            'front matter field "date": "27 March 2008" is not a date: write YYYY-MM-DD, or YYYY-MM-DDTHH:MM with an optional offset, on a day that exists',
          fix: "write the date as YYYY-MM-DD, e.g. date: 2008-03-27",
        },
      ],
    ],
    [
      ["title: Basra", "date: 2008"],
      [
        {
          line: 3,
          message: 'front matter field "date": expected text, found the number 2008',
          fix: "write the date as YYYY-MM-DD, e.g. date: 2008-03-27",
        },
      ],
    ],
    [
      ["title: Basra", "date: 2008-03-27", "page: 3"],
      [
        {
          line: 4,
          message: 'front matter field "page" is a name Eleventy keeps for itself',
          fix: "rename the field",
        },
      ],
    ],
    [
      [
        "title: Basra",
        "date: 2008-03-27",
        "citations:",
        "  - title: A",
        "    publisher: B",
        "  - title: C",
        "    date: 2008-02-30",
      ],
      [
        {
          line: 7,
          message: 'front matter field "citations.2.publisher": expected text, found nothing',
          fix: 'add "publisher:" to citation 2',
        },
        {
          line: 8,
          message:
            'front matter field "citations.2.date": "2008-02-30" is not a date written YYYY-MM-DD that exists in the calendar',
          fix: "the day does not exist: February 2008 has 29 days; write a day that exists, e.g. date: 2008-02-29",
        },
      ],
    ],
    [
      [
        "title: Basra",
        "date: 2008-03-27",
        "citations:",
        "  - title: A",
        "    publisher: B",
        "    url: javascript:alert(1)",
      ],
      [
        {
          line: 7,
          message:
            'front matter field "citations.1.url": "javascript:alert(1)" is not an http:// or https:// URL',
          fix: "write the work's address, starting with https:// or http://: url: https://example.org/article",
        },
      ],
    ],
  ])("reports %j", (lines, expected) => {
    expect(check(...lines)).toEqual(expected.map((problem) => ({ file, ...problem })));
  });

  const listFix =
    "write the byline as text, author: James Glanz, or the names as a list of text, author: [James Glanz, Michael Kamber]";
  it.each<[string, Omit<ContentProblem, "file">[]]>([
    ["author: James Glanz and Michael Kamber", []],
    ["author: [James Glanz, Michael Kamber]", []],
    ["author: [Reuters and AFP staff]", []],
    [
      "author: 1984",
      [
        {
          line: 4,
          message: 'front matter field "author": expected text or a list, found the number 1984',
          fix: 'put the value in quotes so YAML keeps it as text, e.g. author: "1984"',
        },
      ],
    ],
    [
      "author: {name: James Glanz}",
      [
        {
          line: 4,
          message: 'front matter field "author": expected text or a list, found a mapping',
          fix: listFix,
        },
      ],
    ],
    [
      "author: []",
      [{ line: 4, message: 'front matter field "author": [] is an empty list', fix: listFix }],
    ],
    [
      'author: [James Glanz, ""]',
      [
        {
          line: 4,
          message: 'front matter field "author.2" is empty',
          fix: "remove the empty item 2 from the list author, or write a value in its place",
        },
      ],
    ],
    [
      "author: [James Glanz, 1984]",
      [
        {
          line: 4,
          message: 'front matter field "author.2": expected text, found the number 1984',
          fix: 'put the value in quotes so YAML keeps it as text: "1984"',
        },
      ],
    ],
    [
      "author: [James Glanz, [Michael Kamber]]",
      [
        {
          line: 4,
          message: 'front matter field "author.2": expected text, found a list',
          fix: listFix,
        },
      ],
    ],
  ])("takes a byline as text or a list of names: %s", (line, expected) => {
    expect(check("title: T", "date: 2008-03-27", line)).toEqual(
      expected.map((problem) => ({ file, ...problem })),
    );
  });

  it.each([
    [
      "location:",
      "  coordinates: [47.81, 30.515]",
      'front matter field "location.name": expected text, found nothing',
    ],
    [
      "location:",
      "  name: Basra",
      "  coordinates: [47.81, 95]",
      'front matter field "location.coordinates.2": 95 has a latitude above 90',
    ],
  ])("reports a bad location: %s %s", (...lines) => {
    const message = lines.pop();
    expect(check("title: T", "date: 2008-03-27", ...lines).map((p) => [p.message, p.fix])).toEqual([
      [
        message,
        "write location: {name: Basra, coordinates: [47.81, 30.515]}, coordinates as [longitude, latitude]",
      ],
    ]);
  });

  it.each(["2008-02-30", "2008", "2008-03", "2008-W13", "2008-087", "2008-03-27T25:00"])(
    "refuses the date %s",
    (date) => {
      expect(check("title: T", `date: "${date}"`).map((p) => p.line)).toEqual([3]);
    },
  );

  it.each([
    "2008-03-27",
    "2008-03-27T14:30",
    "2008-03-27 14:30",
    "2008-03-27T14:30:00+03:00",
    "2008-03-27T11:30:00Z",
  ])("accepts the date %s", (date) => {
    expect(check("title: T", `date: ${date}`)).toEqual([]);
  });

  it("reports every problem of a post, not only the first", () => {
    expect(check("title: true", "date: 2008-03-27", "tags: 5").map((p) => p.line)).toEqual([2, 4]);
  });
});

describe("toc: the table of contents switch", () => {
  it.each([
    ["toc: false", []],
    ["toc: true", []],
    [
      'toc: "no"',
      [
        {
          file,
          line: 4,
          message: 'front matter field "toc": expected true or false, found the text "no"',
          fix: "write toc: false to leave out the table of contents, or toc: true to show it whatever the number of headings",
        },
      ],
    ],
    [
      "toc: 0",
      [
        {
          file,
          line: 4,
          message: 'front matter field "toc": expected true or false, found the number 0',
          fix: "write toc: false to leave out the table of contents, or toc: true to show it whatever the number of headings",
        },
      ],
    ],
  ])("%s", (line, problems) => {
    expect(check("title: Basra", "date: 2008-03-27", line)).toEqual(problems);
  });

  it("writes the fix in JSON for ---json front matter", () => {
    const source = ["---json", '{"title": "Basra", "date": "2008-03-27", "toc": "no"}', "---", ""];
    expect(checkPostData(readFrontMatter(source.join("\n"), file), file)).toEqual([
      {
        file,
        line: 2,
        message: 'front matter field "toc": expected true or false, found the text "no"',
        fix: 'write "toc": false to leave out the table of contents, or "toc": true to show it whatever the number of headings',
      },
    ]);
  });
});

describe("the feed id", () => {
  const idFix =
    'write the post\'s permanent feed id as an absolute URI in quotes, such as its WordPress guid, id: "http://old.example.org/?p=12", or id: "tag:example.org,2008-03-27:basra"; or remove the line to use the id Dispatch makes from the post\'s date and first slug';

  it.each([
    'id: "http://old.example.org/?p=12"',
    'id: "http://old.example.org/?p=12&amp=1"',
    'id: "tag:example.org,2008-03-27:basra"',
    'id: "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"',
    'id: "https://example.org/البصرة/"',
  ])("accepts %s", (line) => {
    expect(check("title: T", "date: 2008-03-27", line)).toEqual([]);
  });

  it.each([
    ['id: ""', 'front matter field "id" is empty'],
    [
      'id: "old-post-12"',
      'front matter field "id": "old-post-12" is not an absolute URI (a scheme such as http:, tag: or urn:, then no spaces), which a feed id must be',
    ],
    [
      'id: "/?p=12"',
      'front matter field "id": "/?p=12" is not an absolute URI (a scheme such as http:, tag: or urn:, then no spaces), which a feed id must be',
    ],
    [
      'id: "http://old.example.org/a post"',
      'front matter field "id": "http://old.example.org/a post" is not an absolute URI (a scheme such as http:, tag: or urn:, then no spaces), which a feed id must be',
    ],
    ["id: 12", 'front matter field "id": expected text, found the number 12'],
  ])("refuses %s with the line, the field and the fix", (line, message) => {
    expect(check("title: T", "date: 2008-03-27", line)).toEqual([
      { file, line: 4, message, fix: idFix },
    ]);
  });
});
