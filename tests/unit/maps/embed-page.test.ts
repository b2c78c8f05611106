import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  embedHeight,
  embedSnippet,
  rebaseFigure,
  renderEmbedPage,
} from "../../../src/maps/embed-page.ts";
import { openStreetMapTiles } from "../../../src/site.ts";

describe("embedSnippet", () => {
  const snippet = embedSnippet({
    src: "https://news.example.org/basra-blog/posts/basra/map-40/",
    title: 'Map: "Basra" <b>& friends</b>',
    height: 620.4,
  });
  const frame = parseHTML(`<!doctype html><body>${snippet}`).document.querySelector("iframe");

  it.each([
    ["src", "https://news.example.org/basra-blog/posts/basra/map-40/"],
    ["title", 'Map: "Basra" <b>& friends</b>'],
    ["width", "100%"],
    ["height", "620"],
    ["loading", "lazy"],
    ["referrerpolicy", "strict-origin-when-cross-origin"],
    ["sandbox", null],
  ])("gives the frame %s=%j", (name, value) => {
    expect(frame?.getAttribute(name)).toBe(value);
  });

  it("escapes the title for its attribute", () => {
    expect(snippet).toContain('title="Map: &quot;Basra&quot; &lt;b&gt;&amp; friends&lt;/b&gt;"');
    expect(snippet).not.toContain("<b>");
  });

  it.each([
    [undefined, false, 620],
    [320, false, 520],
    [undefined, true, 740],
    [320, true, 640],
  ])(
    "is as tall as a map of height %s (dated: %s) plus its words and controls: %i",
    (height, dated, expected) => {
      expect(embedHeight(height, dated)).toBe(expected);
    },
  );
});

describe("rebaseFigure", () => {
  it.each([
    ['<img src="map-40.svg">', '<img src="../map-40.svg">'],
    [
      '<div data-ground="map-40-ground.json" data-locator="map-40-locator.svg">',
      '<div data-ground="../map-40-ground.json" data-locator="../map-40-locator.svg">',
    ],
    [
      '<img srcset="map-40-a.svg 1x, map-40-b.svg 2x">',
      '<img srcset="../map-40-a.svg 1x, ../map-40-b.svg 2x">',
    ],
    ['<a href="/posts/other/">', '<a href="/basra-blog/posts/other/">'],
    ['<a href="#map-basra-40-2008-03-27">', '<a href="#map-basra-40-2008-03-27" target="_self">'],
    ['<a href="https://example.com/x">', '<a href="https://example.com/x">'],
    ['<a href="//example.com/x">', '<a href="//example.com/x">'],
    [
      '<div data-height="420" data-tile-url="https://t.test/{z}/{x}/{y}.png">',
      '<div data-height="420" data-tile-url="https://t.test/{z}/{x}/{y}.png">',
    ],
    ['<div data-view="{&quot;zoom&quot;:11}">', '<div data-view="{&quot;zoom&quot;:11}">'],
    ['<img src="../../etc/passwd">', '<img src="../../etc/passwd">'],
  ])("moves %s one folder down as %s", (html, expected) => {
    expect(rebaseFigure(html, "/basra-blog/")).toBe(expected);
  });
});

describe("renderEmbedPage", () => {
  const html = renderEmbedPage({
    figure:
      '<figure class="dispatch-map" id="map-basra-40" data-dispatch-map>\n<img class="dispatch-map__static" src="map-40.svg" alt="Map.">\n</figure>\n',
    pageTitle: "Basra </title><script>alert(1)</script>",
    pageUrl: "/posts/basra/",
    caption: "Basra, March 2008",
    site: {
      title: "Dispatch",
      language: "en",
      tiles: openStreetMapTiles,
      url: "https://news.example.org",
      pathPrefix: "/basra-blog/",
    },
  });
  const { document } = parseHTML(html);

  it.each([
    ['meta[name="robots"]', "content", "noindex"],
    ['link[rel="canonical"]', "href", "https://news.example.org/basra-blog/posts/basra/"],
    ['link[rel="stylesheet"]', "href", "/basra-blog/assets/css/site.css"],
    ['script[type="module"]', "src", "/basra-blog/assets/js/map.js"],
    ["base", "target", "_top"],
    [".dispatch-embed__source a", "href", "https://news.example.org/basra-blog/posts/basra/"],
    [".dispatch-embed__source a", "target", "_top"],
    [".dispatch-map__static", "src", "../map-40.svg"],
    ["html", "lang", "en"],
  ])("has %s with %s=%j", (selector, name, value) => {
    expect(document.querySelector(selector)?.getAttribute(name)).toBe(value);
  });

  it("keeps the site's meta policy, which cannot carry frame-ancestors", () => {
    const policy = document
      .querySelector('meta[http-equiv="Content-Security-Policy"]')
      ?.getAttribute("content");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain("frame-ancestors");
  });

  it("names the post as text, never as markup", () => {
    expect(document.querySelector(".dispatch-embed__source a")?.textContent).toBe(
      "Basra </title><script>alert(1)</script>",
    );
    expect(document.querySelectorAll("script")).toHaveLength(1);
    expect(document.querySelector("title")?.textContent).toBe(
      "Basra, March 2008 · Basra </title><script>alert(1)</script> · Dispatch",
    );
  });

  it("has no site header, navigation or footer, only the line naming the post and the map", () => {
    expect(document.querySelector("header, nav, footer")).toBeNull();
    expect([...document.querySelector("main")!.children].map((child) => child.tagName)).toEqual([
      "P",
      "FIGURE",
    ]);
  });

  it("reads right to left for a post in Arabic", () => {
    const arabic = renderEmbedPage({
      figure: "<figure></figure>",
      pageTitle: "البصرة",
      pageUrl: "/posts/basra-ar/",
      caption: "خريطة",
      language: "ar",
      site: {
        title: "Dispatch",
        language: "en",
        tiles: openStreetMapTiles,
        url: "https://a.test",
        pathPrefix: "/",
      },
    });
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
  });
});
