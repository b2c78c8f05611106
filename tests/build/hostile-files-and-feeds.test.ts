/**
 * Hostile posts built as an author would. A post's folder with a symbolic-link loop, a map file
 * that is a link out of the project, an SVG with a script and a page of HTML: the build ends (the
 * loop is reported, not walked), fails with each file named and its fix, prints no stack trace
 * and leaves the previous `_site/` as it was. A post whose raw HTML holds handlers, scripts,
 * `javascript:` links, `<svg onload>`, `<iframe srcdoc>` and a form: the build stops at each with
 * its line and fix, so that no page or feed carries any of them (before, the page kept them for
 * the Content-Security-Policy to block and `npm run verify` to report).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { buildProject, buildSite, makeProject, type BuiltSite } from "../helpers/build-site.ts";

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
      "posts/hostile/report.html:1: is a template (.html), which the build would run as code; a post is Markdown only, in its folder's index.md. Fix: remove it, and write the post's text in posts/hostile/index.md",
    ]) {
      expect(lines).toContain(expected);
    }
    expect(built.stderr).not.toContain("report.html: warning");
    expect(built.stderr).not.toMatch(/\n\s+at /);
    expect(built.stderr).not.toContain('"type": "secret"');
  });

  it("leaves the previous site as it was", () => {
    expect(readFileSync(path.join(built.output, "index.html"), "utf8")).toBe("the previous site");
  });
});

describe("a post whose raw HTML holds handlers, scripts, javascript: links and frames", () => {
  let built: BuiltSite;
  let posts: string;

  beforeAll(async () => {
    posts = mkdtempSync(path.join(tmpdir(), "dispatch-posts-"));
    const folder = path.join(posts, "raw");
    mkdirSync(folder);
    await sharp({ create: { width: 120, height: 80, channels: 3, background: "#369" } })
      .png()
      .toFile(path.join(folder, "photo.png"));
    writeFileSync(
      path.join(folder, "index.md"),
      [
        "---",
        "title: Raw",
        "date: 2008-03-27",
        "tags: [Iraq]",
        "---",
        "",
        'Text <a href="javascript:alert(1)">link</a> and <b onclick="alert(2)">bold</b>.',
        "",
        '<svg onload="alert(3)"><circle r="3"/></svg>',
        "",
        '<iframe srcdoc="<script>alert(4)</script>"></iframe>',
        "",
        '<img src="photo.png" onerror="alert(5)" alt="The quay">',
        "",
        '<form action="https://evil.example/"><input name="q"><button>Go</button></form>',
        "",
        "<script>alert(6)</script>",
        "",
        "The end.",
        "",
      ].join("\n"),
    );
    built = buildSite({ posts });
  });
  afterAll(() => {
    rmSync(posts, { recursive: true, force: true });
    if (built) rmSync(built.root, { recursive: true, force: true });
  });

  const at = (line: number, message: string) =>
    `posts/raw/index.md:${line}: raw HTML holds ${message}`;
  const handler = "which would run on the page. Fix: delete the attribute";
  const form =
    "a form, which can send what readers type elsewhere. Fix: delete it, and link to the form on its own site";

  it("stops the build at each, with its line and fix, and no stack trace", () => {
    expect(built.exitCode).toBe(1);
    expect(built.stderr.trim().split("\n")).toEqual([
      at(
        7,
        "javascript: URL in href= on <a>, which runs code when followed. Fix: give it an https:// address or a path of the site, or delete it",
      ),
      at(7, `event handler onclick= on <b>, ${handler}`),
      at(9, `event handler onload= on <svg>, ${handler}`),
      at(
        11,
        "<iframe>, which loads another page or program into the post. Fix: delete it: a video goes in with {% video %}, a map with {% map %}; link to anything else",
      ),
      at(11, "srcdoc= on <iframe>, a page of its own inside the post. Fix: delete the attribute"),
      at(13, `event handler onerror= on <img>, ${handler}`),
      at(15, `<form>, ${form}`),
      at(15, `<input>, ${form}`),
      at(15, `<button>, ${form}`),
      at(
        17,
        "<script>, which would run on the page. Fix: delete it: a post holds no code (a map goes in a ```geojson block or {% map %}, a video in {% video %})",
      ),
      "Build failed: 10 problems in content; _site/ was left as it was.",
    ]);
  });

  it("writes no page and no feed that could carry any of it", () => {
    expect(existsSync(path.join(built.output, "posts/raw/index.html"))).toBe(false);
    expect(existsSync(path.join(built.output, "feed.xml"))).toBe(false);
    expect(existsSync(path.join(built.output, "feed.json"))).toBe(false);
  });
});
