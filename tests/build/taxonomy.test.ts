import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { slugify } from "../../src/shared/slug.ts";
import { buildSite, projectRoot, readPage, runVerify } from "../helpers/build-site.ts";

const fixtures = path.join(projectRoot, "tests/fixtures/posts");

/** Titles of the posts a list page links to, in order. */
/** Headlines of a list page in order: the front page's stories, then its lists (not its topic sections). */
function listed(document: Document, selector = ".story-headline a, .post-list-title a"): string[] {
  return [...document.querySelectorAll(selector)]
    .filter((link) => !link.closest(".topic-section"))
    .map((link) => link.textContent ?? "");
}

/** The href of the link with rel `rel` in the page's pagination nav, or null. */
function pagerLink(document: Document, rel: string): string | null {
  return (
    document.querySelector(`nav[aria-label="Pagination"] a[rel="${rel}"]`)?.getAttribute("href") ??
    null
  );
}

describe("home, archive, tags, authors and series on fixture posts, two posts per page", () => {
  const site = buildSite({
    posts: path.join(fixtures, "taxonomy"),
    site: {
      lists: { postsPerPage: 2 },
      frontPage: { topStories: 1, sections: ["iraq", "Syria"], postsPerSection: 2 },
      authors: [
        { name: "Jane Roe", bio: "Covers southern Iraq.", url: "https://example.org/jane" },
        { name: "Sam Listed" },
      ],
    },
  });

  it("builds, and the output passes verify", () => {
    expect(site.stderr).toBe("");
    expect(site.exitCode).toBe(0);
    const verify = runVerify(site.root);
    expect(verify.stdout + verify.stderr).not.toMatch(/problem/i);
    expect(verify.exitCode).toBe(0);
  });

  it("paginates the home page newest first, same-date posts by input path", () => {
    const pages = ["/", "/page/2/", "/page/3/"].map((url) => readPage(site.output, url));
    expect(pages.map((page) => listed(page))).toEqual([
      ["The newest post", "A post tagged with an emoji"],
      ["Same day A", "Same day B"],
      ["The oldest post", "A long post in another place"],
    ]);
    expect(existsSync(path.join(site.output, "page/4/index.html"))).toBe(false);
    expect(existsSync(path.join(site.output, "page/1/index.html"))).toBe(false);
  });

  it("lays out the first page as a front page: lead, top story, then topic sections", () => {
    const home = readPage(site.output, "/");
    const stories = [...home.querySelectorAll(".story")].map((story) => [
      story.className,
      story.querySelector(".kicker")?.textContent,
      story.querySelector(".story-headline")?.textContent,
    ]);
    expect(stories).toEqual([
      ["story story--lead", "iraq", "The newest post"],
      ["story story--top", "🔥", "A post tagged with an emoji"],
    ]);
    const sections = [...home.querySelectorAll(".topic-section")].map((section) => [
      section.querySelector("h2 a")?.getAttribute("href"),
      section.querySelector("h2")?.textContent,
      [...section.querySelectorAll(".post-list-title a")].map((link) => link.textContent),
    ]);
    // The first page's posts are not repeated; the topic is named as the oldest post spells it.
    expect(sections).toEqual([
      ["/tags/iraq/", "iraq", ["Same day A", "Same day B"]],
      ["/tags/syria/", "Syria", ["A long post in another place"]],
    ]);
    expect(readPage(site.output, "/page/2/").querySelector(".story, .topic-section")).toBeNull();
  });

  it("links the pages of the home page with rel prev and next in a Pagination nav", () => {
    const [first, second, third] = ["/", "/page/2/", "/page/3/"].map((url) =>
      readPage(site.output, url),
    );
    expect([pagerLink(first!, "prev"), pagerLink(first!, "next")]).toEqual([null, "/page/2/"]);
    expect([pagerLink(second!, "prev"), pagerLink(second!, "next")]).toEqual(["/", "/page/3/"]);
    expect([pagerLink(third!, "prev"), pagerLink(third!, "next")]).toEqual(["/page/2/", null]);
    expect(second!.querySelector(".pagination-position")?.textContent).toBe("Page 2 of 3");
    expect(second!.querySelector("title")?.textContent).toBe("Latest analysis, page 2 · Dispatch");
  });

  it("gives each post in a list its summary, byline linked to the author page, date and reading time", () => {
    const item = readPage(site.output, "/page/2/").querySelector(".post-list-item")!;
    expect(item.querySelector(".dek")?.textContent).toBe(
      "The first of two posts of 27 March 2008.",
    );
    const author = item.querySelector(".byline .author a");
    expect(author?.textContent).toBe("Jane Roe");
    expect(author?.getAttribute("href")).toBe("/authors/jane-roe/");
    expect(item.querySelector(".byline time")?.getAttribute("datetime")).toBe("2008-03-27");
    expect(item.querySelector(".reading-time")?.textContent).toBe("1 min read");
    // 461 words of prose at 230 words a minute; its map data and code block do not count.
    const long = readPage(site.output, "/page/3/").querySelectorAll(".reading-time")[1];
    expect(long?.textContent).toBe("3 min read");
  });

  it("lists the archive by year and month, newest first, same-date posts by input path", () => {
    const archive = readPage(site.output, "/archive/");
    expect([...archive.querySelectorAll("h2")].map((h) => h.textContent)).toEqual(["2008"]);
    expect(
      [...archive.querySelectorAll("h3 time")].map((t) => [
        t.textContent,
        t.getAttribute("datetime"),
      ]),
    ).toEqual([
      ["April 2008", "2008-04"],
      ["March 2008", "2008-03"],
      ["February 2008", "2008-02"],
    ]);
    expect(listed(archive, ".archive-list a")).toEqual([
      "The newest post",
      "A post tagged with an emoji",
      "Same day A",
      "Same day B",
      "The oldest post",
      "A long post in another place",
    ]);
  });

  it("makes Iraq, iraq and ' IRAQ ' one tag, spelt as in the oldest post, paginated", () => {
    const first = readPage(site.output, "/tags/iraq/");
    const second = readPage(site.output, "/tags/iraq/page/2/");
    expect(first.querySelector("h1")?.textContent).toBe("iraq");
    expect(listed(first)).toEqual(["The newest post", "Same day A"]);
    expect(listed(second)).toEqual(["Same day B", "The oldest post"]);
    expect([pagerLink(first, "next"), pagerLink(second, "prev")]).toEqual([
      "/tags/iraq/page/2/",
      "/tags/iraq/",
    ]);
    expect(existsSync(path.join(site.output, "tags/iraq/page/3/index.html"))).toBe(false);
  });

  it("lists every tag with its count by name, and links each post's tags to their pages", () => {
    const index = readPage(site.output, "/tags/");
    const rows = [...index.querySelectorAll(".tag-index li")].map((li) => [
      li.querySelector("a")?.textContent,
      li.querySelector("a")?.getAttribute("href"),
      li.querySelector(".count")?.textContent,
    ]);
    const fire = slugify("🔥", "tag");
    expect(rows).toEqual([
      ["🔥", `/tags/${fire}/`, "(1 post)"],
      ["Basra", "/tags/basra/", "(1 post)"],
      ["iraq", "/tags/iraq/", "(4 posts)"],
      ["Oil", "/tags/oil/", "(1 post)"],
      ["Syria", "/tags/syria/", "(1 post)"],
      ["البصرة", "/tags/%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9/", "(1 post)"],
    ]);
    const tags = readPage(site.output, "/posts/b-same-day/").querySelectorAll(".post-footer a");
    expect([...tags].map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["iraq", "/tags/iraq/"],
      ["البصرة", "/tags/%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9/"],
    ]);
  });

  it("writes the Arabic tag's page under its Arabic name and the emoji tag's under a non-empty slug", () => {
    expect(existsSync(path.join(site.output, "tags", "البصرة", "index.html"))).toBe(true);
    expect(listed(readPage(site.output, "/tags/البصرة/"))).toEqual(["Same day B"]);
    const fire = slugify("🔥", "tag");
    expect(fire).toMatch(/^tag-[0-9a-z]+$/);
    expect(listed(readPage(site.output, `/tags/${fire}/`))).toEqual([
      "A post tagged with an emoji",
    ]);
  });

  it("gives every author a page: bylines folded into one, site.authors with bio and link", () => {
    const index = readPage(site.output, "/authors/");
    expect(
      [...index.querySelectorAll(".author-index a")].map((a) => [
        a.textContent,
        a.getAttribute("href"),
      ]),
    ).toEqual([
      ["Jane Roe", "/authors/jane-roe/"],
      ["Sam Listed", "/authors/sam-listed/"],
    ]);
    const jane = readPage(site.output, "/authors/jane-roe/");
    expect(jane.querySelector(".author-bio")?.textContent).toBe("Covers southern Iraq.");
    expect(jane.querySelector(".author-url a")?.getAttribute("href")).toBe(
      "https://example.org/jane",
    );
    expect(listed(jane)).toEqual(["The newest post", "Same day A"]);
    expect([...jane.querySelectorAll(".byline .author a")].map((a) => a.textContent)).toEqual([
      "Jane Roe",
      "Jane Roe",
    ]);
    const sam = readPage(site.output, "/authors/sam-listed/");
    expect(sam.querySelector(".post-list li")?.textContent).toBe("No posts by Sam Listed yet.");
  });

  it("lists a series oldest first and numbers each part with links within the series", () => {
    const series = readPage(site.output, "/series/battle-for-the-south/");
    expect(series.querySelector("h1")?.textContent).toBe("Series: Battle for the South");
    expect(listed(series, ".series-parts h2 a")).toEqual([
      "The oldest post",
      "Same day A",
      "Same day B",
    ]);
    const box = (url: string) => {
      const nav = readPage(site.output, url).querySelector(".series-nav")!;
      return {
        heading: nav.querySelector("h2")?.textContent,
        series: nav.querySelector("h2 a")?.getAttribute("href"),
        previous: nav.querySelector(".series-previous a")?.getAttribute("href") ?? null,
        next: nav.querySelector(".series-next a")?.getAttribute("href") ?? null,
      };
    };
    expect(box("/posts/c-oldest/")).toEqual({
      heading: "Part 1 of 3 in Battle for the South",
      series: "/series/battle-for-the-south/",
      previous: null,
      next: "/posts/a-same-day/",
    });
    expect(box("/posts/a-same-day/")).toEqual({
      heading: "Part 2 of 3 in Battle for the South",
      series: "/series/battle-for-the-south/",
      previous: "/posts/c-oldest/",
      next: "/posts/b-same-day/",
    });
    expect(box("/posts/b-same-day/").heading).toBe("Part 3 of 3 in Battle for the South");
    expect(readPage(site.output, "/posts/d-newest/").querySelector(".series-nav")).toBeNull();
  });

  it("links each post to the posts before and after it in time, and to its related posts", () => {
    const page = readPage(site.output, "/posts/a-same-day/");
    // In time, same-date posts by input path as series parts are: oldest, A, B, emoji, newest.
    expect(page.querySelector(".post-previous a")?.getAttribute("href")).toBe("/posts/c-oldest/");
    expect(page.querySelector(".post-next a")?.getAttribute("href")).toBe("/posts/b-same-day/");
    // Same day B: Iraq, series, Zubair within 50 km (7); oldest: Iraq, series (5); newest: Iraq
    // (2). B and the oldest are linked already, as series parts and as previous and next posts.
    expect(listed(page, ".related-posts a")).toEqual(["The newest post"]);
    // B, part 3: A is its previous part and post; the oldest and the newest move up.
    expect(listed(readPage(site.output, "/posts/b-same-day/"), ".related-posts a")).toEqual([
      "The oldest post",
      "The newest post",
    ]);
    const newest = readPage(site.output, "/posts/d-newest/");
    expect(newest.querySelector(".post-next")).toBeNull();
    expect(newest.querySelector(".post-previous a")?.getAttribute("href")).toBe("/posts/e-emoji/");
    expect(readPage(site.output, "/posts/e-emoji/").querySelector(".related-posts")).toBeNull();
  });
});

describe("two different tags with the same slug", () => {
  const site = buildSite({ posts: path.join(fixtures, "tag-collision") });

  it("stop the build with a message naming both tags, both posts and the fix", () => {
    expect(site.exitCode).toBe(1);
    expect(site.stderr).toBe(
      [
        'posts/second/index.md:6: tag "iraq?" has the URL /tags/iraq/, the same as tag "Iraq!" of posts/first/index.md:4; two tags cannot share a page. Fix: spell both the same way, or make them differ in letters or digits, not only in punctuation',
        "Build failed: 1 problem in content; _site/ was left as it was.",
        "",
      ].join("\n"),
    );
  });
});
