import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, projectRoot, readPage, runVerify } from "../helpers/build-site.ts";

const fixtures = path.join(projectRoot, "tests/fixtures/posts");
const arabic = "%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9";
const oldPath = "/2008/03/27/continuing-battle-for-the-south-basra/";

describe.each([
  ["/", ""],
  ["/basra-blog/", "/basra-blog"],
])("a post with a slug and aliases, built under the path prefix %s", (prefix, base) => {
  const site = buildSite({
    posts: path.join(fixtures, "permalinks"),
    args: [`--pathprefix=${prefix}`],
  });

  it("succeeds, warning about the misspelt field with the nearest known name", () => {
    expect(site.exitCode).toBe(0);
    expect(site.stderr).toContain(
      'posts/Basra Timeline/index.md:4: warning: front matter field "titel" is not one Dispatch reads. Fix: did you mean "title"?',
    );
  });

  it("publishes the post at /posts/<slug>/, UTF-8 on disk and percent-encoded in links", () => {
    expect(readdirSync(path.join(site.output, "posts")).sort()).toEqual([
      "basra-timeline",
      "البصرة",
    ]);
    const home = readPage(site.output, "/");
    const hrefs = [...home.querySelectorAll("h2 a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual([`${base}/posts/basra-timeline/`, `${base}/posts/${arabic}/`]);
  });

  it("copies the post's files beside its page under the slug, not the folder's name", () => {
    const folder = path.join(site.output, "posts", "البصرة");
    // Leaving out the files made from photo.png (src/images/): photo-<hash>-1.avif…
    const made = /^photo-[\w-]{10}-1\.(?:avif|webp|png)$/;
    expect(
      readdirSync(folder)
        .filter((name) => !made.test(name))
        .sort(),
    ).toEqual([
      "cite.bib",
      "cite.ris",
      "index.html",
      "map-1",
      "map-1-ground.json",
      "map-1-locator.svg",
      "map-1.geojson",
      "map-1.svg",
      "photo.png",
      "places.geojson",
      "share.png",
    ]);
    expect(existsSync(path.join(site.output, "posts", "old-folder"))).toBe(false);
    const page = readPage(site.output, "/posts/البصرة/");
    expect(page.querySelector(".lead-image img")?.getAttribute("src")).toMatch(made);
    expect(page.querySelector("img.dispatch-map__static")?.getAttribute("src")).toBe("map-1.svg");
    expect(page.querySelector('meta[property="og:image"]')?.getAttribute("content")).toBe(
      `https://dispatch.test${base}/posts/${arabic}/share.png`,
    );
  });

  it("writes _redirects with each alias under the prefix", () => {
    expect(readFileSync(path.join(site.output, "_redirects"), "utf8")).toBe(
      "# Old URLs of posts (their aliases), written by Dispatch\n" +
        `${base}${oldPath} ${base}/posts/${arabic}/ 301\n` +
        `${base}/archives/${arabic}.html ${base}/posts/${arabic}/ 301\n`,
    );
  });

  it("writes a redirect page at each old path: refresh, canonical, noindex and a link", () => {
    for (const page of [
      readPage(site.output, oldPath),
      readPage(site.output, "/archives/البصرة.html"),
    ]) {
      const target = `${base}/posts/${arabic}/`;
      expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content")).toBe(
        `0; url=${target}`,
      );
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
        `https://dispatch.test${target}`,
      );
      expect(page.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
      expect(page.querySelector("main a")?.getAttribute("href")).toBe(target);
      expect(page.querySelector("main a")?.textContent).toBe("البصرة: the battle for the south");
      expect(page.querySelectorAll("script")).toHaveLength(0);
    }
  });

  it("keeps redirect pages out of the sitemap, the feeds and the search index", () => {
    for (const file of ["sitemap.xml", "feed.xml", "feed.json"]) {
      const text = readFileSync(path.join(site.output, file), "utf8");
      expect(text, file).toContain(`posts/${arabic}/`);
      expect(text, file).not.toContain("2008/03/27");
      expect(text, file).not.toContain("archives/");
    }
    const entry = JSON.parse(
      readFileSync(path.join(site.output, "pagefind/pagefind-entry.json"), "utf8"),
    ) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0)).toBe(2);
  });

  it("passes npm run verify: valid HTML, links that resolve, no inline script", () => {
    const verify = runVerify(site.root);
    expect(verify.stderr).toBe("");
    expect(verify.exitCode).toBe(0);
  });
});

