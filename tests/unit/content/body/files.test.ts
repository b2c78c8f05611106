import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkBodyFiles } from "../../../../src/content/body/files.ts";
import { checkPosts } from "../../../../src/content/check-posts.ts";
import { postAssetExtensions } from "../../../../src/content/files/post-files.ts";
import { formatProblem } from "../../../../src/errors.ts";

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
      '8: image "photo.png" is not a file in posts/a/. Fix: write its name as it is on disk, "Photo.png" (web servers tell capitals apart)',
      '9: image "../b/photo.png" is outside posts/a/: only a post\'s own folder is published with it. Fix: copy the file into posts/a/ and write its name, e.g. "photo.png"',
      '10: linked file "report.pdf" is not a file in posts/a/. Fix: add report.pdf to posts/a/, or correct the path',
      '11: image "report.pdf" is not a kind of image browsers show. Fix: save it as PNG, JPEG, GIF, WebP, AVIF or SVG',
      '12: image "/assets/gone.png" is not a file in assets/. Fix: add gone.png to assets/, or correct the path',
    ]);
  });

  it("leaves links to pages, and links to files the build does not copy, to npm run verify", () => {
    const root = project([]);
    expect(problemsOf("[Next](../next/) [Text](notes.txt) [Feed](/feed.xml)", root)).toEqual([]);
  });
});

describe("checkBodyFiles, as the renderer reads the post", () => {
  it("passes working images a regular expression would misread: entities, spaces, src= in alt, a > in an attribute", () => {
    const root = project(["Q&A.png", "café.jpg", "photo.png"]);
    const body = [
      '<img src="Q&amp;A.png" alt="a"> <img src="caf&eacute;.jpg" alt="b">',
      '<img src=" photo.png " alt="c">',
      '<img alt="see src=foo.png" src="photo.png">',
      '<img title="a > b" src="photo.png" alt="d">',
    ].join("\n");
    expect(problemsOf(body, root)).toEqual([]);
  });

  it("checks images in indented text and in footnotes, which the build renders as images", () => {
    const root = project([]);
    const body = [
      "Text.[^1]", // file line 5
      "",
      "    ![Indented](indented.png)", // 7: four spaces are text in Eleventy, not code
      "",
      "[^1]: ![In a footnote](footnote.png)", // 9
    ].join("\n");
    expect(problemsOf(body, root)).toEqual([
      '7: image "indented.png" is not a file in posts/a/. Fix: add indented.png to posts/a/, or correct the path',
      '9: image "footnote.png" is not a file in posts/a/. Fix: add footnote.png to posts/a/, or correct the path',
    ]);
  });

  it("checks srcset, <picture>, <video>, <audio>, <track> and <a href> in raw HTML", () => {
    const root = project(["photo.png"]);
    const body = [
      '<picture><source srcset="wide.webp 2x, photo.png 1x"><img src="photo.png" srcset="big.png 2x" alt=""></picture>',
      '<video src="clip.mp4" poster="poster.jpg"><track src="subs.vtt"></video>',
      '<audio src="talk.mp3"></audio> <a href="report.pdf">Report</a> <a href="../next/">Next</a>',
    ].join("\n");
    expect(problemsOf(body, root).map((problem) => problem.split(". Fix")[0])).toEqual([
      '5: image "wide.webp" is not a file in posts/a/',
      '5: image "big.png" is not a file in posts/a/',
      '6: linked file "clip.mp4" is not a file in posts/a/',
      '6: image "poster.jpg" is not a file in posts/a/',
      '6: linked file "subs.vtt" is not a file in posts/a/',
      '7: linked file "talk.mp3" is not a file in posts/a/',
      '7: linked file "report.pdf" is not a file in posts/a/',
    ]);
  });

  it("refuses raw HTML whose href or src looks like a path of this site but leads to another", () => {
    const root = project(["photo.png"]);
    const body = [
      '<a href="/\\evil.example/">One</a> <img src="/&#9;/evil.example/x.png" alt="">',
      '<a href="//example.org/">Two</a> [Three](/\\evil.example/) <a href="/%5Cevil.example/">Four</a>',
    ].join("\n");
    const leaves =
      "leads to another site, evil.example: browsers read it as //evil.example/ (to them a backslash is a slash, and tabs and line breaks are dropped)";
    const fix =
      'Fix: write a path of this site with one / at the start, e.g. "/posts/basra/", or the other site\'s full address, "https://evil.example/…"';
    expect(problemsOf(body, root)).toEqual([
      `5: "/\\\\evil.example/" ${leaves}. ${fix}`,
      `5: "/\\t/evil.example/x.png" ${leaves}. ${fix}`,
      // Markdown writes a backslash as %5C: no other site, but no page of this one either.
      '6: linked file "/\\\\evil.example/" separates folders with \\, which web addresses do not. Fix: write / instead: "/evil.example/"',
      '6: linked file "/\\\\evil.example/" separates folders with \\, which web addresses do not. Fix: write / instead: "/evil.example/"',
    ]);
  });

  it("does not publish a symbolic link, which the copy beside the page skips", () => {
    const root = project(["photo.png"]);
    symlinkSync("photo.png", path.join(root, "posts/a/linked.png"));
    expect(problemsOf("![Linked](linked.png)", root)).toEqual([
      '5: image "linked.png" is a symbolic link in posts/a/, which the build does not publish. Fix: put the file itself in posts/a/ in place of the link',
    ]);
  });

  it("names a path on the author's computer as such", () => {
    const root = project([]);
    expect(
      problemsOf("![A](C:/Users/me/Desktop/photo.png)\n\n![B](file:///Users/me/map.png)", root),
    ).toEqual([
      '7: "file:///Users/me/map.png" is a path on your computer, which readers\' browsers cannot open. Fix: copy the file into posts/a/ and write its name, e.g. "map.png"',
      '5: "C:/Users/me/Desktop/photo.png" is a path on your computer, which readers\' browsers cannot open. Fix: copy the file into posts/a/ and write its name, e.g. "photo.png"',
    ]);
  });
});

