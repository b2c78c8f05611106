import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkJournalismFields, leadImageProblem } from "../../../src/content/post-check.ts";
import { readPost } from "../../../src/content/post.ts";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Writes files into a temporary project and returns its root. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-check-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  roots.push(root);
  return root;
}

describe("leadImageProblem", () => {
  const root = project({
    "posts/a/lead.png": "png",
    "posts/a/photos/lead.JPG": "jpg",
    "posts/a/notes.md": "text",
    "posts/b/other.png": "png",
    "assets/logo.png": "png",
  });
  it.each([
    ["lead.png", undefined],
    ["photos/lead.JPG", undefined],
    ["./lead.png", undefined],
    ["https://example.org/lead.jpg", undefined],
    ["missing.png", "is not a file in posts/a/"],
    ["../../etc/passwd", "is outside posts/a/"],
    ["../b/other.png", "is outside posts/a/"],
    ["/assets/logo.png", "is outside posts/a/"],
    [
      "//example.org/lead.jpg",
      "leads to another site, example.org: browsers read it as //example.org/ (to them a backslash is a slash, and tabs and line breaks are dropped)",
    ],
    [
      "/\\example.org/lead.jpg",
      "leads to another site, example.org: browsers read it as //example.org/ (to them a backslash is a slash, and tabs and line breaks are dropped)",
    ],
    [
      "\\\\example.org\\lead.jpg",
      "leads to another site, example.org: browsers read it as //example.org/ (to them a backslash is a slash, and tabs and line breaks are dropped)",
    ],
    ["index.md", "is not an image file (png, jpg, jpeg, gif, webp, avif, svg)"],
    ["notes.md", "is not an image file (png, jpg, jpeg, gif, webp, avif, svg)"],
    [
      "http://example.org/lead.jpg",
      "is not an https:// URL: readers' browsers would refuse or warn about it",
    ],
    [
      "javascript:alert(1)",
      "is not an https:// URL: readers' browsers would refuse or warn about it",
    ],
    [
      "data:image/png;base64,AAAA",
      "is not an https:// URL: readers' browsers would refuse or warn about it",
    ],
  ])("%j → %j", (src, problem) => {
    expect(leadImageProblem(src, "posts/a/index.md", root)).toBe(problem);
  });

  it.each([
    ["link.png", "is a symbolic link in posts/a/, which the build does not publish"],
    [
      "elsewhere/outside.png",
      "is reached through a symbolic link out of posts/a/, which the build does not publish",
    ],
  ])("%j, a link to a file outside the project → %j", (src, problem) => {
    const outside = project({ "outside.png": "png" });
    symlinkSync(path.join(outside, "outside.png"), path.join(root, "posts/a/link.png"));
    symlinkSync(outside, path.join(root, "posts/a/elsewhere"));
    try {
      expect(leadImageProblem(src, "posts/a/index.md", root)).toBe(problem);
    } finally {
      rmSync(path.join(root, "posts/a/link.png"));
      rmSync(path.join(root, "posts/a/elsewhere"));
      rmSync(outside, { recursive: true });
    }
  });
});

describe("checkJournalismFields: dates in the site's time zone", () => {
  const post = (zone: string, updated: string) => {
    const root = project({
      "posts/a/index.md": `---\ntitle: A\ndate: 2008-03-27\nupdated: ${updated}\n---\nText\n`,
    });
    return checkJournalismFields(readPost(root, "posts/a/index.md", zone, ""), root);
  };
  const before = (updated: string) => ({
    file: "posts/a/index.md",
    line: 4,
    message: `front matter field "updated": ${updated} is before the post's date 2008-03-27`,
    fix: "a post can only be updated or corrected after it is published; check the year",
  });

  it.each([
    // 00:30 in Baghdad on the 27th is the post's own day there, though still the 26th in UTC.
    ["Asia/Baghdad", "2008-03-27T00:30+03:00", []],
    ["UTC", "2008-03-27T00:30+03:00", [before("2008-03-27T00:30+03:00")]],
    // 23:00 in New York on the 26th is the 27th in UTC, but the day before the post in New York.
    ["America/New_York", "2008-03-26T23:00-04:00", [before("2008-03-26T23:00-04:00")]],
    ["UTC", "2008-03-26T23:00-04:00", []],
    ["Asia/Baghdad", "2008-03-26", [before("2008-03-26")]],
    ["Asia/Baghdad", "2008-03-27", []],
  ])("in %s, updated: %s gives %j", (zone, updated, problems) => {
    expect(post(zone, updated)).toEqual(problems);
  });
});
