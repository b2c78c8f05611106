import type { FeatureCollection } from "geojson";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { feedContent } from "../../../src/feeds/feed-content.ts";
import { renderMapFigure } from "../../../src/maps/figure.ts";
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