describe("checkBodyFiles, more paths that would break", () => {
  it("refuses home folders and network shares, backslashes, an empty image, an unpublished file, and matches names without accents", () => {
    const root = project(["café.png", "notes.pages"]);
    const body = [
      "![A](~/Desktop/pic.png)",
      "![B](/Users/me/pic.png)",
      "",
      "![C](\\\\server\\share\\pic.png)", // its own paragraph: Markdown's \\ escape hides its line
      "",
      "[D](docs\\report.pdf)",
      "![E]()",
      "[F](notes.pages)",
      "![G](cafe.png)",
      "[H](../next-post/) [I](/about/) [J](index.html)",
    ].join("\n");
    expect(problemsOf(body, root)).toEqual([
      '5: "~/Desktop/pic.png" is a path on your computer, which readers\' browsers cannot open. Fix: copy the file into posts/a/ and write its name, e.g. "pic.png"',
      '6: "/Users/me/pic.png" is a path on your computer, which readers\' browsers cannot open. Fix: copy the file into posts/a/ and write its name, e.g. "pic.png"',
      '8: "\\\\server\\\\share\\\\pic.png" is a path on your computer, which readers\' browsers cannot open. Fix: copy the file into posts/a/ and write its name, e.g. "pic.png"',
      '10: linked file "docs\\\\report.pdf" separates folders with \\, which web addresses do not. Fix: write / instead: "docs/report.pdf"',
      "11: an image names no file. Fix: write the image's file name between the parentheses, e.g. ![What it shows](photo.png)",
      `12: linked file "notes.pages" is a kind of file the build does not publish. Fix: save it as one of ${postAssetExtensions.join(", ")}, or link to where it is published`,
      '13: image "cafe.png" is not a file in posts/a/. Fix: write its name as it is on disk, "café.png" (web servers tell capitals apart)',
    ]);
  });
});

