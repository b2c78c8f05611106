/**
 * Posts that try to steer Eleventy (engine settings in front matter, JavaScript front matter,
 * data files and templates in posts/, permalinks out of the output folder or over the build's own
 * files) stop the build before anything runs, with each problem's file, line and fix.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildProject, buildSite, makeProject, projectRoot } from "../helpers/build-site.ts";

const fixtures = path.join(projectRoot, "tests/fixtures/posts");
const engineSetting = "is one of Eleventy's engine settings, which a post may not set";
const template =
  "is a template (.njk), which the build would run as code; a post is Markdown only, in its folder's index.md";

describe("posts that try to steer Eleventy's engine", () => {
  const site = buildSite({
    posts: path.join(fixtures, "engine-steering"),
    previousOutput: { "index.html": "the previous site" },
  });

  it("stop the build with every problem's file, line and fix, and no stack trace", () => {
    expect(site.exitCode).toBe(1);
    expect(site.stderr.trim().split("\n")).toEqual([
      `posts/computed/index.md:4: front matter field "eleventyComputed" ${engineSetting}. Fix: remove it and write each field's value itself, e.g. title: …`,
      `posts/computed/index.md:6: front matter field "pagination" ${engineSetting}. Fix: remove it: a post is one page`,
      `posts/computed/index.md:9: front matter field "eleventyExcludeFromCollections" ${engineSetting}. Fix: remove it; to keep the post off the site, write draft: true instead`,
      `posts/computed/index.md:10: front matter field "eleventyNavigation" ${engineSetting}. Fix: remove it: Dispatch sets Eleventy's settings itself; see the README's front-matter table for the fields a post may have`,
      `posts/computed/index.md:11: front matter field "permalinkBypassOutputDir" ${engineSetting}. Fix: remove it: every page is written inside the output folder; give the post's path with permalink: /path/ if it needs one`,
      "posts/datafile/datafile.11tydata.js:1: is an Eleventy data file, which would set fields of the posts beside it (or run code) at build time; Dispatch does not read data files. Fix: remove it, and write each field in the front matter of the post's index.md",
      "posts/jsfront/index.md:1: front matter written in JavaScript (---js) would be run as code by the build; a post is data, never code. Fix: write the front matter in YAML, opened by a line holding only ---, or in JSON, opened by ---json",
      `posts/layout/evil.njk:1: ${template}. Fix: remove it, and write the post's text in posts/layout/index.md`,
      'posts/layout/index.md:4: front matter field "layout": "../posts/layout/evil.njk" is not one of the site\'s layouts in layouts/. Fix: remove it (every post is laid out with post.njk), or write one of: layout: base.njk, layout: post.njk',
      'posts/outside/index.md:4: front matter field "permalink": "../../outside.html" has a "." or ".." segment, which could put the page outside the output folder or over another page. Fix: write the path from the site\'s root without . or .., e.g. permalink: /about/',
      `posts/override/index.md:4: front matter field "templateEngineOverride" ${engineSetting}. Fix: remove it: a post is Markdown and is never run as a template; {{ }} and {% %} in it are shown as written`,
      'posts/override/index.md:5: front matter field "permalink": "/assets/js/video.js" is in /assets/, a folder the build fills with its own files; a post\'s page may not take its place. Fix: choose a path of its own, e.g. permalink: /about/, or remove the line to publish the post at /posts/<its folder>/',
      'posts/permalinks/index.md:4: front matter field "permalink": "/%2e%2e/x.html" has a %: servers decode percent-escapes (%2e%2e is ..), so the page would be served at another path. Fix: write the characters themselves, without %, e.g. permalink: /about/',
      `posts/template/notes.njk:1: ${template}. Fix: remove it, and write the post's text in posts/template/index.md`,
      "Build failed: 14 problems in content; _site/ was left as it was.",
    ]);
    expect(site.stdout).toBe("");
  });

  it("run none of the posts' code and write nothing outside the output folder", () => {
    expect(existsSync(path.join(site.root, "pwned-by-js-front-matter.txt"))).toBe(false);
    expect(existsSync(path.join(site.root, "pwned-by-data-file.txt"))).toBe(false);
    expect(existsSync(path.join(site.root, "..", "outside.html"))).toBe(false);
    expect(readFileSync(path.join(site.output, "index.html"), "utf8")).toBe("the previous site");
  });
});

describe("a post at the path of a page the project adds in pages/", () => {
  const root = makeProject({ posts: path.join(fixtures, "page-clash") });
  writeFileSync(
    path.join(root, "pages/about.njk"),
    "---\nlayout: base.njk\ntitle: About\npermalink: /about/\n---\n<h1>About</h1>\n",
  );
  const site = buildProject(root);

  it("stops the build naming the post's permalink line and the page, not Eleventy's error", () => {
    expect(site.exitCode).toBe(1);
    expect(site.stderr.trim().split("\n")).toEqual([
      "posts/about/index.md:4: the post's URL /about/ is written by pages/about.njk too; two pages cannot share one file. Fix: give this post another permalink, or remove it",
      "Build failed: 1 problem in content; _site/ was left as it was.",
    ]);
  });
});
