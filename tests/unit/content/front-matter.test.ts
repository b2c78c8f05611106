import { describe, expect, it } from "vitest";
import {
  checkPostData,
  forgetCheckedFrontMatter,
  keepCheckedFrontMatter,
  nearestField,
  readFrontMatter,
  readFrontMatterYaml,
  unknownFieldWarnings,
  validatePostData,
} from "../../../src/content/front-matter.ts";
import { FrontMatterError, warn, type ContentProblem } from "../../../src/errors.ts";

const file = "posts/x/index.md";

/** Problems of a post whose front matter is `lines` (file line 2 onwards). */
function check(...lines: string[]): ContentProblem[] {
  const source = ["---", ...lines, "---", "Body", ""].join("\n");
  return checkPostData(readFrontMatter(source, file), file);
}

describe("readFrontMatterYaml (Eleventy's engine)", () => {
  it("keeps dates as the text the author wrote", () => {
    expect(readFrontMatterYaml("\ndate: 2008-03-27\nupdated: 2008-03-28T10:00:00Z")).toEqual({
      date: "2008-03-27",
      updated: "2008-03-28T10:00:00Z",
    });
  });

  it("reads an empty front matter as an empty object", () => {
    expect(readFrontMatterYaml("")).toEqual({});
  });

  it("reports an unquoted colon with its file line and the fix", () => {
    let error: unknown;
    try {
      readFrontMatterYaml("\ndate: 2008-03-25\ntitle: Basra: the battle", {
        filePath: "./posts/x/index.md",
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FrontMatterError);
    expect((error as FrontMatterError).problems).toEqual([
      {
        file,
        line: 3,
        message:
          "front matter is not valid YAML: Nested mappings are not allowed in compact mappings",
        fix: 'a value that contains a colon and a space must be in quotes: title: "Basra: the battle"',
      },
    ]);
  });
});

describe("readFrontMatter", () => {
  it("reads YAML with the line of every value, nested ones too", () => {
    const source =
      "---\ntitle: Basra\ncitations:\n  - title: A\n    publisher: B\n  - title: C\n---\n";
    const frontMatter = readFrontMatter(source, file);
    expect(frontMatter.data).toEqual({
      title: "Basra",
      citations: [{ title: "A", publisher: "B" }, { title: "C" }],
    });
    expect(frontMatter.lineOf(["title"])).toBe(2);
    expect(frontMatter.lineOf(["citations", 1, "title"])).toBe(6);
    expect(frontMatter.lineOf(["citations", 1, "publisher"])).toBe(6);
    expect(frontMatter.bodyOffset).toBe(7);
  });

  it("ignores a byte-order mark and reads ---json front matter", () => {
    expect(readFrontMatter("\uFEFF---\ntitle: T\n---\n", file).data).toEqual({ title: "T" });
    expect(readFrontMatter('---json\n{"title": "T"}\n---\n', file).data).toEqual({ title: "T" });
  });

  it("reports front matter that is never closed", () => {
    expect(readFrontMatter("---\ntitle: T\n\nBody", file).problems).toEqual([
      {
        file,
        line: 1,
        message: "the front matter that starts on line 1 is never closed",
        fix: "end it with a line holding only ---",
      },
    ]);
  });
});

describe("front matter that would exhaust the reader", () => {
  it.each([
    ["YAML", `---\ntitle: T\nx: ${"[".repeat(5000)}${"]".repeat(5000)}\n---\n`, 3],
    ["JSON", `---json\n{"title": "T",\n"x": ${"[".repeat(5000)}${"]".repeat(5000)}}\n---\n`, 3],
    [
      "YAML indentation",
      `---\ntitle: T\nx:\n${Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i + 1)}a:`).join("\n")} 1\n---\n`,
      67,
    ],
    ["YAML items in items", `---\ntitle: T\nx:\n${"- ".repeat(3000)}a\n---\n`, 4],
  ])("%s nested thousands deep is refused on its line", (_, source, line) => {
    expect(readFrontMatter(source, file).problems).toEqual([
      {
        file,
        line,
        message: "front matter is nested more than 64 levels deep",
        fix: "no field needs more than 3 levels: look for brackets opened and never closed, or indentation that keeps growing, and remove the extra levels",
      },
    ]);
  });

  it("an alias bomb is refused on the line of its first alias", () => {
    const source = [
      "---",
      "title: T",
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "---",
    ].join("\n");
    const problem = {
      file,
      line: 4,
      message: "front matter's YAML aliases (*name) stand for more than 100 values",
      fix: "write the values out instead of repeating them with &name and *name",
    };
    expect(readFrontMatter(source, file).problems).toEqual([problem]);
    expect(() =>
      readFrontMatterYaml(source.split("\n").slice(1, -1).join("\n"), { filePath: file }),
    ).toThrow("front matter's YAML aliases (*name) stand for more than 100 values");
  });

  it("a few aliases are read", () => {
    const source = "---\ntitle: &t Basra\nsummary: *t\n---\n";
    expect(readFrontMatter(source, file).data).toEqual({ title: "Basra", summary: "Basra" });
  });
});

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
          message: 'front matter field "tags.1": expected text, found the number 2008',
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
          message: 'front matter field "citations.1.publisher": expected text, found nothing',
          fix: 'add "publisher:" to citation 2',
        },
        {
          line: 8,
          message:
            'front matter field "citations.1.date": "2008-02-30" is not a date written YYYY-MM-DD that exists in the calendar',
          fix: "write the date as YYYY-MM-DD, e.g. date: 2008-03-27",
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
            'front matter field "citations.0.url": "javascript:alert(1)" is not an http:// or https:// URL',
          fix: "write the work's address, starting with https:// or http://: url: https://example.org/article",
        },
      ],
    ],
  ])("reports %j", (lines, expected) => {
    expect(check(...lines)).toEqual(expected.map((problem) => ({ file, ...problem })));
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
      'front matter field "location.coordinates.1": 95 has a latitude above 90',
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

describe("unknownFieldWarnings", () => {
  /** Warnings of a post whose front matter is `lines` (file line 2 onwards). */
  function warnings(...lines: string[]): ContentProblem[] {
    const source = ["---", ...lines, "---", "Body", ""].join("\n");
    return unknownFieldWarnings(readFrontMatter(source, file), file);
  }

  it.each([
    [
      "titel: Basra",
      'front matter field "titel" is not one Dispatch reads',
      'Fix: did you mean "title"?',
    ],
    [
      "Tags: [Iraq]",
      'front matter field "Tags" is not one Dispatch reads',
      'Fix: did you mean "tags"?',
    ],
    [
      "summmary: S",
      'front matter field "summmary" is not one Dispatch reads',
      'Fix: did you mean "summary"?',
    ],
    [
      "alias: /old/",
      'front matter field "alias" is not one Dispatch reads',
      'Fix: did you mean "aliases"?',
    ],
    [
      "categories: [Iraq]",
      'front matter field "categories" is not one Dispatch reads',
      "Dispatch ignores it; remove it, or see the README's front-matter table for the fields there are",
    ],
  ])(
    "warns about %s on its line, with the nearest known name when one is close",
    (line, message, fix) => {
      expect(warnings("title: T", "date: 2008-03-27", line)).toEqual([
        { file, line: 4, message, fix },
      ]);
    },
  );

  it("prints as file:line: warning: … Fix: did you mean …", () => {
    const printed: string[] = [];
    const original = console.warn;
    console.warn = (text: string) => printed.push(text);
    try {
      for (const problem of warnings("titel: Basra", "date: 2008-03-27")) warn(problem);
    } finally {
      console.warn = original;
    }
    expect(printed).toEqual([
      'posts/x/index.md:2: warning: front matter field "titel" is not one Dispatch reads. Fix: did you mean "title"?',
    ]);
  });

  it("says nothing about Dispatch's fields, Eleventy's fields, or names Eleventy keeps (an error elsewhere)", () => {
    expect(
      warnings(
        "title: T",
        "date: 2008-03-27",
        "slug: t",
        "aliases: [/old/]",
        "layout: post.njk",
        "permalink: /somewhere/",
        "eleventyExcludeFromCollections: true",
        "eleventyComputed: {}",
        "page: 3",
      ),
    ).toEqual([]);
  });

  it("finds the nearest field only when it is close", () => {
    expect(nearestField("dat")).toBe("date");
    expect(nearestField("citation")).toBe("citations");
    expect(nearestField("wordpress_id")).toBeUndefined();
  });
});

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

describe("YAML traps that are not errors", () => {
  it("keeps a title or tag YAML could read as a date as the text the author wrote", () => {
    const source = [
      "---",
      "title: 2008-03-27",
      "date: 2008-03-27",
      "tags: [2008-03-27, 1.0]",
      "---",
      "",
    ].join("\n");
    const frontMatter = readFrontMatter(source, file);
    expect(frontMatter.data).toEqual({
      title: "2008-03-27",
      date: "2008-03-27",
      tags: ["2008-03-27", 1],
    });
    expect(checkPostData(frontMatter, file)).toEqual([
      {
        file,
        line: 4,
        message: 'front matter field "tags.1": expected text, found the number 1',
        fix: 'put the value in quotes so YAML keeps it as text: "1.0"',
      },
    ]);
  });
});

describe("front matter read once per build", () => {
  const source = "---\r\ntitle: Basra\r\ndate: 2008-03-27\r\n---\r\nBody\r\n";
  // What Eleventy's engine is given: the rest of the opening line, then the lines to the closing one.
  const eleventyText = "\r\ntitle: Basra\r\ndate: 2008-03-27\r\n";

  it("hands the check's reading to Eleventy's engine once, then parses again", () => {
    forgetCheckedFrontMatter();
    const checked = readFrontMatter(source, file);
    expect(checked.format).toBe("yaml");
    keepCheckedFrontMatter(checked);
    const first = readFrontMatterYaml(eleventyText, { filePath: `./${file}` });
    expect(first).toBe(checked.data);
    const second = readFrontMatterYaml(eleventyText, { filePath: `./${file}` });
    expect(second).not.toBe(checked.data);
    expect(second).toEqual({ title: "Basra", date: "2008-03-27" });
  });

  it("keeps neither JSON front matter nor front matter with problems, and forgets on request", () => {
    forgetCheckedFrontMatter();
    const json = readFrontMatter('---json\n{"title": "Basra", "date": "2008-03-27"}\n---\n', file);
    expect(json.format).toBe("json");
    keepCheckedFrontMatter(json);
    expect(readFrontMatterYaml('\n{"title": "Basra", "date": "2008-03-27"}\n')).not.toBe(json.data);
    const kept = readFrontMatter(source, file);
    keepCheckedFrontMatter(kept);
    forgetCheckedFrontMatter();
    expect(readFrontMatterYaml(eleventyText)).not.toBe(kept.data);
  });
});

describe("classic Mac OS line endings (CR alone)", () => {
  it("says the lines cannot be told apart, on line 1, with the fix", () => {
    const source = "---\rtitle: Basra\rdate: 2008-03-27\r---\r\rText.\r";
    expect(checkPostData(readFrontMatter(source, file), file)).toEqual([
      {
        file,
        line: 1,
        message:
          "the file's lines end in a carriage return alone (CR, the line ending of classic Mac OS), so its front matter cannot be read",
        fix: "save the file with LF (Unix) line endings; most editors offer it in their line-ending setting",
      },
    ]);
  });
});

describe("Windows line endings (CRLF)", () => {
  const source = [
    "---",
    "title: Basra",
    "date: 2008-03-27",
    "tags: [Iraq, Basra]",
    "location: {name: Basra, coordinates: [47.81, 30.515]}",
    "---",
    "Body",
    "",
  ].join("\r\n");
  const expected = {
    title: "Basra",
    date: "2008-03-27",
    tags: ["Iraq", "Basra"],
    location: { name: "Basra", coordinates: [47.81, 30.515] },
  };

  it("the check reads flow lists and mappings, with the lines of the file", () => {
    const frontMatter = readFrontMatter(source, file);
    expect(frontMatter.problems).toEqual([]);
    expect(frontMatter.data).toEqual(expected);
    expect(frontMatter.lineOf(["location", "coordinates"])).toBe(5);
    expect(checkPostData(frontMatter, file)).toEqual([]);
  });

  it("Eleventy's engine reads them too, given the text as Eleventy cuts it (a lone \\r at the end)", () => {
    forgetCheckedFrontMatter();
    const eleventyText =
      "\r\ntitle: Basra\r\ndate: 2008-03-27\r\ntags: [Iraq, Basra]\r\nlocation: {name: Basra, coordinates: [47.81, 30.515]}\r";
    expect(readFrontMatterYaml(eleventyText, { filePath: `./${file}` })).toEqual(expected);
    expect(readFrontMatterYaml("\r\ntitle: Basra\r\ndraft: true\r")).toEqual({
      title: "Basra",
      draft: true,
    });
  });

  it("Eleventy's engine still names the file line of a CRLF post's YAML error", () => {
    let error: unknown;
    try {
      readFrontMatterYaml("\r\ndate: 2008-03-25\r\ntitle: Basra: the battle\r", {
        filePath: `./${file}`,
      });
    } catch (caught) {
      error = caught;
    }
    expect((error as FrontMatterError).problems.map((problem) => problem.line)).toEqual([3]);
  });
});

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
          ["0", 7, "007"],
          ["1", 31, "0x1F"],
          ["2", 1000, "1e3"],
          ["3", "Infinity", ".inf"],
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
          message: 'front matter field "tags.1": expected text, found an empty value',
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
