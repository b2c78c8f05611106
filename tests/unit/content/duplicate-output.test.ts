import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { conflictingInputs, duplicateOutputError } from "../../../src/content/duplicate-output.ts";

/** Eleventy's error class is found by its name, as it is in Eleventy's own module. */
class DuplicatePermalinkOutputError extends Error {}

const conflict = `Output conflict: multiple input files are writing to \`./_site.building/about/index.html\`. Use distinct \`permalink\` values to resolve this conflict.
  1. ./posts/about/index.md
  2. ./pages/about.njk`;

describe("conflictingInputs", () => {
  it("reads the files of both of Eleventy's messages", () => {
    expect(conflictingInputs(conflict)).toEqual(["posts/about/index.md", "pages/about.njk"]);
    expect(
      conflictingInputs(
        'The template at "./posts/a/index.md" attempted to overwrite an existing template at "./_site/a/index.html".',
      ),
    ).toEqual(["posts/a/index.md"]);
  });
});

describe("duplicateOutputError", () => {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-duplicate-"));
  mkdirSync(path.join(root, "posts/about"), { recursive: true });
  writeFileSync(
    path.join(root, "posts/about/index.md"),
    "---\ntitle: About\ndate: 2008-03-27\npermalink: /about/\n---\nText\n",
  );

  it("names the post, its permalink's line, the other file and the fix, wherever Eleventy wraps it", () => {
    const wrapped = Object.assign(new Error("Having trouble writing templates"), {
      originalError: new DuplicatePermalinkOutputError(conflict),
    });
    const error = duplicateOutputError(wrapped, root);
    expect(error?.problems).toEqual([
      {
        file: "posts/about/index.md",
        line: 4,
        message:
          "the post's URL /about/ is written by pages/about.njk too; two pages cannot share one file",
        fix: "give this post another permalink, or remove it",
      },
    ]);
  });

  it("is undefined for other errors and for clashes that name no post", () => {
    expect(duplicateOutputError(new Error(conflict), root)).toBeUndefined();
    expect(
      duplicateOutputError(
        new DuplicatePermalinkOutputError(
          conflict.replace("./posts/about/index.md", "./pages/x.njk"),
        ),
        root,
      ),
    ).toBeUndefined();
  });
});
