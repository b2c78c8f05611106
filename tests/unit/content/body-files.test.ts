import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bodyFileReferences, checkBodyFiles } from "../../../src/content/body-files.ts";
import { checkPosts } from "../../../src/content/check-posts.ts";
import { formatProblem } from "../../../src/errors.ts";

/** A temporary project with `posts/a/` holding `files` (empty files), and `assets/site.png`. */
function project(files: readonly string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-body-files-"));
  for (const file of ["posts/a/index.md", "assets/site.png", ...files.map((f) => `posts/a/${f}`)]) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), "");
  }
  return root;
}

/** The problems of `body` (after a front matter of 4 lines) as `line: message. Fix: fix`. */
function problemsOf(body: string, root: string): string[] {
  return checkBodyFiles(body, 4, "posts/a/index.md", root).map((problem) =>
    formatProblem(problem).replace("posts/a/index.md:", ""),
  );
}

describe("bodyFileReferences", () => {
  it("finds Markdown images, reference images, <img> in raw HTML and links, each on its line", () => {
    const body = [
      "Intro.", // 0
      "", // 1
      "A paragraph over two lines", // 2
      "with ![a photo](photo.png) in it.", // 3
      "", // 4
      "<figure><img alt=\"x\" src='map.svg'></figure>", // 5
      "", // 6
      "See ![ref][r] and [the report](report.pdf) and <img src=inline.png>.", // 7
      "", // 8
      "[r]: <ref image.jpg>", // 9
      "", // 10
      "```", // 11
      "![in code](code.png)", // 12
      "```", // 13
    ].join("\n");
    expect(bodyFileReferences(body)).toEqual([
      { target: "photo.png", kind: "image", bodyLine: 3 },
      { target: "map.svg", kind: "image", bodyLine: 5 },
      { target: "ref%20image.jpg", kind: "image", bodyLine: 7 },
      { target: "report.pdf", kind: "link", bodyLine: 7 },
      { target: "inline.png", kind: "image", bodyLine: 7 },
    ]);
  });

  it("leaves out an <img> in an HTML comment, which no reader sees", () => {
    const body = 'Text.\n\n<!-- <img src="old.png"> -->\n\nMore <!-- <img src="x.png"> --> text.\n';
    expect(bodyFileReferences(body)).toEqual([]);
  });

  it("parses nothing in a body with no image and no link", () => {
    expect(bodyFileReferences("Plain text, [not a link].\n\n- a list\n")).toEqual([]);
  });
});

describe("checkBodyFiles", () => {
  it("passes files that are in the post's folder, in subfolders, under assets/, or on the web", () => {
    const root = project(["photo.png", "images/Map.SVG", "report.pdf", "ref image.jpg"]);
    const body = [
      "![A](photo.png) ![B](./images/Map.SVG?v=2) ![C](/assets/site.png)",
      "![D](https://example.org/x.png) ![E](//cdn.example.org/x.png) ![F](data:image/png;base64,AA==)",
      "[Report](report.pdf#page=2) [Post](../other-post/) [Notes](#notes) [Tags](/tags/iraq/)",
      "![G](<ref image.jpg>)",
    ].join("\n");
    expect(problemsOf(body, root)).toEqual([]);
  });

  it("names the line, the file and the fix for each image or file that would be broken", () => {
    const root = project(["Photo.png", "notes.txt"]);
    const body = [
      "Intro.",
      "",
      "![A missing photo](missing.png)",
      "![Wrong case](photo.png)",
      "![Outside](../b/photo.png)",
      "[Missing report](report.pdf)",
      "![Not an image](report.pdf)",
      '<img src="/assets/gone.png" alt="">',
    ].join("\n");
    expect(problemsOf(body, root)).toEqual([
      '7: image "missing.png" is not a file in posts/a/. Fix: add missing.png to posts/a/, or correct the path',
      '8: image "photo.png" is not a file in posts/a/. Fix: write its name as it is on disk, "Photo.png" (servers tell capitals apart)',
      '9: image "../b/photo.png" is outside posts/a/: only a post\'s own folder is published with it. Fix: copy the file into posts/a/ and write its name, e.g. "photo.png"',
      '10: linked file "report.pdf" is not a file in posts/a/. Fix: add report.pdf to posts/a/, or correct the path',
      '11: image "report.pdf" is not a kind of image browsers show. Fix: save it as PNG, JPEG, GIF, WebP, AVIF or SVG',
      '12: image "/assets/gone.png" is not a file in assets/. Fix: add assets/gone.png to the project, or correct the path',
    ]);
  });

  it("leaves links to pages, and links to files the build does not copy, to npm run verify", () => {
    const root = project([]);
    expect(problemsOf("[Next](../next/) [Text](notes.txt) [Feed](/feed.xml)", root)).toEqual([]);
  });
});

describe("checkPosts", () => {
  it("reports a missing image with the line it has in the post's file", () => {
    const root = project([]);
    writeFileSync(
      path.join(root, "posts/a/index.md"),
      "---\ntitle: A\ndate: 2008-03-27\n---\n\nText.\n\n![The bridge](bridge.jpg)\n",
    );
    expect(checkPosts(root).map(formatProblem)).toEqual([
      'posts/a/index.md:8: image "bridge.jpg" is not a file in posts/a/. Fix: add bridge.jpg to posts/a/, or correct the path',
    ]);
  });

  it("sees a fix made outside the post's folder at the next check (the dev server's rebuilds)", () => {
    const root = project([]);
    writeFileSync(
      path.join(root, "posts/a/index.md"),
      "---\ntitle: A\ndate: 2008-03-27\n---\n\n![The logo](/assets/logo.svg)\n",
    );
    expect(checkPosts(root).map(formatProblem)).toEqual([
      'posts/a/index.md:6: image "/assets/logo.svg" is not a file in assets/. Fix: add assets/logo.svg to the project, or correct the path',
    ]);
    writeFileSync(path.join(root, "assets/logo.svg"), "<svg/>");
    expect(checkPosts(root)).toEqual([]);
  });
});
