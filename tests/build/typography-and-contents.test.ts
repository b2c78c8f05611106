import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, projectRoot, readPage, type BuiltSite } from "../helpers/build-site.ts";

const fixture = path.join(projectRoot, "tests/fixtures/posts/typography-and-contents");
let built: BuiltSite;

beforeAll(() => {
  built = buildSite({ posts: fixture });
  if (built.exitCode !== 0) throw new Error(built.stderr);
});
afterAll(() => {
  if (built) rmSync(built.root, { recursive: true, force: true });
});

const title = "Sadr’s “ceasefire” – what it means…";
const dek = "The government’s offer & the militia’s <answer>, in Q&A form.";
const post = "/posts/sections/";

describe("smart typography in titles and deks", () => {
  it("curls the headline, the dek, <title> and the page's metadata, escaping & and < once", () => {
    const page = readPage(built.output, post);
    const meta = (selector: string) => page.querySelector(selector)?.getAttribute("content");
    expect(page.querySelector(".post-header h1")?.textContent).toBe(title);
    expect(page.querySelector(".post-header .dek")?.textContent).toBe(dek);
    expect(page.querySelector("title")?.textContent).toBe(`${title} · Dispatch`);
    expect(meta('meta[name="description"]')).toBe(dek);
    expect(meta('meta[property="og:title"]')).toBe(title);
    expect(meta('meta[property="og:description"]')).toBe(dek);
    expect(meta('meta[name="twitter:title"]')).toBe(title);
    const html = readFileSync(path.join(built.output, post, "index.html"), "utf8");
    expect(html).toContain(
      '<p class="dek" data-pagefind-meta="summary">The government’s offer &amp; the militia’s &lt;answer&gt;',
    );
    expect(html).not.toContain("&amp;amp;");
  });

  it("curls them in structured data", () => {
    const page = readPage(built.output, post);
    const article = [...page.querySelectorAll('script[type="application/ld+json"]')]
      .map((script) => JSON.parse(script.textContent ?? "") as Record<string, unknown>)
      .find((document) => document["@type"] === "AnalysisNewsArticle");
    expect([article?.headline, article?.description]).toEqual([title, dek]);
  });

  it("curls them in lists of posts: the home page, the topic page, the archive", () => {
    const home = readPage(built.output, "/");
    const item = [...home.querySelectorAll(".story, .post-list-item")].find((element) =>
      element.querySelector("h2 a, h3 a")?.getAttribute("href")?.endsWith(post),
    );
    expect(item?.querySelector("h2, h3")?.textContent?.trim()).toBe(title);
    expect(item?.querySelector(".dek")?.textContent).toBe(dek);
    expect(
      readPage(built.output, "/tags/basra/")
        .querySelector(".post-list-item h2")
        ?.textContent?.trim(),
    ).toBe(title);
    expect(
      [...readPage(built.output, "/archive/").querySelectorAll("main li a")].map(
        (a) => a.textContent,
      ),
    ).toContain(title);
  });

  it("curls them in the Atom feeds and the JSON Feed", () => {
    for (const file of ["feed.xml", "tags/basra/feed.xml"]) {
      const { document } = parseHTML(readFileSync(path.join(built.output, file), "utf8"));
      const entry = [...document.querySelectorAll("entry")].find((element) =>
        element.querySelector("link")?.getAttribute("href")?.endsWith(post),
      );
      expect([
        entry?.querySelector("title")?.textContent,
        entry?.querySelector("summary")?.textContent,
      ]).toEqual([title, dek]);
    }
    const feed = JSON.parse(readFileSync(path.join(built.output, "feed.json"), "utf8")) as {
      items: { url: string; title: string; summary?: string }[];
    };
    const item = feed.items.find((entry) => entry.url.endsWith(post));
    expect([item?.title, item?.summary]).toEqual([title, dek]);
  });

  it("keeps the URL from the folder's name", () => {
    expect(
      readPage(built.output, post).querySelector('link[rel="canonical"]')?.getAttribute("href"),
    ).toBe(`https://dispatch.test${post}`);
  });
});

