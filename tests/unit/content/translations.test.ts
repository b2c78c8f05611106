import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { checkPosts } from "../../../src/content/check-posts.ts";
import { translationProblems, type TranslatedPost } from "../../../src/content/translations.ts";
import { formatProblem } from "../../../src/errors.ts";

/** Writes posts into a temporary project and returns its root. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-translations-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const post = (file: string, key: string, lang: string, langLine?: number): TranslatedPost => ({
  file,
  key,
  keyLine: 4,
  lang,
  langLine,
});

describe("translationProblems", () => {
  it.each([
    ["one version per language", [post("a", "k", "en"), post("b", "k", "ar", 5)], [], []],
    [
      "a second version in one language, on its lang: line",
      [post("a", "k", "ar", 5), post("b", "k", "ar", 6), post("c", "k", "en")],
      [
        'b:6: this post and a share the translationKey "k" and are both in the language ar; a text has one version per language',
      ],
      [],
    ],
    [
      "a second version in the site's language, on its translationKey: line",
      [post("a", "k", "en"), post("b", "k", "en")],
      [
        'b:4: this post and a share the translationKey "k" and are both in the language en (the site\'s language: the post has no lang:); a text has one version per language',
      ],
      [],
    ],
    [
      "a key on one post alone, as a warning",
      [post("a", "alone", "ar", 5)],
      [],
      ['a:4: no other post has the translationKey "alone", so this post links to no translation'],
    ],
  ])("reports %s", (_name, posts, problems, warnings) => {
    const found = translationProblems(posts);
    const where = (p: { file: string; line?: number; message: string }) =>
      `${p.file}:${p.line}: ${p.message}`;
    expect(found.problems.map(where)).toEqual(problems);
    expect(found.warnings.map(where)).toEqual(warnings);
  });
});

describe("checkPosts on translations", () => {
  it("stops the build on two translations in one language, with the file, line, field and fix", () => {
    const root = project({
      "posts/zubair/index.md":
        "---\ntitle: Zubair\ndate: 2008-03-27\ntranslationKey: zubair\n---\nText\n",
      "posts/zubair-ar/index.md":
        "---\ntitle: الزبير\ndate: 2008-03-27\nlang: ar\ntranslationKey: zubair\n---\nنص\n",
      "posts/zubair-ar2/index.md":
        "---\ntitle: الزبير\ndate: 2008-03-27\nlang: AR\ntranslationKey: zubair\n---\nنص\n",
    });
    expect(checkPosts(root, "UTC", "en").map(formatProblem)).toEqual([
      'posts/zubair-ar2/index.md:4: this post and posts/zubair-ar/index.md share the translationKey "zubair" and are both in the language ar; a text has one version per language. Fix: set lang: to the language this post is written in (e.g. lang: ar), or give it another translationKey if it is not a translation of posts/zubair-ar/index.md',
    ]);
  });

  it("prints a warning for a translation key only one post has, and builds", () => {
    const root = project({
      "posts/zubair/index.md":
        "---\ntitle: Zubair\ndate: 2008-03-27\ntranslationKey: zubair\n---\nText\n",
    });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      expect(checkPosts(root, "UTC", "en")).toEqual([]);
      expect(warn.mock.calls.map((call) => String(call[0]))).toContain(
        'posts/zubair/index.md:4: warning: no other post has the translationKey "zubair", so this post links to no translation. Fix: give the translation the same line translationKey: "zubair" and its own lang:, or remove this line',
      );
    } finally {
      warn.mockRestore();
    }
  });
});
