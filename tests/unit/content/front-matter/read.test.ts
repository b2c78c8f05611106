import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../../../src/content/front-matter/read.ts";
import { checkPostData } from "../../../../src/content/front-matter/check.ts";
import { readFrontMatterYaml } from "../../../../src/content/front-matter/yaml.ts";

const file = "posts/x/index.md";

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