describe("table of contents", () => {
  /** The contents list of a post as [text, href] pairs, nested lists as arrays. */
  function contents(url: string) {
    const nav = readPage(built.output, url).querySelector("nav.toc");
    if (!nav) return undefined;
    const list = (ol: Element | null): unknown[] =>
      [...(ol?.children ?? [])].map((li) => {
        const link = li.querySelector(":scope > a");
        const nested = li.querySelector(":scope > ol");
        const entry = [link?.textContent, link?.getAttribute("href")];
        return nested ? [...entry, list(nested)] : entry;
      });
    return list(nav.querySelector(":scope > ol"));
  }

  it("lists the ## sections with the ### under each, as plain text linked to their headings", () => {
    expect(contents(post)).toEqual([
      [
        "The offer",
        "#the-offer",
        [
          ["What Baghdad wants", "#what-baghdad-wants"],
          ["What Sadr wants", "#what-sadr-wants"],
        ],
      ],
      ["The answer in Basra", "#the-answer-in-basra"],
      ["What comes next", "#what-comes-next"],
    ]);
    const page = readPage(built.output, post);
    for (const link of page.querySelectorAll("nav.toc a")) {
      expect(page.getElementById(link.getAttribute("href")!.slice(1))?.tagName).toMatch(/^H[23]$/);
    }
  });

  it("is a labelled navigation landmark after the header, outside the searchable body", () => {
    const page = readPage(built.output, post);
    const nav = page.querySelector("nav.toc");
    expect(nav?.getAttribute("aria-labelledby")).toBe("toc-heading");
    expect(page.getElementById("toc-heading")?.textContent).toBe("Contents");
    expect(nav?.previousElementSibling?.className).toBe("post-header");
    expect(nav?.nextElementSibling?.className).toBe("post-body");
    expect(nav?.querySelectorAll("a a, sup")).toHaveLength(0);
  });

  it("is left out with fewer sections than site.toc.minHeadings and with toc: false; toc: true forces it", () => {
    expect(contents("/posts/two-sections/")).toBeUndefined();
    expect(contents("/posts/contents-off/")).toBeUndefined();
    expect(contents("/posts/contents-on/")).toEqual([["Only section", "#only-section"]]);
  });

  it("is not in feeds", () => {
    expect(readFileSync(path.join(built.output, "feed.xml"), "utf8")).not.toContain("toc-heading");
    expect(readFileSync(path.join(built.output, "feed.json"), "utf8")).not.toContain("toc-heading");
  });
});

describe("what search indexes of a post", () => {
  it("marks only the body as searchable; the headline and dek are metadata, the byline is outside", () => {
    const page = readPage(built.output, post);
    expect(
      [...page.querySelectorAll("[data-pagefind-body]")].map((element) => element.className),
    ).toEqual(["post-body"]);
    expect(page.querySelector("h1")?.getAttribute("data-pagefind-meta")).toBe("title");
    expect(page.querySelector(".dek")?.getAttribute("data-pagefind-meta")).toBe("summary");
    expect(page.querySelector("[data-pagefind-body] .byline")).toBeNull();
    expect(page.querySelector(".byline")?.closest("[data-pagefind-body]")).toBeNull();
  });

  it("leaves the dateline and its dash out of the index", () => {
    const first = readPage(built.output, post).querySelector(".post-body p");
    const ignored = first?.querySelector("[data-pagefind-ignore]");
    expect(ignored?.textContent).toBe("BASRA, Iraq — ");
    expect(first?.firstElementChild).toBe(ignored);
  });
});

describe("a site with a higher threshold", () => {
  it("gives a contents list only from site.toc.minHeadings sections", () => {
    const site = buildSite({ posts: fixture, site: { toc: { minHeadings: 4 } } });
    try {
      expect(site.exitCode).toBe(0);
      expect(readPage(site.output, post).querySelector("nav.toc")).toBeNull();
      expect(readPage(site.output, "/posts/contents-on/").querySelector("nav.toc")).not.toBeNull();
    } finally {
      rmSync(site.root, { recursive: true, force: true });
    }
  });
});
