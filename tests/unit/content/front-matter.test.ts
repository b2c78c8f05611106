import { describe, expect, it } from "vitest";
import {
  readFrontMatter,
  readFrontMatterYaml,
  validatePostData,
} from "../../../src/content/front-matter.ts";
import { FrontMatterError, type ContentProblem } from "../../../src/errors.ts";

function problemsOf(run: () => unknown): readonly ContentProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof FrontMatterError) return error.problems;
    throw error;
  }
  throw new Error("expected a FrontMatterError");
}

function check(frontMatter: string): readonly ContentProblem[] {
  const source = `---\n${frontMatter}\n---\nBody\n`;
  return problemsOf(() =>
    validatePostData(
      readFrontMatter(source, "posts/x/index.md"),
      "posts/x/index.md",
      source,
      "UTC",
    ),
  );
}

describe("readFrontMatterYaml", () => {
  it("keeps dates as the text the author wrote", () => {
    expect(readFrontMatterYaml("date: 2008-03-27\nupdated: 2008-03-28T10:00:00Z")).toEqual({
      date: "2008-03-27",
      updated: "2008-03-28T10:00:00Z",
    });
  });

  it("reads an empty front matter as an empty object", () => {
    expect(readFrontMatterYaml("")).toEqual({});
  });

  it("reports an unquoted colon with its file line and the fix", () => {
    const problems = problemsOf(() =>
      readFrontMatterYaml("\ndate: 2008-03-25\ntitle: Basra: the battle", {
        filePath: "./posts/x/index.md",
      }),
    );
    expect(problems).toEqual([
      {
        file: "posts/x/index.md",
        line: 3,
        message: "front matter is not valid YAML: bad indentation of a mapping entry",
        fix: "if a value contains a colon (title: Basra: the battle), put it in quotes",
      },
    ]);
  });
});

describe("validatePostData", () => {
  it("accepts the Basra post's front matter", () => {
    const source =
      '---\ntitle: "Continuing Battle for the South: Basra"\ndate: 2008-03-27\ntags: [Iraq]\ncitations:\n  - title: A\n    publisher: B\n    date: 2008-03-27\n    url: https://example.org/a\n---\n';
    expect(validatePostData(readFrontMatter(source, "p"), "p", source, "UTC")).toEqual({
      title: "Continuing Battle for the South: Basra",
      date: "2008-03-27",
      tags: ["Iraq"],
      citations: [{ title: "A", publisher: "B", date: "2008-03-27", url: "https://example.org/a" }],
    });
  });

  it.each([
    [
      "title: 1984\ndate: 2008-03-27",
      {
        line: 2,
        message: 'front matter field "title": expected text, found the number 1984',
        fix: 'put the value in quotes so YAML keeps it as text, e.g. title: "1984"',
      },
    ],
    [
      "date: 2008-03-27",
      {
        line: 1,
        message: 'front matter field "title": expected text, found nothing',
        fix: 'add "title:" to the front matter',
      },
    ],
    [
      "title: Basra\ndate: 2008-03-27\ntags: Iraq, Basra",
      {
        line: 4,
        message: 'front matter field "tags": expected array, found the text "Iraq, Basra"',
        fix: "write tags as a list: tags: [Iraq, Basra]",
      },
    ],
    [
      "title: Basra\ndate: 27 March 2008",
      {
        line: 3,
        message: 'front matter field "date": "27 March 2008" is not a date',
        fix: "write it as YYYY-MM-DD, e.g. date: 2008-03-27",
      },
    ],
    [
      "title: Basra\ndate: 2008-03-27\ncitations:\n  - title: A\n    publisher: B\n    url: javascript:alert(1)",
      {
        line: 4,
        message: 'front matter field "citations.0.url": expected an http:// or https:// URL',
        fix: undefined,
      },
    ],
  ])("reports %j", (frontMatter, expected) => {
    expect(check(frontMatter)).toEqual([{ file: "posts/x/index.md", ...expected }]);
  });

  it("reports every problem of a post, not only the first", () => {
    expect(check("title: true\ndate: 2008-03-27\ntags: 5").map((p) => p.line)).toEqual([2, 4]);
  });
});
