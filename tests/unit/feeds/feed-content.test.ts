import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FeatureCollection } from "geojson";
import { parseHTML } from "linkedom";
import { afterAll, describe, expect, it } from "vitest";
import { openBuildCache } from "../../../src/cache/build-cache.ts";
import { cachedFeedContent, feedContent } from "../../../src/feeds/feed-content.ts";
import { renderMapFigure } from "../../../src/maps/figure.ts";
import { createMapFiles } from "../../../src/maps/files.ts";
import { renderMapReuse } from "../../../src/maps/reuse.ts";
import { openStreetMapTiles } from "../../../src/site.ts";
import { renderVideoFigure } from "../../../src/video/figure.ts";

const collection: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: {
        title: "Zubair-1 pipeline </script><script>alert(1)</script>",
        category: "Pipeline attack",
        approximate: true,
        uncertainty: 10000,
      },
      geometry: { type: "Point", coordinates: [47.78, 30.43] },
    },
  ],
};

const figure = renderMapFigure(collection, {
  id: "map-basra-24",
  tiles: openStreetMapTiles,
  options: { caption: "Basra, 25–31 March 2008.", credit: "Map by Dispatch." },
  staticMap: { src: "map-24.svg", width: 720, height: 420 },
  locator: { src: "map-24-locator.svg", alt: "Locator map: Iraq" },
});

