import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { referenceProblem } from "../../../../src/content/body/rules.ts";

/** A temporary project with `posts/a/` holding photo.png, notes.pages, images/, and assets/site.png. */
function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-body-rules-"));
  for (const file of [
    "posts/a/photo.png",
    "posts/a/notes.pages",
    "posts/a/images/x.png",
    "assets/site.png",
  ]) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), "");
  }
  return root;
}

const root = project();

/** The problem of one reference of posts/a/index.md, as `message. Fix: fix`, or `undefined`. */
function problemOf(target: string, kind: "image" | "link" = "image", written = target) {
  const problem = referenceProblem({ target, kind, written, folder: "posts/a", root });
  return problem && `${problem.message}. Fix: ${problem.fix}`;
}

describe("referenceProblem lets through", () => {
  it.each([
    ["a file of the post's folder", "photo.png", "image"],
    ["a file under assets/", "/assets/site.png", "image"],
    ["a URL with a scheme", "https://example.org/x.png", "image"],
    ["a data: URL", "data:image/png;base64,AA==", "image"],
    ["another host", "//cdn.example.org/x.png", "image"],
    ["a link to a page", "../other-post/", "link"],
    ["a link to a fragment", "#notes", "link"],
    ["a page the build writes", "/tags/iraq/", "link"],
    ["an image at another root path, left to verify", "/images/x.png", "image"],
    ["a linked file the build does not copy, outside the folder", "../b/notes.pages", "link"],
  ] as const)("%s: %s", (_, target, kind) => {
    expect(problemOf(target, kind)).toBeUndefined();
  });
});

describe("referenceProblem refuses, first rule first", () => {
  it.each([
    [
      "a path on the author's computer, before anything else",
      "~/Desktop/p\\ic.png",
      "image",
      '"~/Desktop/p\\\\ic.png" is a path on your computer, which readers\' browsers cannot open. Fix: copy the file into posts/a/ and write its name, e.g. "ic.png"',
    ],
    [
      "a path browsers take to another site",
      "/\t/evil.example/x.png",
      "image",
      '"/\\t/evil.example/x.png" leads to another site, evil.example: browsers read it as //evil.example/ (to them a backslash is a slash, and tabs and line breaks are dropped). Fix: write a path of this site with one / at the start, e.g. "/posts/basra/", or the other site\'s full address, "https://evil.example/…"',
    ],
    [
      "an image with no file",
      "",
      "image",
      "an image names no file. Fix: write the image's file name between the parentheses, e.g. ![What it shows](photo.png)",
    ],
    [
      "a backslash between folders",
      "images\\x.png",
      "image",
      'image "images\\\\x.png" separates folders with \\, which web addresses do not. Fix: write / instead: "images/x.png"',
    ],
    [
      "a link to a file the build does not publish",
      "notes.pages",
      "link",
      'linked file "notes.pages" is a kind of file the build does not publish. Fix: save it as one of png, jpg, jpeg, gif, webp, avif, svg, pdf, mp3, mp4, webm, vtt, geojson, kml, gpx, csv, doc, docx, xls, xlsx, ppt, pptx, odt, ods, odp, rtf, zip, m4a, ogg, wav, m4v, mov, ogv, oga, flac, or link to where it is published',
    ],
    [
      "an image outside the post's folder",
      "../b/photo.png",
      "image",
      'image "../b/photo.png" is outside posts/a/: only a post\'s own folder is published with it. Fix: copy the file into posts/a/ and write its name, e.g. "photo.png"',
    ],
    [
      "an image of a kind browsers do not show",
      "notes.pages",
      "image",
      'image "notes.pages" is not a kind of image browsers show. Fix: save it as PNG, JPEG, GIF, WebP, AVIF or SVG',
    ],
    [
      "a folder, even without an image's extension",
      "images",
      "image",
      'image "images" is a folder in posts/a/, not a file. Fix: write the name of a file in it, e.g. "images/photo.png"',
    ],
    [
      "a missing file under assets/",
      "/assets/gone.svg",
      "image",
      'image "/assets/gone.svg" is not a file in assets/. Fix: add gone.svg to assets/, or correct the path',
    ],
    [
      "a missing linked file",
      "report.pdf",
      "link",
      'linked file "report.pdf" is not a file in posts/a/. Fix: add report.pdf to posts/a/, or correct the path',
    ],
  ] as const)("%s", (_, target, kind, expected) => {
    expect(problemOf(target, kind)).toBe(expected);
  });
});
