import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../../../src/content/front-matter/read.ts";
import { checkPostData } from "../../../../src/content/front-matter/check.ts";
import { readFrontMatterYaml } from "../../../../src/content/front-matter/yaml.ts";
import { FrontMatterError } from "../../../../src/errors.ts";

const file = "posts/x/index.md";

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
        message: 'front matter field "tags.2": expected text, found the number 1',
        fix: 'put the value in quotes so YAML keeps it as text: "1.0"',
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

describe("a value that starts with * (a YAML alias)", () => {
  it.each([
    [
      "---\ntitle: *Stars*\n---\n",
      2,
      "front matter is not valid YAML: *Stars* names an anchor (&Stars*) that is not set before it",
    ],
    [
      "---\ntitle: Basra\nsummary:\n  *x\n---\n",
      4,
      "front matter is not valid YAML: *x names an anchor (&x) that is not set before it",
    ],
  ])(
    "is reported on its line as an alias with no anchor, with the fix to quote it",
    (source, line, message) => {
      const problems = checkPostData(readFrontMatter(source, file), file);
      expect(problems[0]).toEqual({
        file,
        line,
        message,
        fix: expect.stringMatching(
          /^a value that starts with \* must be in quotes as a whole, e\.g\. "\*/,
        ),
      });
    },
  );
});
