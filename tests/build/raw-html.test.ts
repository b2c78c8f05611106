import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite, projectRoot } from "../helpers/build-site.ts";

const post = "posts/hostile/index.md";

describe("a build with a post whose raw HTML holds handlers, a frame and a javascript: link", () => {
  const site = buildSite({
    posts: path.join(projectRoot, "tests/fixtures/posts/raw-html"),
    previousOutput: { "index.html": "the previous site" },
  });
  afterAll(() => rmSync(site.root, { recursive: true, force: true }));

  it("stops with the file, line and fix of each, and leaves the site as it was", () => {
    expect(site.exitCode).toBe(1);
    for (const line of [
      `${post}:6: raw HTML holds event handler onclick= on <b>, which would run on the page. Fix: delete the attribute`,
      `${post}:10: raw HTML holds event handler onmouseover= on <div>, which would run on the page. Fix: delete the attribute`,
      `${post}:14: raw HTML holds <iframe>, which loads another page or program into the post. Fix: delete it: a video goes in with {% video %}, a map with {% map %}; link to anything else`,
      `${post}:14: raw HTML holds srcdoc= on <iframe>, a page of its own inside the post. Fix: delete the attribute`,
      `${post}:18: raw HTML holds javascript: URL in href= on <a>, which runs code when followed. Fix: give it an https:// address or a path of the site, or delete it`,
    ]) {
      expect(site.stderr).toContain(line);
    }
    expect(site.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(readFileSync(path.join(site.output, "index.html"), "utf8")).toBe("the previous site");
    expect(existsSync(path.join(site.root, "_site.building"))).toBe(false);
  });
});
