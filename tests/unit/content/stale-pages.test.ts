import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { removeStalePages, stalePaths } from "../../../src/content/stale-pages.ts";

const page = (inputPath: string, outputPath: string | false) => ({ inputPath, outputPath });

describe("stalePaths", () => {
  it("names the folder of a deleted post, a topic page no post needs, and nothing still written", () => {
    const previous = [
      page("./posts/basra/index.md", "_site/posts/basra/index.html"),
      page("./posts/gone/index.md", "_site/posts/gone/index.html"),
      page("./posts/own-permalink/index.md", "_site/posts/old.html"),
      page("./pages/tag.njk", "_site/tags/iraq/index.html"),
      page("./pages/tag.njk", "_site/tags/gone/index.html"),
      page("./posts/no-page/index.md", false),
    ];
    const current = [
      page("./posts/basra/index.md", "_site/posts/basra/index.html"),
      page("./pages/tag.njk", "_site/tags/iraq/index.html"),
    ];
    expect(stalePaths(previous, current)).toEqual([
      path.normalize("_site/posts/gone"),
      path.normalize("_site/posts/old.html"),
      path.normalize("_site/tags/gone/index.html"),
    ]);
  });

  it("keeps a renamed post's folder when another page is now written in it", () => {
    const previous = [page("./posts/a/index.md", "_site/posts/a/index.html")];
    const current = [page("./posts/b/index.md", "_site/posts/a/page/index.html")];
    expect(stalePaths(previous, current)).toEqual([path.normalize("_site/posts/a/index.html")]);
  });

  it("finds nothing after the first build", () => {
    expect(stalePaths([], [page("./posts/a/index.md", "_site/posts/a/index.html")])).toEqual([]);
  });
});

describe("removeStalePages", () => {
  it("removes a deleted post's page with its files, and never anything outside the output", () => {
    const root = mkdtempSync(path.join(tmpdir(), "stale-"));
    const output = path.join(root, "_site");
    mkdirSync(path.join(output, "posts/gone"), { recursive: true });
    writeFileSync(path.join(output, "posts/gone/index.html"), "old");
    writeFileSync(path.join(output, "posts/gone/photo.png"), "png");
    writeFileSync(path.join(root, "outside.html"), "keep");
    const removed = removeStalePages(
      [
        page("./posts/gone/index.md", path.join(output, "posts/gone/index.html")),
        page("./pages/x.njk", path.join(root, "outside.html")),
      ],
      [],
      output,
    );
    expect(removed).toEqual([path.join(output, "posts/gone")]);
    expect(existsSync(path.join(output, "posts/gone"))).toBe(false);
    expect(existsSync(path.join(root, "outside.html"))).toBe(true);
  });
});
