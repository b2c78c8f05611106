import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkPosts } from "../../../src/content/check-posts.ts";
import { isStrayPostFile, storedFrontMatter } from "../../../src/content/engine-guard.ts";

describe("isStrayPostFile", () => {
  it.each([
    ["./posts/basra/index.md", false],
    ["posts/basra/index.md", false],
    ["./pages/index.njk", false],
    ["./posts/basra/notes.MD", true],
    ["./posts/basra/INDEX.MD", true],
    ["./posts/basra/Index.md", true],
    ["./posts/loose.md", true],
    ["./posts/a/b/index.md", true],
    [undefined, false],
  ])("%s → %s", (inputPath, stray) => {
    expect(isStrayPostFile(inputPath)).toBe(stray);
  });
});

describe("storedFrontMatter", () => {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-engine-"));
  const filePath = path.join(root, "posts/a/index.md");
  mkdirSync(path.dirname(filePath), { recursive: true });
  writeFileSync(filePath, "---\r\ntitle: A\r\ndate: 2008-03-27\r\ntags: [Iraq]\r\n---\r\nText\r\n");
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  // What Eleventy's engine is given: the rest of the opening line, then the lines to the closing one.
  const yaml = "\r\ntitle: A\r\ndate: 2008-03-27\r\ntags: [Iraq]\r";

  it("hands Eleventy the store's reading of the post, a copy each time", () => {
    expect(checkPosts(root)).toEqual([]);
    const first = storedFrontMatter(yaml, "yaml", { filePath });
    expect(first).toEqual({ data: { title: "A", date: "2008-03-27", tags: ["Iraq"] } });
    // Eleventy's data cascade may change the data it was given.
    (first?.data as { tags: string[] }).tags.push("changed by the build");
    expect(checkPosts(root)).toEqual([]); // the unchanged post: not read again
    expect(storedFrontMatter(yaml, "yaml", { filePath })?.data).toEqual({
      title: "A",
      date: "2008-03-27",
      tags: ["Iraq"],
    });
  });

  it.each([
    ["another text (the file saved since)", "\ntitle: B\ndate: 2008-03-27", "yaml", filePath],
    ["another format", yaml, "json", filePath],
    ["a file the store does not hold", yaml, "yaml", path.join(root, "posts/b/index.md")],
    ["no file", yaml, "yaml", undefined],
  ] as const)("hands nothing for %s", (_, text, format, file) => {
    checkPosts(root);
    expect(storedFrontMatter(text, format, file === undefined ? {} : { filePath: file })).toBe(
      undefined,
    );
  });
});
