import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { pageHeadOf, robotsTxt, sitemapEntries, sitemapXml } from "../../../src/seo/sitemap.ts";

const site = { url: "https://example.org", pathPrefix: "/basra-blog/" };
const page = (head: string) => `<!doctype html><html><head>${head}</head><body></body></html>`;

describe("sitemapEntries", () => {
  const pages = [
    { url: "/map/", outputPath: "_site/map/index.html", content: page("") },
    {
      url: "/posts/basra/",
      outputPath: "_site/posts/basra/index.html",
      content: page('<meta property="article:modified_time" content="2008-03-29">'),
    },
    {
      url: "/404.html",
      outputPath: "_site/404.html",
      content: page('<meta name="robots" content="noindex">'),
    },
    { url: "/feed.xml", outputPath: "_site/feed.xml", content: "<feed/>" },
    { url: "/", outputPath: "_site/index.html", content: page("") },
    { url: false as const, outputPath: false as const, content: "" },
  ];

  it("lists HTML pages, sorted, absolute under the prefix; posts with lastmod; not noindex pages", () => {
    expect(sitemapEntries(pages, site)).toEqual([
      { loc: "https://example.org/basra-blog/" },
      { loc: "https://example.org/basra-blog/map/" },
      { loc: "https://example.org/basra-blog/posts/basra/", lastmod: "2008-03-29" },
    ]);
  });
  it("takes what the build recorded of a page's head over reading its HTML", () => {
    const heads = new Map([
      ["/map/", pageHeadOf({ type: "website" })],
      [
        "/posts/basra/",
        pageHeadOf({
          canonical: "https://example.org/basra-blog/posts/basra/",
          type: "article",
          modified: "2008-03-30",
        }),
      ],
    ]);
    expect(sitemapEntries(pages, site, heads)).toEqual([
      { loc: "https://example.org/basra-blog/" },
      { loc: "https://example.org/basra-blog/posts/basra/", lastmod: "2008-03-30" },
    ]);
  });
});

describe("pageHeadOf", () => {
  it("reads noindex from a missing canonical link and lastmod from an article's modified time", () => {
    expect(pageHeadOf({ canonical: "https://example.org/", type: "website" })).toEqual({
      noindex: false,
    });
    expect(pageHeadOf({ type: "website" })).toEqual({ noindex: true });
    expect(
      pageHeadOf({ canonical: "https://example.org/p/", type: "article", modified: "2008-03-29" }),
    ).toEqual({ noindex: false, modified: "2008-03-29" });
  });
});

describe("sitemapXml", () => {
  it("writes a urlset that parses back, & escaped", () => {
    const xml = sitemapXml([
      { loc: "https://example.org/?a=1&b=2" },
      { loc: "https://example.org/posts/x/", lastmod: "2008-03-27" },
    ]);
    expect(xml).toContain("<loc>https://example.org/?a=1&amp;b=2</loc>");
    const parsed = new XMLParser().parse(xml);
    expect(parsed.urlset.url).toEqual([
      { loc: "https://example.org/?a=1&b=2" },
      { loc: "https://example.org/posts/x/", lastmod: "2008-03-27" },
    ]);
  });

  it("is a valid empty urlset without pages", () => {
    expect(sitemapXml([])).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n</urlset>\n',
    );
  });
});

describe("robotsTxt", () => {
  it("names the sitemap's absolute URL under the prefix", () => {
    expect(robotsTxt(site)).toBe(
      "User-agent: *\nAllow: /\n\nSitemap: https://example.org/basra-blog/sitemap.xml\n",
    );
  });
});

describe("sitemap alternates", () => {
  const alternates = [
    { hreflang: "ar", href: "https://example.org/posts/zubair-ar/" },
    { hreflang: "en", href: "https://example.org/posts/zubair/" },
    { hreflang: "x-default", href: "https://example.org/posts/zubair/" },
  ];
  const site = { url: "https://example.org", pathPrefix: "/" };

  it("lists a post's alternates, recorded by the build or read from its head", () => {
    const head = alternates
      .map((a) => `<link rel="alternate" hreflang="${a.hreflang}" href="${a.href}">`)
      .join("");
    const pages = [
      { url: "/posts/zubair/", outputPath: "_site/posts/zubair/index.html", content: page("") },
      {
        url: "/posts/zubair-ar/",
        outputPath: "_site/posts/zubair-ar/index.html",
        content: page(head),
      },
    ];
    const heads = new Map([["/posts/zubair/", pageHeadOf({ canonical: "x", type: "website" })]]);
    expect(sitemapEntries(pages, site, heads, new Map([["/posts/zubair/", alternates]]))).toEqual([
      { loc: "https://example.org/posts/zubair-ar/", alternates },
      { loc: "https://example.org/posts/zubair/", alternates },
    ]);
  });

  it("writes them as xhtml:link in the XHTML namespace, read back by an XML parser", () => {
    const xml = sitemapXml([
      { loc: "https://example.org/posts/zubair/", alternates },
      { loc: "https://example.org/" },
    ]);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml);
    expect(parsed.urlset["xmlns:xhtml"]).toBe("http://www.w3.org/1999/xhtml");
    expect(parsed.urlset.url[0]["xhtml:link"]).toEqual(
      alternates.map((a) => ({ rel: "alternate", ...a })),
    );
    expect(parsed.urlset.url[1]["xhtml:link"]).toBeUndefined();
  });

  it("declares no XHTML namespace when no page has alternates", () => {
    expect(sitemapXml([{ loc: "https://example.org/" }])).not.toContain("xmlns:xhtml");
  });
});
