import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkPosts } from "../../../src/content/check-posts.ts";
import { checkFolderFiles, postsLinkProblems } from "../../../src/content/folder-files.ts";
import { walkTree } from "../../../src/content/files/folder-tree.ts";
import { formatProblem } from "../../../src/errors.ts";
import { readMapTag } from "../../../src/markdown/map-tag.ts";

const post = "---\ntitle: Basra\ndate: 2008-03-27\n---\nText\n";

/** Writes files into a temporary project and returns its root. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-files-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const noLinks = "the build follows no link in posts/";

describe("symbolic links under posts/", () => {
  it("are listed by the walk and never entered, so a loop ends at once", () => {
    const root = project({ "posts/a/index.md": post });
    symlinkSync("..", path.join(root, "posts/a/loop"));
    symlinkSync(".", path.join(root, "posts/a/self"));
    expect(walkTree(path.join(root, "posts"))).toEqual([
      { path: "a", kind: "folder" },
      { path: "a/index.md", kind: "file" },
      { path: "a/loop", kind: "link" },
      { path: "a/self", kind: "link" },
    ]);
  });

  it("are each refused with where they point and the fix", () => {
    const root = project({ "posts/a/index.md": post, "assets/shared.png": "png" });
    const outside = mkdtempSync(path.join(tmpdir(), "dispatch-outside-"));
    writeFileSync(path.join(outside, "secret.geojson"), "{}");
    symlinkSync(path.join(outside, "secret.geojson"), path.join(root, "posts/a/data.geojson"));
    symlinkSync("../../assets/shared.png", path.join(root, "posts/a/shared.png"));
    symlinkSync("..", path.join(root, "posts/a/loop"));
    symlinkSync("missing.png", path.join(root, "posts/a/broken.png"));
    symlinkSync("ring-b", path.join(root, "posts/a/ring-a"));
    symlinkSync("ring-a", path.join(root, "posts/a/ring-b"));
    expect(postsLinkProblems(root).map(formatProblem)).toEqual([
      `posts/a/broken.png: is a symbolic link to missing.png, which does not exist; ${noLinks}. Fix: delete the link, or put the file itself in its place`,
      `posts/a/data.geojson: is a symbolic link to ${path.join(outside, "secret.geojson")}, outside the project; ${noLinks}, since one could publish any file of the machine that builds the site. Fix: put a copy of the file itself in posts/a/ instead of the link`,
      `posts/a/loop: is a symbolic link to .., a folder that holds the link (a loop); ${noLinks}. Fix: delete the link`,
      `posts/a/ring-a: is a symbolic link to ring-b that leads back into itself (a loop); ${noLinks}. Fix: delete the link`,
      `posts/a/ring-b: is a symbolic link to ring-a that leads back into itself (a loop); ${noLinks}. Fix: delete the link`,
      `posts/a/shared.png: is a symbolic link to assets/shared.png; ${noLinks}. Fix: put a copy of the file itself in posts/a/ instead of the link`,
    ]);
  });

  it("stop checkPosts with the loop reported, not followed", () => {
    const root = project({ "posts/a/index.md": post });
    symlinkSync("../..", path.join(root, "posts/a/up"));
    expect(checkPosts(root).map(formatProblem)).toEqual([
      `posts/a/up: is a symbolic link to ../.., a folder that holds the link (a loop); ${noLinks}. Fix: delete the link`,
    ]);
  });

  it("are not read as map files, even through a linked folder", () => {
    const root = project({ "posts/a/index.md": post });
    const outside = mkdtempSync(path.join(tmpdir(), "dispatch-outside-"));
    writeFileSync(path.join(outside, "route.geojson"), '{"type": "Nope"}');
    symlinkSync(outside, path.join(root, "posts/a/maps"));
    symlinkSync(path.join(outside, "route.geojson"), path.join(root, "posts/a/route.geojson"));
    const read = (file: string) =>
      readMapTag({ file, attributes: {} }, "posts/a/index.md", 7, root);
    expect(read("route.geojson")).toEqual({
      ok: false,
      problems: [
        {
          file: "posts/a/index.md",
          line: 7,
          message:
            'map file "route.geojson" is reached through the symbolic link posts/a/route.geojson, which the build does not follow',
          fix: "put a copy of the file itself in the post's folder instead of the link",
        },
      ],
    });
    expect(read("maps/route.geojson")).toMatchObject({
      problems: [
        {
          message:
            'map file "maps/route.geojson" is reached through the symbolic link posts/a/maps, which the build does not follow',
        },
      ],
    });
  });
});

describe("checkFolderFiles", () => {
  let warnings: string[];
  beforeEach(() => {
    warnings = [];
    vi.spyOn(console, "warn").mockImplementation((text: string) => void warnings.push(text));
  });
  afterEach(() => vi.restoreAllMocks());

  it("refuses an SVG, KML or GPX file that would run code, with the file's own line", () => {
    const root = project({
      "posts/a/index.md": post,
      "posts/a/chart.svg":
        '<svg xmlns="http://www.w3.org/2000/svg">\n<rect onmouseover="alert(1)"/>\n</svg>',
      "posts/a/maps/route.gpx":
        '<gpx xmlns="http://www.topografix.com/GPX/1/1">\n<x:script xmlns:x="http://www.w3.org/1999/xhtml"/>\n</gpx>',
      "posts/a/sound.svg": '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>',
    });
    expect(checkFolderFiles("posts/a/index.md", root).map(formatProblem)).toEqual([
      "posts/a/chart.svg:2: an event handler onmouseover= on <rect>: it would run on the site whenever the file is opened. Fix: export the file again without scripts, or delete the attribute",
      "posts/a/maps/route.gpx:2: a <x:script> element: it would run on the site whenever the file is opened. Fix: export the file again without scripts, or delete the element",
    ]);
    expect(warnings).toEqual([]);
  });

  it("warns that an XML or script file in the folder is not published, and leaves templates and data files to the error that stops the build", () => {
    const root = project({
      "posts/a/index.md": post,
      "posts/a/report.html": "<script>alert(1)</script>",
      "posts/a/a.11tydata.js": "export default {}",
      "posts/a/tracker.js": "alert(1)",
      "posts/a/feed.XML": "<x/>",
      "posts/a/notes.txt": "not published either, without a word",
    });
    expect(checkFolderFiles("posts/a/index.md", root)).toEqual([]);
    expect(warnings).toEqual([
      "posts/a/feed.XML: warning: is not published: a .xml file would run as a page of the site, with its scripts. Fix: put what it holds in index.md, or publish it elsewhere and link to it",
      "posts/a/tracker.js: warning: is not published: a .js file would run as a page of the site, with its scripts. Fix: put what it holds in index.md, or publish it elsewhere and link to it",
    ]);
  });
});