describe.each([
  {
    fixture: "duplicate-permalinks",
    expected: [
      "posts/copy/index.md:4: the post's URL /posts/basra/ is also the URL of posts/basra/index.md (its folder's name); two posts cannot share a URL. Fix: give this post another slug, e.g. slug: basra-2",
      'posts/copy/index.md:6: front matter field "aliases.0": "/2008/03/27/basra/" is also an alias at posts/basra/index.md:5; an old URL can redirect to one post only. Fix: keep the alias in one post and remove it from the other',
      "posts/permalink-copy/index.md:4: the post's URL /posts/basra/index.html is the same page as /posts/basra/, the URL of posts/basra/index.md (its folder's name); two posts cannot share a URL. Fix: give this post another permalink, e.g. permalink: /posts/basra-2/, or remove it",
      "Build failed: 3 problems in content; _site/ was left as it was.",
    ],
  },
  {
    fixture: "alias-on-a-page",
    expected: [
      'posts/basra/index.md:6: front matter field "aliases.0": "/archive/" is in /archive/, where the build writes the site\'s own pages. Fix: remove the alias, or write the post\'s old path outside that folder',
      'posts/basra/index.md:7: front matter field "aliases.1": "/tags/iraq/feed.xml" is in /tags/, where the build writes the site\'s own pages. Fix: remove the alias, or write the post\'s old path outside that folder',
      "Build failed: 2 problems in content; _site/ was left as it was.",
    ],
  },
  {
    fixture: "aliases-with-other-problems",
    expected: [
      'posts/basra/index.md:5: front matter field "aliases.0": "/posts/pic/map-25.svg" is inside /posts/pic/, the folder of the post posts/pic/index.md, where its page and files (images, maps) are published, so the redirect would take the place of one of them. Fix: remove the alias',
      'posts/pic/index.md:4: front matter field "tags": expected a list, found the text "a, b". Fix: write tags as a list: tags: [a, b]',
      'posts/pic/index.md:6: front matter field "aliases.0": "/feed.xml" is the path of /feed.xml, a file the build writes itself. Fix: remove the alias: an old URL cannot take the place of that file',
      'posts/pic/index.md:7: front matter field "aliases.1": "/posts/pic/photo.png" is inside /posts/pic/, the folder of the post posts/pic/index.md, where its page and files (images, maps) are published, so the redirect would take the place of one of them. Fix: remove the alias',
      'posts/pic/index.md:8: front matter field "aliases.2": "/tags/" is in /tags/, where the build writes the site\'s own pages. Fix: remove the alias, or write the post\'s old path outside that folder',
      "Build failed: 5 problems in content; _site/ was left as it was.",
    ],
  },
  {
    fixture: "alias-on-a-generated-file",
    expected: [
      'posts/basra/index.md:5: front matter field "aliases.0": "/feed.xml" is the path of /feed.xml, a file the build writes itself. Fix: remove the alias: an old URL cannot take the place of that file',
      'posts/basra/index.md:6: front matter field "aliases.1": "/sitemap.xml" is the path of /sitemap.xml, a file the build writes itself. Fix: remove the alias: an old URL cannot take the place of that file',
      'posts/basra/index.md:7: front matter field "aliases.2": "/assets/css/" is in /assets/, a folder the build fills with its own files. Fix: remove the alias, or write the post\'s old path outside that folder',
      'posts/basra/index.md:8: front matter field "aliases.3": "/pagefind/" is in /pagefind/, a folder the build fills with its own files. Fix: remove the alias, or write the post\'s old path outside that folder',
      'posts/basra/index.md:9: front matter field "aliases.4": "/POSTS/timeline/" differs from /posts/timeline/, the URL of the post posts/timeline/index.md, only in upper and lower case, so on a disk that ignores case (macOS, Windows) the redirect would replace it. Fix: remove the alias',
      'posts/basra/index.md:11: front matter field "aliases.6": "/2008/03/27/basra" is the same old URL as aliases.5 ("/2008/03/27/basra/", line 10); the post lists it twice. Fix: remove one of the two',
      'posts/basra/index.md:12: front matter field "aliases.7": "/?p=12" has a ? query or # fragment, which a static site cannot redirect. Fix: remove it: without its query it is the home page; list the post\'s old path instead, e.g. /2008/03/27/old-slug/',
      'posts/basra/index.md:13: front matter field "aliases.8": "/posts/index.html" is /posts/, the folder of every post, not one post\'s old path. Fix: write the post\'s old path, e.g. /posts/old-slug/',
      'posts/basra/index.md:14: front matter field "aliases.9": "/index.html" is the home page\'s file. Fix: remove it: the home page cannot redirect to a post',
      'posts/basra/index.md:15: front matter field "aliases.10": "/sitemap.xml/x/" is inside /sitemap.xml, a file the build writes itself, which cannot also be a folder. Fix: remove the alias, or write the post\'s old path outside that file\'s name',
      "Build failed: 10 problems in content; _site/ was left as it was.",
    ],
  },
])("a build where two things would write one URL ($fixture)", ({ fixture, expected }) => {
  const site = buildSite({
    posts: path.join(fixtures, fixture),
    previousOutput: { "index.html": "the previous site" },
  });

  it("fails naming both files, with no stack trace, and leaves the previous site", () => {
    expect(site.exitCode).toBe(1);
    for (const text of expected) expect(site.stderr).toContain(text);
    expect(site.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(site.stderr).not.toContain("DuplicatePermalinkOutputError");
    expect(site.stderr).not.toContain("EEXIST");
    expect(site.stderr).not.toContain("EISDIR");
    // Eleventy's "[11ty] Copied 7 Wrote 14 files" is not said of a build that failed.
    expect(site.stdout).toBe("");
    expect(readFileSync(path.join(site.output, "index.html"), "utf8")).toBe("the previous site");
  });
});
