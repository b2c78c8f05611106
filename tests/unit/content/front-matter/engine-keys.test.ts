import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  engineFields,
  engineKeyProblems,
  frontMatterLanguage,
  frontMatterLanguageProblem,
  isEngineKey,
  layoutProblem,
  postEngineData,
  projectLayouts,
  refuseCodeFrontMatter,
} from "../../../../src/content/front-matter/engine-keys.ts";
import { readFrontMatter } from "../../../../src/content/front-matter/read.ts";
import { checkPostData } from "../../../../src/content/front-matter/check.ts";
import { isContentError } from "../../../../src/errors.ts";

const layouts = ["base", "base.njk", "post", "post.njk"];

describe("isEngineKey", () => {
  it.each([
    ["templateEngineOverride", true],
    ["eleventyComputed", true],
    ["eleventyExcludeFromCollections", true],
    ["pagination", true],
    ["Pagination", true],
    ["permalinkBypassOutputDir", true],
    ["dynamicPermalink", true],
    ["renderData", true],
    ["eleventyNavigation", true],
    ["eleventyImport", true],
    ["eleventyDataSchema", true],
    ["eleventyAllowMissingExtension", true],
    ["eleventySomethingNew", true],
    ["ELEVENTYcomputed", true],
    ["eleventy", false],
    ["permalink", false],
    ["layout", false],
    ["title", false],
    ["templateEngine", false],
  ])("%s → %s", (key, expected) => {
    expect(isEngineKey(key)).toBe(expected);
  });
});

describe("engineKeyProblems", () => {
  const check = (...lines: string[]) =>
    engineKeyProblems(
      readFrontMatter(["---", ...lines, "---", "Text"].join("\n"), "posts/x/index.md"),
      "posts/x/index.md",
      () => layouts,
    );

  it("refuses each engine setting on its line, with its own fix", () => {
    expect(
      check(
        "title: T",
        "date: 2008-03-27",
        "templateEngineOverride: njk,md",
        "eleventyComputed:",
        "  title: x",
        "pagination: {data: collections.all, size: 1}",
        "eleventyExcludeFromCollections: true",
        "permalinkBypassOutputDir: true",
        "dynamicPermalink: true",
        "renderData: {a: 1}",
        "eleventyNavigation: {key: x}",
      ),
    ).toEqual([
      {
        file: "posts/x/index.md",
        line: 4,
        message:
          'front matter field "templateEngineOverride" is one of Eleventy\'s engine settings, which a post may not set',
        fix: "remove it: a post is Markdown and is never run as a template; {{ }} and {% %} in it are shown as written",
      },
      {
        file: "posts/x/index.md",
        line: 5,
        message:
          'front matter field "eleventyComputed" is one of Eleventy\'s engine settings, which a post may not set',
        fix: "remove it and write each field's value itself, e.g. title: …",
      },
      {
        file: "posts/x/index.md",
        line: 7,
        message:
          'front matter field "pagination" is one of Eleventy\'s engine settings, which a post may not set',
        fix: "remove it: a post is one page",
      },
      {
        file: "posts/x/index.md",
        line: 8,
        message:
          'front matter field "eleventyExcludeFromCollections" is one of Eleventy\'s engine settings, which a post may not set',
        fix: "remove it; to keep the post off the site, write draft: true instead",
      },
      {
        file: "posts/x/index.md",
        line: 9,
        message:
          'front matter field "permalinkBypassOutputDir" is one of Eleventy\'s engine settings, which a post may not set',
        fix: "remove it: every page is written inside the output folder; give the post's path with permalink: /path/ if it needs one",
      },
      {
        file: "posts/x/index.md",
        line: 10,
        message:
          'front matter field "dynamicPermalink" is one of Eleventy\'s engine settings, which a post may not set',
        fix: "remove it: a permalink is a plain path and is never run as a template",
      },
      {
        file: "posts/x/index.md",
        line: 11,
        message:
          'front matter field "renderData" is one of Eleventy\'s engine settings, which a post may not set',
        fix: "remove it: a post's fields are read as written",
      },
      {
        file: "posts/x/index.md",
        line: 12,
        message:
          'front matter field "eleventyNavigation" is one of Eleventy\'s engine settings, which a post may not set',
        fix: "remove it: Dispatch sets Eleventy's settings itself; see the README's front-matter table for the fields a post may have",
      },
    ]);
  });

  it("refuses them in ---json front matter too", () => {
    const source = '---json\n{\n  "title": "T",\n  "templateEngineOverride": "njk"\n}\n---\n';
    expect(
      engineKeyProblems(
        readFrontMatter(source, "posts/x/index.md"),
        "posts/x/index.md",
        () => [],
      ).map((problem) => `${problem.line}: ${problem.message}`),
    ).toEqual([
      '4: front matter field "templateEngineOverride" is one of Eleventy\'s engine settings, which a post may not set',
    ]);
  });

  it("accepts a layout of the project's own, by its file name or its name", () => {
    expect(check("title: T", "layout: post.njk")).toEqual([]);
    expect(check("title: T", "layout: base")).toEqual([]);
  });

  it.each([
    ["layout: ../posts/x/evil.njk", '"../posts/x/evil.njk"'],
    ["layout: partials/story.njk", '"partials/story.njk"'],
    ["layout: /etc/passwd", '"/etc/passwd"'],
    ["layout: false", "false"],
    ["layout:", "an empty value"],
  ])("refuses %s, listing the layouts there are", (line, shown) => {
    expect(check("title: T", line)).toEqual([
      {
        file: "posts/x/index.md",
        line: 3,
        message: `front matter field "layout": ${shown} is not one of the site's layouts in layouts/`,
        fix: "remove it (every post is laid out with post.njk), or write one of: layout: base.njk, layout: post.njk",
      },
    ]);
  });

  it("does not read the layouts folder for a post without layout:", () => {
    expect(
      check("title: T", "date: 2008-03-27").length +
        engineKeyProblems(
          readFrontMatter("---\ntitle: T\n---\n", "posts/x/index.md"),
          "posts/x/index.md",
          () => {
            throw new Error("read");
          },
        ).length,
    ).toBe(0);
  });
});