describe("checkBodyFiles line numbers", () => {
  it("gives each reference the line where its path is written", () => {
    const root = project([]);
    const body = [
      "| Map | Note |", // 5
      "| --- | --- |",
      "| ![t](m1.png) | z |", // 7: a table cell
      "",
      "The map m2.png is below,", // 9: named in prose first
      "and here it is:",
      "![Map](m2.png)", // 11
      "![m3.png](m3.png)", // 12: the name in the alt text first
      "![second](m3.png)", // 13
      "Also data.png is discussed here", // 14
      "and ![b](a.png)", // 15: a.png stands inside data.png on the line before
      "and ![c][pic] too.", // 16
      "",
      "[pic]: m4.png", // 18: a reference image's path is on its definition's line
    ].join("\n");
    expect(problemsOf(body, root).map((problem) => problem.split(":")[0])).toEqual([
      "7",
      "11",
      "12",
      "13",
      "15",
      "18",
    ]);
  });
});

describe("checkBodyFiles fixes", () => {
  it("says what to write when the file is there under another spelling or in another folder", () => {
    const root = project(["images/Pic.png", "images/pic2.png", "Q&A.png", "café.jpg"]);
    const nfd = "cafe\u0301.jpg";
    const body = [
      "![A](Images/Pic.png)",
      "![B](pic2.png)",
      "![C](Q%26A.png)",
      `![D](${nfd})`,
      "![E](/assets/Site.png)",
      "![F](images/)",
      "[G](/assets/css/)",
      "![H](/assets/../package.json.png)",
      "![I](a%00.png)",
    ].join("\n");
    expect(problemsOf(body, root)).toEqual([
      '5: image "Images/Pic.png" is not a file in posts/a/. Fix: write its name as it is on disk, "images/Pic.png" (web servers tell capitals apart)',
      '6: image "pic2.png" is not a file in posts/a/. Fix: write its path in posts/a/, "images/pic2.png"',
      '7: image "Q%26A.png" is not a file in posts/a/: web servers do not read the %-escapes in its name. Fix: rename the file to a name of letters, digits, "-" and "_" (no "&", "#", "?" or "%"), and write that name',
      `8: image "${nfd}" is not a file in posts/a/. Fix: its accented letters are encoded differently from the file's name, "café.jpg" (Unicode NFC and NFD): type the name again, or rename the file`,
      '9: image "/assets/Site.png" is not a file in assets/. Fix: write its name as it is on disk, "/assets/site.png" (web servers tell capitals apart)',
      '10: image "images/" is a folder in posts/a/, not a file. Fix: write the name of a file in it, e.g. "images/photo.png"',
      '13: image "a\\u0000.png" is not a file in posts/a/. Fix: add a\\u0000.png to posts/a/, or correct the path',
    ]);
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
      'posts/a/index.md:6: image "/assets/logo.svg" is not a file in assets/. Fix: add logo.svg to assets/, or correct the path',
    ]);
    writeFileSync(path.join(root, "assets/logo.svg"), "<svg/>");
    expect(checkPosts(root)).toEqual([]);
  });
});

describe("checkBodyFiles, a link to a file the build does not publish, alone in its body", () => {
  const unpublished = (name: string, line: number) =>
    `${line}: linked file "${name}" is a kind of file the build does not publish. Fix: save it as one of ${postAssetExtensions.join(", ")}, or link to where it is published`;

  it.each([
    ["a .bib file", "[refs](refs.bib)", "refs.bib", 5],
    ["a .txt file", "[notes](notes.txt)", "notes.txt", 5],
    ["a post's own cite.bib", "[the sources](cite.bib)", "cite.bib", 5],
    ["a file without an extension", "[data](README)", "README", 5],
    // A reference link's path is on its definition's line.
    ["a link reference definition", "[refs][r]\n\n[r]: refs.bib", "refs.bib", 7],
    ["a link with a title", '[notes](notes.txt "My notes")', "notes.txt", 5],
  ])("refuses %s whatever else the post holds", (_case, body, name, line) => {
    const root = project(["refs.bib", "notes.txt", "cite.bib", "README", "d.pdf"]);
    expect(problemsOf(body, root)).toEqual([unpublished(name, line)]);
    expect(problemsOf(`${body}\n\n[d](d.pdf)`, root)).toEqual([unpublished(name, line)]);
  });
});
