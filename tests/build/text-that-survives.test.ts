import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, projectRoot, readPage, type BuiltSite } from "../helpers/build-site.ts";

const fixtures = path.join(projectRoot, "tests/fixtures/posts");
const fix = "Fix: delete it; it is invisible, and feeds and maps cannot carry it";

describe("a build with control characters in a title, a tag and a map caption", () => {
  const site = buildSite({
    posts: path.join(fixtures, "control-characters"),
    previousOutput: { "index.html": "the previous site" },
  });
  afterAll(() => rmSync(site.root, { recursive: true, force: true }));

  it("stops with the file, line, field and fix of each, and leaves the site as it was", () => {
    expect(site.exitCode).toBe(1);
    for (const line of [
      `posts/map-caption/index.md:11: map data value "caption" holds a control character (U+0008) at character 9. ${fix}`,
      `posts/title-and-tag/index.md:2: front matter field "title" holds a control character (U+0008) at character 9. ${fix}`,
      `posts/title-and-tag/index.md:4: front matter field "tags.2" holds a control character (U+0007) at character 4. ${fix}`,
    ]) {
      expect(site.stderr).toContain(line);
    }
    expect(site.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(readFileSync(path.join(site.output, "index.html"), "utf8")).toBe("the previous site");
    expect(existsSync(path.join(site.root, "_site.building"))).toBe(false);
  });
});

describe("a post with braces in its text and links in its headings", () => {
  let built: BuiltSite;
  beforeAll(() => {
    built = buildSite({ posts: path.join(fixtures, "text-that-survives") });
    if (built.exitCode !== 0) throw new Error(built.stderr);
  });
  afterAll(() => {
    if (built) rmSync(built.root, { recursive: true, force: true });
  });

  it("keeps curly braces that are not an attribute list as text", () => {
    const page = readPage(built.output, "/posts/truce/");
    const headings = [...page.querySelectorAll(".post-body h2")].map((h) => h.textContent);
    expect(headings).toEqual([
      "Washington welcomes the truce",
      "Casualties {disputed}",
      "Tehran’s role[1]",
    ]);
    expect(page.querySelectorAll(".post-body p")[2]?.textContent).toBe(
      "Hospital officials put the dead at 16,000 {of whom 1,000 deserted}.",
    );
  });

  it("nests no link in another, in the body or the table of contents", () => {
    const page = readPage(built.output, "/posts/truce/");
    expect(page.querySelectorAll("a a")).toHaveLength(0);
    const anchors = [...page.querySelectorAll(".post-body .header-anchor")].map((link) => [
      link.getAttribute("href"),
      link.getAttribute("aria-label"),
    ]);
    expect(anchors).toEqual([
      ["#washington-welcomes-the-truce", "Link to this section: Washington welcomes the truce"],
      ["#casualties-disputed", "Link to this section: Casualties {disputed}"],
      ["#tehrans-role", "Link to this section: Tehran’s role"],
    ]);
    expect(page.querySelector("#washington-welcomes-the-truce a")?.getAttribute("href")).toBe(
      "https://www.state.gov/",
    );
    const contents = [...page.querySelectorAll(".toc a")].map((link) => [
      link.getAttribute("href"),
      link.textContent,
    ]);
    expect(contents).toEqual([
      ["#washington-welcomes-the-truce", "Washington welcomes the truce"],
      ["#casualties-disputed", "Casualties {disputed}"],
      ["#tehrans-role", "Tehran’s role"],
    ]);
  });
});
