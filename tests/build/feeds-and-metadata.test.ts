import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { XMLParser } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { buildSite, projectRoot, readPage, runVerify } from "../helpers/build-site.ts";

const fixture = path.join(projectRoot, "tests/fixtures/posts/feeds-and-metadata");
/**
 * The fixture post's title as readers see it: its front matter (`Sadr's "army" & Basra: <b>not</b>
 * a </script> title`) with the body's smart typography, markup still text.
 */
const title = `Sadr’s “army” & Basra: <b>not</b> a </script> title`;
/** The fixture post's summary, curled the same way. */
const summary = `The offensive falters & the “Knights’ Charge” stalls.`;
const base = "https://dispatch.test/basra-blog";
const postUrl = `${base}/posts/basra-analysis/`;
/** The fixture posts' feed ids: tag URIs of their publication day and slug (RFC 4151). */
const postId = "tag:dispatch.test,2008-03-27:basra-analysis";
const olderId = "tag:dispatch.test,2008-03-25:older-report";
const mapId = "map-basra-analysis-1";

describe("feeds and metadata of a site built for /basra-blog/", () => {
  const site = buildSite({ posts: fixture, args: ["--pathprefix=/basra-blog/"] });
  const read = (file: string) => readFileSync(path.join(site.output, file), "utf8");

  it("builds and passes npm run verify, feeds, sitemap and JSON-LD included", () => {
    expect(site.stderr).not.toContain("Error");
    expect(site.exitCode).toBe(0);
    expect(site.stderr).toContain(
      "posts/basra-analysis/index.md:43: warning: [kml_flashembed] is a WordPress Flash video embed",
    );
    const verify = runVerify(site.root);
    expect(verify.stderr).toBe("");
    expect(verify.exitCode).toBe(0);
  });

  describe("the Atom feed", () => {
    const feed = () => parseAtomFeed(read("feed.xml"));

    it("names the site with absolute URLs under the prefix, updated at the newest change", () => {
      const { title: feedTitle, id, updated, links } = feed();
      // feedsmith gives text constructs as { value }.
      expect({ feedTitle: feedTitle?.value, id, updated, links }).toEqual({
        feedTitle: "Dispatch",
        id: `${base}/`,
        updated: "2008-03-29T10:30:00Z",
        links: [
          { href: `${base}/feed.xml`, rel: "self", type: "application/atom+xml" },
          { href: `${base}/`, rel: "alternate", type: "text/html" },
          // The site's licence (RFC 4946), beside <rights>.
          { href: "https://creativecommons.org/licenses/by/4.0/", rel: "license" },
        ],
      });
    });

    it("lists the posts newest first, with exact titles, ids, dates, byline and tags", () => {
      const entries = feed().entries ?? [];
      expect(
        entries.map((entry) => ({
          title: entry.title?.value,
          id: entry.id,
          link: entry.links?.[0]?.href,
          published: entry.published,
          updated: entry.updated,
          authors: entry.authors?.map((author) => author.name),
          tags: entry.categories?.map((category) => category.term),
          summary: entry.summary?.value,
        })),
      ).toEqual([
        {
          title,
          id: postId,
          link: postUrl,
          published: "2008-03-27T00:00:00Z",
          updated: "2008-03-29T10:30:00Z",
          authors: ["Ali Hassan"],
          tags: ["Iraq", "Mahdi Army"],
          summary,
        },
        {
          title: "Older report",
          id: olderId,
          link: `${base}/posts/older-report/`,
          published: "2008-03-25T00:00:00Z",
          updated: "2008-03-25T00:00:00Z",
          authors: undefined,
          tags: ["IRAQ"],
          summary: undefined,
        },
      ]);
    });

    it("carries the post in full, every URL absolute, the map as its static image and a link", () => {
      const html = feed().entries?.[0]?.content?.value ?? "";
      const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
      const hrefs = [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href"));
      expect(hrefs).toEqual([
        `${base}/posts/older-report/`,
        `${postUrl}#sources-heading`,
        `${postUrl}lead.png`,
        `${postUrl}#${mapId}`,
        // The map's data download (its embed snippet is left out of feeds).
        `${postUrl}${mapId.replace("map-basra-analysis", "map")}.geojson`,
        "https://www.nytimes.com/2008/03/27/world/middleeast/27iraq.html",
        "https://web.archive.org/web/20080327/https://www.nytimes.com/2008/03/27/world/middleeast/27iraq.html",
      ]);
      // The layout's parts a feed reader would miss: the lead image first, the Sources last.
      expect(document.querySelector("figure:first-child img")?.getAttribute("src")).toBe(
        `${postUrl}lead.png`,
      );
      expect([...document.querySelectorAll("h2")].at(-1)?.textContent).toBe("Sources");
      expect(
        [...([...document.querySelectorAll("ol")].at(-1)?.children ?? [])].map(
          (li) => li.textContent,
        ),
      ).toEqual([
        "James Glanz, Iraqi Army's Assault on Militias in Basra Stalls, The New York Times, 27 March 2008. Archived copy.",
        "Clashes in Basra, Al Jazeera English.",
      ]);
      const image = document.querySelector("figure:not(:first-child) img");
      expect(image?.getAttribute("src")).toBe(
        `${postUrl}${mapId.replace("map-basra-analysis", "map")}.svg`,
      );
      expect(image?.getAttribute("alt")).toBe(
        "Map. The Zubair-1 pipeline attack. The numbered places are described in the list below the map.",
      );
      const link = document.querySelector(".dispatch-map__interactive a");
      expect(link?.textContent).toBe("Open the interactive map");
      expect(document.querySelector("figure:not(:first-child) figcaption")?.textContent).toBe(
        "The Zubair-1 pipeline attack.",
      );
      expect(document.querySelector(".dispatch-map__feature-title")?.textContent).toBe(
        "Zubair-1 pipeline bombed",
      );
      expect(document.querySelector(".legacy-embed")?.textContent).toBe(
        "The video embedded in the original post is not available.",
      );
      expect(html).not.toMatch(/<script|data-map-canvas|data-dispatch-map/i);
      const urls = [...document.querySelectorAll("[href], [src]")].map(
        (element) => element.getAttribute("href") ?? element.getAttribute("src") ?? "",
      );
      for (const url of urls) expect(url).toMatch(/^https:\/\//);
    });
  });

  it("gives the same posts in the JSON Feed, date_modified from updated", () => {
    const feed = parseJsonFeed(read("feed.json"));
    expect(feed.feed_url).toBe(`${base}/feed.json`);
    expect(feed.home_page_url).toBe(`${base}/`);
    expect(
      feed.items?.map((item) => [item.id, item.title, item.date_published, item.date_modified]),
    ).toEqual([
      [postId, title, "2008-03-27T00:00:00Z", "2008-03-29T10:30:00Z"],
      [olderId, "Older report", "2008-03-25T00:00:00Z", "2008-03-25T00:00:00Z"],
    ]);
    expect(feed.items?.[0]?.image).toBe(`${postUrl}share.png`);
    const html = feed.items?.[0]?.content_html ?? "";
    expect(html).toContain(`<a href="${postUrl}#${mapId}">Open the interactive map</a>`);
    expect(html).not.toContain("<script");
  });

  it("writes a feed per tag, named with the tag's first spelling, folded across case", () => {
    const iraq = parseAtomFeed(read("tags/iraq/feed.xml"));
    expect(iraq.title?.value).toBe("IRAQ — Dispatch");
    expect(iraq.id).toBe(`${base}/tags/iraq/`);
    expect(iraq.links?.[0]?.href).toBe(`${base}/tags/iraq/feed.xml`);
    expect(iraq.entries?.map((entry) => entry.id)).toEqual([postId, olderId]);
    const mahdi = parseAtomFeed(read("tags/mahdi-army/feed.xml"));
    expect(mahdi.entries?.map((entry) => entry.id)).toEqual([postId]);
  });

  it("announces the feeds in every page's head, and the tag's feeds first on its tag page", () => {
    const alternates = (urlPath: string) =>
      [...readPage(site.output, urlPath).querySelectorAll('link[rel="alternate"]')].map((link) => [
        link.getAttribute("type"),
        link.getAttribute("href"),
      ]);
    const siteFeeds = [
      ["application/atom+xml", "/basra-blog/feed.xml"],
      ["application/feed+json", "/basra-blog/feed.json"],
    ];
    expect(alternates("/posts/basra-analysis/")).toEqual(siteFeeds);
    expect(alternates("/")).toEqual(siteFeeds);
    expect(alternates("/tags/iraq/")).toEqual([
      ["application/atom+xml", "/basra-blog/tags/iraq/feed.xml"],
      ["application/feed+json", "/basra-blog/tags/iraq/feed.json"],
      ...siteFeeds,
    ]);
  });

  describe("the post's metadata", () => {
    const head = () => readPage(site.output, "/posts/basra-analysis/").head;
    const property = (name: string) =>
      [...head().querySelectorAll(`meta[property="${name}"], meta[name="${name}"]`)].map((meta) =>
        meta.getAttribute("content"),
      );

    it("has the canonical URL, OpenGraph and Twitter tags, read back exactly", () => {
      expect(head().querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(postUrl);
      expect({
        type: property("og:type"),
        title: property("og:title"),
        description: property("og:description"),
        url: property("og:url"),
        siteName: property("og:site_name"),
        image: property("og:image"),
        imageAlt: property("og:image:alt"),
        published: property("article:published_time"),
        modified: property("article:modified_time"),
        author: property("article:author"),
        tags: property("article:tag"),
        card: property("twitter:card"),
        twitterTitle: property("twitter:title"),
      }).toEqual({
        type: ["article"],
        title: [title],
        description: [summary],
        url: [postUrl],
        siteName: ["Dispatch"],
        image: [`${postUrl}share.png`],
        imageAlt: [`Smoke over the "port" & the river`],
        published: ["2008-03-27"],
        modified: ["2008-03-29T10:30:00Z"],
        author: [`${base}/authors/ali-hassan/`],
        tags: ["Iraq", "Mahdi Army"],
        card: ["summary_large_image"],
        twitterTitle: [title],
      });
    });

    it("has JSON-LD that JSON.parse reads back as the front matter", () => {
      const documents = [...head().querySelectorAll('script[type="application/ld+json"]')].map(
        (script) => JSON.parse(script.textContent ?? "") as Record<string, unknown>,
      );
      expect(documents.map((document) => document["@type"])).toEqual([
        "AnalysisNewsArticle",
        "BreadcrumbList",
      ]);
      const [article, breadcrumbs] = documents as [
        Record<string, unknown>,
        Record<string, unknown>,
      ];
      expect(article).toMatchObject({
        headline: title,
        description: summary,
        datePublished: "2008-03-27",
        dateModified: "2008-03-29T10:30:00Z",
        author: { "@type": "Person", name: "Ali Hassan", url: `${base}/authors/ali-hassan/` },
        publisher: { "@type": "Organization", name: "Dispatch", url: `${base}/` },
        mainEntityOfPage: { "@type": "WebPage", "@id": postUrl },
        image: `${postUrl}share.png`,
        keywords: ["Iraq", "Mahdi Army"],
        dateline: "BASRA, Iraq",
        citation: [
          {
            "@type": "CreativeWork",
            name: "Iraqi Army's Assault on Militias in Basra Stalls",
            author: { "@type": "Person", name: "James Glanz" },
            publisher: { "@type": "Organization", name: "The New York Times" },
            datePublished: "2008-03-27",
            url: "https://www.nytimes.com/2008/03/27/world/middleeast/27iraq.html",
          },
          {
            "@type": "CreativeWork",
            name: "Clashes in Basra",
            publisher: { "@type": "Organization", name: "Al Jazeera English" },
          },
        ],
        contentLocation: {
          "@type": "Place",
          name: "Basra",
          geo: { "@type": "GeoCoordinates", latitude: 30.515, longitude: 47.81 },
        },
        isPartOf: {
          "@type": "CreativeWorkSeries",
          name: "Battle for the South",
          url: `${base}/series/battle-for-the-south/`,
        },
        inLanguage: "en",
      });
      expect(
        (breadcrumbs.itemListElement as { name: string; item: string }[]).map((crumb) => [
          crumb.name,
          crumb.item,
        ]),
      ).toEqual([
        ["Dispatch", `${base}/`],
        ["Battle for the South", `${base}/series/battle-for-the-south/`],
        [title, postUrl],
      ]);
    });

    it("writes the JSON-LD so that no </script> or <!-- can end it early", () => {
      const source = read("posts/basra-analysis/index.html");
      const islands = [...source.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)];
      expect(islands).toHaveLength(2);
      for (const [, json] of islands) expect(json).not.toMatch(/[<>]/);
    });
  });

  it("lists every real page in the sitemap, posts with lastmod, and not the 404 page or feeds", () => {
    const { urlset } = new XMLParser().parse(read("sitemap.xml")) as {
      urlset: { url: { loc: string; lastmod?: string }[] };
    };
    const byLoc = new Map(urlset.url.map((url) => [url.loc, url.lastmod]));
    expect(byLoc.get(postUrl)).toBe("2008-03-29T10:30:00Z");
    expect(byLoc.get(`${base}/posts/older-report/`)).toBe("2008-03-25");
    expect(byLoc.has(`${base}/`)).toBe(true);
    expect(byLoc.get(`${base}/`)).toBeUndefined();
    expect(byLoc.has(`${base}/tags/iraq/`)).toBe(true);
    expect(byLoc.has(`${base}/map/`)).toBe(true);
    for (const loc of byLoc.keys()) {
      expect(loc).toMatch(
        /^https:\/\/dispatch\.test\/basra-blog\/.*\/$|^https:\/\/dispatch\.test\/basra-blog\/$/,
      );
    }
  });

  it("points robots.txt at the sitemap", () => {
    expect(read("robots.txt")).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${base}/sitemap.xml\n`);
  });

  it("writes a 404 page whose links work from any depth, with the newest posts", () => {
    const document = parseHTML(read("404.html")).document;
    expect(document.querySelector("h1")?.textContent).toBe("Page not found");
    expect(document.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
    expect(
      [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) =>
        link.getAttribute("href"),
      ),
    ).toEqual(["/basra-blog/assets/css/site.css"]);
    const ways = [...document.querySelectorAll(".not-found__ways a")].map((a) => [
      a.textContent,
      a.getAttribute("href"),
    ]);
    expect(ways).toEqual([
      ["Go to the home page", "/basra-blog/"],
      ["Browse the archive", "/basra-blog/archive/"],
      ["See the map of our coverage", "/basra-blog/map/"],
    ]);
    expect(
      [...document.querySelectorAll(".not-found__posts a")].map((a) => [
        a.textContent,
        a.getAttribute("href"),
      ]),
    ).toEqual([
      [title, "/basra-blog/posts/basra-analysis/"],
      ["Older report", "/basra-blog/posts/older-report/"],
    ]);
    for (const element of document.querySelectorAll("[href], [src]")) {
      const url = element.getAttribute("href") ?? element.getAttribute("src") ?? "";
      if (!/^https?:|^#/.test(url)) expect(url).toMatch(/^\/basra-blog\//);
    }
  });
});

describe("feeds of a site without posts", () => {
  const site = buildSite({ posts: mkdtempSync(path.join(tmpdir(), "dispatch-no-posts-")) });
  const read = (file: string) => readFileSync(path.join(site.output, file), "utf8");

  it("are valid, empty, and dated at the epoch rather than the build time", () => {
    expect(site.exitCode).toBe(0);
    const atom = parseAtomFeed(read("feed.xml"));
    expect(atom.title?.value).toBe("Dispatch");
    expect(atom.updated).toBe("1970-01-01T00:00:00Z");
    expect(atom.entries ?? []).toEqual([]);
    // feedsmith leaves out an empty list; the file has "items": [] as JSON Feed requires.
    expect(parseJsonFeed(read("feed.json")).title).toBe("Dispatch");
    const json = JSON.parse(read("feed.json")) as { version: string; items: unknown[] };
    expect([json.version, json.items]).toEqual(["https://jsonfeed.org/version/1.1", []]);
  });

  it("passes npm run verify", () => {
    const verify = runVerify(site.root);
    expect(verify.stderr).toBe("");
    expect(verify.exitCode).toBe(0);
  });
});