function parse(html: string) {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

describe("feedContent", () => {
  const html = feedContent(`<p>Before the map.</p>\n${figure}<p>After.</p>`, {
    pageUrl: "/posts/basra/",
  });
  const document = parse(html);

  it("keeps the static map image with its src and alt", () => {
    const images = [...document.querySelectorAll("img")];
    expect(images.map((image) => image.getAttribute("src"))).toEqual(["map-24.svg"]);
    expect(images[0]?.getAttribute("alt")).toBe(
      "Map. Basra, 25–31 March 2008. The numbered places are described in the list below the map.",
    );
  });

  it("links to the interactive map on the post's page, right after the image", () => {
    const link = document.querySelector("figure > p.dispatch-map__interactive > a");
    expect(link?.getAttribute("href")).toBe("/posts/basra/#map-basra-24");
    expect(link?.textContent).toBe("Open the interactive map");
    expect(document.querySelector("figure img")?.nextElementSibling?.className).toBe(
      "dispatch-map__interactive",
    );
  });

  it("keeps the caption, the credit, the key's labels and the feature list", () => {
    expect(document.querySelector("figcaption")?.textContent).toBe(
      "Basra, 25–31 March 2008. Map by Dispatch.",
    );
    expect(
      [...document.querySelectorAll(".dispatch-map__key li")].map((li) => li.textContent?.trim()),
    ).toEqual(["Pipeline attack", "Circle: how far the true location may lie from the pin"]);
    expect(
      [...document.querySelectorAll(".dispatch-map__feature-title")].map((t) => t.textContent),
    ).toEqual(["Zubair-1 pipeline </script><script>alert(1)</script>"]);
  });

  it("removes the data island, the canvas, the decorative swatches and every script", () => {
    expect(document.querySelectorAll("script")).toHaveLength(0);
    expect(document.querySelector("[data-map-canvas]")).toBeNull();
    expect(document.querySelector("[data-dispatch-map]")).toBeNull();
    expect(document.querySelector("svg")).toBeNull();
    expect(html).not.toContain("data-locator");
    expect(html).not.toMatch(/<script/i);
  });

  it("leaves the rest of the post as it was", () => {
    expect(document.body.firstElementChild?.outerHTML).toBe("<p>Before the map.</p>");
    expect(document.body.lastElementChild?.outerHTML).toBe("<p>After.</p>");
  });

  it("gives each of several maps its own link", () => {
    const second = figure.replaceAll("map-basra-24", "map-basra-90");
    const links = [
      ...parse(feedContent(figure + second, { pageUrl: "/posts/basra/" })).querySelectorAll(
        ".dispatch-map__interactive a",
      ),
    ].map((link) => link.getAttribute("href"));
    expect(links).toEqual(["/posts/basra/#map-basra-24", "/posts/basra/#map-basra-90"]);
  });

  it("removes inline and external scripts, buttons and hidden elements anywhere", () => {
    const out = feedContent(
      '<p>Text<script>alert(1)</script></p><script src="/x.js"></script>' +
        '<script type="application/ld+json">{}</script><button type="button">Play</button>' +
        "<p hidden>secret</p><template><p>t</p></template>",
      { pageUrl: "/posts/x/" },
    );
    expect(out).toBe("<p>Text</p>");
  });

  it("keeps what <noscript> holds", () => {
    expect(feedContent('<noscript><a href="v.html">Watch</a></noscript>', { pageUrl: "/" })).toBe(
      '<a href="v.html">Watch</a>',
    );
  });

  it("gives a responsive image as its plain <img>, with the widest fallback file", () => {
    const picture =
      '<p><picture><source type="image/avif" srcset="a-1-400.avif 400w, a-1-800.avif 800w" sizes="40rem">' +
      '<source type="image/webp" srcset="a-1-400.webp 400w, a-1-800.webp 800w" sizes="40rem">' +
      '<img src="a-1-800.jpeg" srcset="a-1-400.jpeg 400w, a-1-800.jpeg 800w" sizes="40rem" alt="The quay" width="800" height="400" loading="lazy" decoding="async"></picture></p>';
    expect(feedContent(picture, { pageUrl: "/posts/x/" })).toBe(
      '<p><img src="a-1-800.jpeg" alt="The quay" width="800" height="400"></p>',
    );
  });

  it("leaves a video facade as its caption with the link to the video", () => {
    const video = renderVideoFigure(
      {
        provider: "youtube",
        id: "dQw4w9WgXcQ",
        embedUrl: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        watchUrl: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      },
      "Basra clashes & aftermath",
      "video-basra-12",
    );
    const out = parse(feedContent(video, { pageUrl: "/posts/basra/" }));
    expect(out.querySelector("button")).toBeNull();
    expect(out.querySelector(".video-embed__frame")).toBeNull();
    expect(out.querySelector("[data-dispatch-video]")).toBeNull();
    const link = out.querySelector("figure figcaption a");
    expect(link?.getAttribute("href")).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    expect(link?.textContent).toBe("Basra clashes & aftermath");
  });

  it("keeps the note that stands for a legacy Flash embed", () => {
    const note =
      '<p>Below. <span class="legacy-embed" role="note">The video embedded in the original post is not available.</span></p>';
    expect(feedContent(note, { pageUrl: "/" })).toBe(note);
  });
});

describe("feedContent passes a post's raw HTML through the allow-list of pages and imports", () => {
  it.each([
    [
      "an event handler and a javascript: link",
      '<p>Text <a href="javascript:alert(1)">link</a> and <b onclick="alert(2)">bold</b>.</p>',
      "<p>Text <a>link</a> and <b>bold</b>.</p>",
    ],
    [
      "javascript: in capitals and with a tab entity inside",
      '<p><a href="JaVaScRiPt:alert(1)">j</a><a href=" java&#09;script:alert(1)">t</a></p>',
      "<p><a>j</a><a>t</a></p>",
    ],
    ["<svg onload>", '<p><svg onload="alert(3)"><circle r="3"/></svg>after</p>', "<p>after</p>"],
    ["<iframe srcdoc>", '<iframe srcdoc="<script>alert(4)</script>"></iframe><p>x</p>', "<p>x</p>"],
    [
      "an <img onerror> inside a responsive picture",
      '<picture><source type="image/avif" srcset="a.avif 100w"><img src="a.png" onerror="alert(5)" alt="x" width="100" height="80" loading="lazy"></picture>',
      '<img src="a.png" alt="x" width="100" height="80">',
    ],
    [
      "a form with an input, a button and a textarea",
      '<form action="https://evil.example/"><input name=a><button>go</button><textarea>t</textarea></form>',
      "",
    ],
    ["a script", "<script>alert(6)</script><p>kept</p>", "<p>kept</p>"],
    [
      "<base>, <meta>, <link>, <style> and a style attribute",
      '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css"><style>p{}</style><p style="background:url(https://evil.example/t.png)">s</p>',
      "<p>s</p>",
    ],
    [
      "data: URLs, images included",
      '<p><img src="data:image/png;base64,AAAA" alt="d"><a href="data:text/html,x">d</a></p>',
      '<p><img alt="d"><a>d</a></p>',
    ],
    [
      "<object> and <embed>, a link's target kept out",
      '<object data="x.swf"></object><embed src="x.swf"><p><a href="https://example.org/" target="_blank">ok</a></p>',
      '<p><a href="https://example.org/">ok</a></p>',
    ],
    [
      "a video's handler and javascript: poster",
      '<video src="clip.mp4" poster="javascript:alert(1)" controls onplay="alert(1)"><track src="c.vtt" kind="captions"></video>',
      '<video src="clip.mp4" controls><track src="c.vtt" kind="captions"></video>',
    ],
  ])("removes %s", (_, html, expected) => {
    expect(feedContent(html, { pageUrl: "/posts/x/" })).toBe(expected);
  });
});

describe("cachedFeedContent", () => {
  const html = '<p>Text</p><script type="application/json">{}</script>';
  const folder = mkdtempSync(path.join(tmpdir(), "dispatch-feed-cache-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("makes the content once: the next build reads it back for the same HTML and page", () => {
    const first = openBuildCache({ folder, version: "v1" });
    expect(cachedFeedContent(html, { pageUrl: "/posts/a/" }, first)).toBe("<p>Text</p>");
    expect(first.stats.writes).toBe(1);
    const next = openBuildCache({ folder, version: "v1" });
    expect(cachedFeedContent(html, { pageUrl: "/posts/a/" }, next)).toBe("<p>Text</p>");
    expect(next.stats).toEqual({ hits: 1, misses: 0, writes: 0, corrupt: 0 });
  });

  it.each([
    ["other HTML", "<p>Other</p>", { pageUrl: "/posts/a/" }],
    ["another page", html, { pageUrl: "/posts/b/" }],
    ["another link text", html, { pageUrl: "/posts/a/", interactiveMapText: "Map" }],
  ])("makes it again for %s", (_, changed, options) => {
    const next = openBuildCache({ folder, version: "v1" });
    expect(cachedFeedContent(changed, options, next)).toBe(feedContent(changed, options));
    expect(next.stats.hits).toBe(0);
  });
});

describe("feedContent of a map's data and embed block", () => {
  const reuse = renderMapReuse(
    collection,
    {},
    {
      name: "map-24",
      outputPath: "_site/posts/basra/index.html",
      pageUrl: "/posts/basra/",
      pageTitle: "Basra",
      id: "map-basra-24",
      figure,
      original: "route.gpx",
      site: {
        title: "Dispatch",
        url: "https://news.example.org",
        pathPrefix: "/",
        language: "en",
        tiles: openStreetMapTiles,
      },
    },
    createMapFiles(),
  );
  const document = parse(feedContent(`${figure}${reuse}`, { pageUrl: "/posts/basra/" }));

  it("keeps the data and original file links, and drops the embed snippet with its field and button", () => {
    expect(
      [...document.querySelectorAll(".dispatch-map-reuse a")].map((a) => a.getAttribute("href")),
    ).toEqual(["map-24.geojson", "route.gpx"]);
    expect(document.querySelector("details, textarea, label, [role]")).toBeNull();
    expect(document.body.textContent).not.toContain("Embed this map");
  });
});