describe("Eleventy's magic dates", () => {
  it.each(["git Last Modified", "Last Modified", "git Created", "Created"])(
    "date: %s is refused as not a date",
    (value) => {
      const frontMatter = readFrontMatter(
        `---\ntitle: T\ndate: ${value}\n---\n`,
        "posts/x/index.md",
      );
      expect(checkPostData(frontMatter, "posts/x/index.md")).toEqual([
        {
          file: "posts/x/index.md",
          line: 3,
          message: `front matter field "date": ${JSON.stringify(value)} is not a date: write YYYY-MM-DD, or YYYY-MM-DDTHH:MM with an optional offset, on a day that exists`,
          fix: "write the date as YYYY-MM-DD, e.g. date: 2008-03-27",
        },
      ]);
    },
  );
});

describe("layoutProblem", () => {
  it("is undefined for a project layout and explains anything else", () => {
    expect(layoutProblem("post.njk", layouts)).toBeUndefined();
    expect(layoutProblem(3, layouts)?.message).toBe(
      "3 is not one of the site's layouts in layouts/",
    );
  });
});

describe("projectLayouts", () => {
  it("lists the files directly in layouts/, with and without extension, not partials", () => {
    const root = mkdtempSync(path.join(tmpdir(), "dispatch-layouts-"));
    mkdirSync(path.join(root, "layouts/partials"), { recursive: true });
    writeFileSync(path.join(root, "layouts/post.njk"), "");
    writeFileSync(path.join(root, "layouts/base.njk"), "");
    writeFileSync(path.join(root, "layouts/partials/story.njk"), "");
    expect(projectLayouts(root)).toEqual(["base", "base.njk", "post", "post.njk"]);
    expect(projectLayouts(path.join(root, "missing"))).toEqual([]);
  });
});

describe("frontMatterLanguage", () => {
  it.each([
    ["---", ""],
    ["--- ", ""],
    ["---json", "json"],
    ["---js", "js"],
    ["--- JS ", "js"],
    ["---javascript", "javascript"],
    ["---jsLegacy", "jslegacy"],
    ["---yaml", "yaml"],
    ["----", undefined],
    ["title: x", undefined],
  ])("%j → %j", (line, expected) => {
    expect(frontMatterLanguage(line)).toBe(expected);
  });
});

