/**
 * Hostile posts built as an author would. A post's folder with a symbolic-link loop, a map file
 * that is a link out of the project, an SVG with a script and a page of HTML: the build ends (the
 * loop is reported, not walked), fails with each file named and its fix, prints no stack trace
 * and leaves the previous `_site/` as it was. A post whose raw HTML holds handlers, scripts,
 * `javascript:` links, `<svg onload>`, `<iframe srcdoc>` and a form: its Atom, JSON and tag
 * feeds carry none of them, its responsive image drops the `onerror`, and `npm run verify`
 * reports what its page keeps (the Content-Security-Policy's to block), not the feeds.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseJsonFeed } from "feedsmith";
import sharp from "sharp";
import {
  buildProject,
  buildSite,
  makeProject,
  readPage,
  runVerify,
  type BuiltSite,
} from "../helpers/build-site.ts";

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

  beforeAll(async () => {
    const posts = mkdtempSync(path.join(tmpdir(), "dispatch-posts-"));
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

  const hostile =
    /onclick|onload|onerror|javascript:|srcdoc|<script|<svg|<iframe|<form|<input|<button/i;

  it("builds, and no feed carries any of it: Atom, JSON Feed and the tag's feed", () => {
    expect(built.exitCode).toBe(0);
    const atom = readFileSync(path.join(built.output, "feed.xml"), "utf8");
    const tag = readFileSync(path.join(built.output, "tags/iraq/feed.xml"), "utf8");
    const json = parseJsonFeed(readFileSync(path.join(built.output, "feed.json"), "utf8"));
    const content = json.items?.[0]?.content_html ?? "";
    expect(content).toContain("<p>Text <a>link</a> and <b>bold</b>.</p>");
    expect(content).toContain('alt="The quay"');
    expect(content).toContain("<p>The end.</p>");
    expect(content).not.toMatch(hostile);
    for (const feed of [atom, tag]) {
      expect(feed).toContain(
        "&lt;p&gt;Text &lt;a&gt;link&lt;/a&gt; and &lt;b&gt;bold&lt;/b&gt;.&lt;/p&gt;",
      );
      expect(feed).not.toMatch(hostile);
    }
  });

  it("drops the author's onerror from the responsive picture", () => {
    const image = readPage(built.output, "/posts/raw/").querySelector("picture img");
    expect(image?.getAttribute("alt")).toBe("The quay");
    expect(image?.hasAttribute("onerror")).toBe(false);
  });

  it("is reported by verify for its page, the policy's to block, and not for its feeds", () => {
    const verified = runVerify(built.root);
    expect(verified.exitCode).toBe(1);
    const found = verified.stdout + verified.stderr;
    // The picture's <img> is not among them: its onerror was dropped.
    expect(
      found
        .split("\n")
        .filter((line) => line.includes("[script]"))
        .map((line) => line.replace(/^_site\/posts\/raw\/index\.html:\d+: \[script\] /, "")),
    ).toEqual([
      "inline event handler onclick= on <b>",
      "javascript: URL in href= on <a>",
      "inline event handler onload= on <svg>",
      "srcdoc= on <iframe> puts a whole page inline",
      "inline <script>: only JSON data islands may be inline",
    ]);
    expect(found).not.toMatch(/\[feed\]|\[svg\]/);
  });
});
