/**
 * A post's folder with hostile files, built as an author would: a symbolic-link loop, a map file
 * that is a link out of the project, an SVG with a script and a page of HTML. One build: it ends
 * (the loop is reported, not walked), fails with each file named and its fix, prints no stack
 * trace and leaves the previous `_site/` as it was.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildProject, makeProject, type BuiltSite } from "../helpers/build-site.ts";

describe("a post folder with a link loop, a linked map file, a scripted SVG and an HTML page", () => {
  let built: BuiltSite;
  let outside: string;

  beforeAll(() => {
    const posts = mkdtempSync(path.join(tmpdir(), "dispatch-posts-"));
    const folder = path.join(posts, "hostile");
    mkdirSync(folder);
    writeFileSync(
      path.join(folder, "index.md"),
      '---\ntitle: Hostile\ndate: 2008-03-27\n---\n\nThe route:\n\n{% map "route.geojson" %}\n',
    );
    writeFileSync(
      path.join(folder, "chart.svg"),
      '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(document.cookie)</script>\n</svg>\n',
    );
    writeFileSync(path.join(folder, "report.html"), "<script>alert(1)</script>\n");
    const root = makeProject({ posts, previousOutput: { "index.html": "the previous site" } });
    outside = mkdtempSync(path.join(tmpdir(), "dispatch-outside-"));
    writeFileSync(path.join(outside, "secret.geojson"), '{"type": "secret"}');
    // Made in the project itself: a copy would make the loop's relative target absolute.
    symlinkSync("..", path.join(root, "posts/hostile/loop"));
    symlinkSync(
      path.join(outside, "secret.geojson"),
      path.join(root, "posts/hostile/route.geojson"),
    );
    built = buildProject(root);
  });

  it("fails, naming each file with what it holds and the fix, and no stack trace", () => {
    expect(built.exitCode).toBe(1);
    const noLinks = "the build follows no link in posts/";
    const lines = built.stderr.split("\n");
    for (const expected of [
      "posts/hostile/chart.svg:2: a <script> element: it would run on the site whenever the file is opened. Fix: export the file again without scripts, or delete the element",
      `posts/hostile/loop: is a symbolic link to .., a folder that holds the link (a loop); ${noLinks}. Fix: delete the link`,
      `posts/hostile/route.geojson: is a symbolic link to ${path.join(outside, "secret.geojson")}, outside the project; ${noLinks}, since one could publish any file of the machine that builds the site. Fix: put a copy of the file itself in posts/hostile/ instead of the link`,
      `posts/hostile/index.md:8: map file "route.geojson" is reached through the symbolic link posts/hostile/route.geojson, which the build does not follow. Fix: put a copy of the file itself in the post's folder instead of the link`,
      "posts/hostile/report.html: warning: is not published: a .html file would run as a page of the site, with its scripts. Fix: put what it holds in index.md, or publish it elsewhere and link to it",
    ]) {
      expect(lines).toContain(expected);
    }
    expect(built.stderr).not.toMatch(/\n\s+at /);
    expect(built.stderr).not.toContain('"type": "secret"');
  });

  it("leaves the previous site as it was", () => {
    expect(readFileSync(path.join(built.output, "index.html"), "utf8")).toBe("the previous site");
  });
});