describe("frontMatterLanguageProblem", () => {
  it.each(["---", "---yaml", "---yml", "---json", "# Title"])("accepts %j", (line) => {
    expect(frontMatterLanguageProblem(line, "posts/x/index.md")).toBeUndefined();
  });

  it.each(["---js", "--- javascript", "---JS", "---jsLegacy"])(
    "refuses %j as code that would run",
    (line) => {
      expect(frontMatterLanguageProblem(line, "posts/x/index.md")).toEqual({
        file: "posts/x/index.md",
        line: 1,
        message: `front matter written in JavaScript (${line.trim()}) would be run as code by the build; a post is data, never code`,
        fix: "write the front matter in YAML, opened by a line holding only ---, or in JSON, opened by ---json",
      });
    },
  );

  it.each([
    ["---JSON", "---json"],
    ["--- json", "---json"],
    ["---YAML", "---"],
  ])("refuses %j, which Eleventy reads otherwise than the check", (line, written) => {
    expect(frontMatterLanguageProblem(line, "posts/x/index.md")).toEqual({
      file: "posts/x/index.md",
      line: 1,
      message: `the front matter's first line "${line}" is not written as Dispatch reads it`,
      fix: `write it as ${written}, in lower case and with no space`,
    });
  });

  it("refuses a language it cannot read", () => {
    expect(frontMatterLanguageProblem("---toml", "posts/x/index.md")?.message).toBe(
      'front matter written in "toml" (---toml) cannot be read; Dispatch reads YAML and JSON',
    );
  });

  it("is what readFrontMatter reports for ---js, instead of reading it as YAML", () => {
    const source = '---js\n{ title: "T", date: "2008-03-27" }\n---\nText\n';
    const frontMatter = readFrontMatter(source, "posts/x/index.md");
    expect(frontMatter.problems.map((problem) => problem.message)).toEqual([
      "front matter written in JavaScript (---js) would be run as code by the build; a post is data, never code",
    ]);
    expect(frontMatter.data).toEqual({});
  });
});

describe("postEngineData", () => {
  const fields = engineFields(["title", "date", "tags"]);
  const ok = (value: unknown) => value === false || value === "/fine/";

  it("hands Eleventy only a post's documented fields, with the post layout", () => {
    expect(
      postEngineData(
        {
          title: "T",
          date: "2008-03-27",
          tags: ["a"],
          templateEngineOverride: "njk,md",
          eleventyComputed: { title: "x" },
          pagination: { data: "collections.all" },
          permalinkBypassOutputDir: true,
          wide: true,
        },
        "./posts/x/index.md",
        fields,
        layouts,
        ok,
      ),
    ).toEqual({ title: "T", date: "2008-03-27", tags: ["a"], layout: "post.njk" });
  });

  it("keeps a project layout and a good permalink, and drops a bad one", () => {
    expect(
      postEngineData(
        { title: "T", layout: "base.njk", permalink: "/fine/" },
        "./posts/x/index.md",
        fields,
        layouts,
        ok,
      ),
    ).toEqual({ title: "T", layout: "base.njk", permalink: "/fine/" });
    expect(
      postEngineData(
        { title: "T", layout: "../posts/x/evil.njk", permalink: "../../out.html" },
        "./posts/x/index.md",
        fields,
        layouts,
        ok,
      ),
    ).toEqual({ title: "T", layout: "post.njk" });
  });

  it("leaves the front matter of the site's own pages as it is", () => {
    const page = { layout: "base.njk", pagination: { data: "collections.posts" } };
    expect(postEngineData(page, "./pages/index.njk", fields, layouts, ok)).toBe(page);
  });
});

describe("refuseCodeFrontMatter", () => {
  it("runs nothing and throws a content error naming the file", () => {
    let thrown: unknown;
    try {
      refuseCodeFrontMatter("globalThis.ran = true", { filePath: "./posts/x/index.md" });
    } catch (error) {
      thrown = error;
    }
    expect((globalThis as { ran?: unknown }).ran).toBeUndefined();
    expect(isContentError(thrown)).toBe(true);
    expect((thrown as Error).message).toBe(
      "posts/x/index.md:1: front matter written in JavaScript (---js) would be run as code by the build; a post is data, never code. Fix: write the front matter in YAML, opened by a line holding only ---, or in JSON, opened by ---json",
    );
  });
});
