import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { FeatureCollection } from "geojson";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { parseHTML } from "linkedom";
import { bbox } from "../../src/maps/bbox.ts";
import { projectRoot, readPage } from "../helpers/build-site.ts";
import { readAlias } from "../../src/content/permalinks/aliases.ts";
import { permalinkProblem } from "../../src/content/permalinks/permalink-rules.ts";

const site = inject("realSite");
const postUrl = "/posts/continuing-battle-for-the-south-basra/";
const postSource = path.join(projectRoot, "posts/continuing-battle-for-the-south-basra/index.md");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => path.join(dir, file));
}

describe("the real site", () => {
  it("builds with exit code 0", () => {
    expect(site.stderr).not.toMatch(/error/i);
    expect(site.exitCode).toBe(0);
  });

  it("writes no file or folder at the top of the site that a post's permalink or alias may take", () => {
    const free = readdirSync(site.output, { withFileTypes: true })
      .filter((entry) => entry.name !== "posts")
      .map((entry) => (entry.isDirectory() ? `/${entry.name}/x/` : `/${entry.name}`))
      .filter((sitePath) => readAlias(sitePath).ok || !permalinkProblem(sitePath));
    expect(free).toEqual([]);
  });

  it("writes the home page and the Basra page", () => {
    expect(existsSync(path.join(site.output, "index.html"))).toBe(true);
    expect(existsSync(path.join(site.output, postUrl, "index.html"))).toBe(true);
  });
});

describe("the home page", () => {
  let home: Document;
  beforeAll(() => {
    home = readPage(site.output, "/");
  });

  it("leads with the newest post, the Basra post next as a top story with its date", () => {
    const stories = [...home.querySelectorAll(".story")];
    expect(stories.map((story) => story.querySelector("h2 a")?.getAttribute("href"))).toEqual([
      "/posts/basra-timeline-24-31-march-2008/",
      postUrl,
    ]);
    // Both have a map: the timeline's steps through the eight days.
    expect(stories.map((story) => story.className)).toEqual([
      "story story--lead story--with-map",
      "story story--top story--with-map",
    ]);
    const item = stories[1];
    expect(item?.querySelector("h2 a")?.textContent).toBe("Continuing Battle for the South: Basra");
    expect(item?.querySelector(".kicker a")?.getAttribute("href")).toBe("/tags/iraq/");
    expect(item?.querySelector("time")?.getAttribute("datetime")).toBe("2008-03-27");
    expect(item?.querySelector("time")?.textContent).toBe("27 March 2008");
  });

  it("pictures the Basra post by the drawing of its map, which is written", () => {
    const image = home.querySelector(`.story:has(a[href="${postUrl}"]) .story-visual img`);
    expect(image?.getAttribute("src")).toBe(`${postUrl}map-1.svg`);
    expect([image?.getAttribute("width"), image?.getAttribute("height")]).toEqual(["720", "420"]);
    expect(existsSync(path.join(site.output, postUrl, "map-1.svg"))).toBe(true);
  });

  it("loads no JavaScript and no Leaflet", () => {
    expect(home.querySelectorAll("script")).toHaveLength(0);
    expect(home.querySelector('link[href*="leaflet"]')).toBeNull();
  });
});

describe("the Basra page", () => {
  let page: Document;
  let collection: FeatureCollection;
  beforeAll(() => {
    page = readPage(site.output, postUrl);
    const island = page.querySelector('figure[data-dispatch-map] script[type="application/json"]');
    collection = JSON.parse(island?.textContent ?? "null") as FeatureCollection;
  });

  it("declares its language, title and description", () => {
    expect(page.documentElement.getAttribute("lang")).toBe("en");
    expect(page.querySelector("h1")?.textContent).toBe("Continuing Battle for the South: Basra");
    expect(page.querySelector('meta[name="description"]')?.getAttribute("content")).toMatch(
      /^Militants have blown up a crude oil pipeline/,
    );
  });

  it("shows the publication date as a calendar date", () => {
    const time = page.querySelector(".post-header time");
    expect(time?.getAttribute("datetime")).toBe("2008-03-27");
    expect(time?.textContent).toBe("27 March 2008");
  });

  it("cites Glanz's New York Times report and the Al Jazeera English report", () => {
    const citations = [...page.querySelectorAll(".citations li")].map((li) => li.textContent ?? "");
    expect(citations).toHaveLength(2);
    expect(citations[0]).toContain("James Glanz");
    expect(citations[0]).toContain("The New York Times");
    expect(citations[0]).toContain("27 March 2008");
    expect(citations[1]).toContain("Al Jazeera English");
    expect(page.querySelector(".citations a")?.getAttribute("href")).toBe(
      "https://www.nytimes.com/2008/03/27/world/middleeast/27iraq.html",
    );
  });

  it("is part 1 of 2 in the Battle for the South series, followed by the timeline", () => {
    const nav = page.querySelector(".series-nav");
    expect(nav?.querySelector("h2")?.textContent).toBe("Part 1 of 2 in Battle for the South");
    expect(nav?.querySelector("h2 a")?.getAttribute("href")).toBe("/series/battle-for-the-south/");
    expect(nav?.querySelector(".series-previous")).toBeNull();
    const next = nav?.querySelector(".series-next a");
    expect(next?.getAttribute("href")).toBe("/posts/basra-timeline-24-31-march-2008/");
    expect(next?.textContent).toBe("Basra, 24–31 March 2008: a timeline");
  });

  it("carries JSON-LD that a JSON parser reads back as an AnalysisNewsArticle", () => {
    const blocks = [...page.querySelectorAll('script[type="application/ld+json"]')].map(
      (script) => JSON.parse(script.textContent ?? "null") as Record<string, unknown>,
    );
    const article = blocks.find((block) => block["@type"] === "AnalysisNewsArticle");
    expect(article).toMatchObject({
      "@context": "https://schema.org",
      headline: "Continuing Battle for the South: Basra",
      datePublished: "2008-03-27",
      contentLocation: {
        "@type": "Place",
        name: "Basra",
        geo: { "@type": "GeoCoordinates", latitude: 30.515, longitude: 47.81 },
      },
      isPartOf: { "@type": "CreativeWorkSeries", name: "Battle for the South" },
    });
    const citations = article?.citation as { name: string }[];
    expect(citations.map((citation) => citation.name)).toEqual([
      "Iraqi Army's Assault on Militias in Basra Stalls",
      "Iraqi Shia forces clash in Basra – 26 Mar 08",
    ]);
  });

  it("holds the pipeline attack as an approximate point with a 10 km uncertainty", () => {
    const pipeline = collection.features.find((f) =>
      String(f.properties?.title).includes("Zubair-1"),
    );
    expect(pipeline?.geometry).toEqual({ type: "Point", coordinates: [47.78, 30.43] });
    expect(pipeline?.properties?.approximate).toBe(true);
    expect(pipeline?.properties?.uncertainty).toBe(10000);
  });

  it("holds every militia-held neighbourhood of the facts file as an approximate polygon", () => {
    const polygons = collection.features.filter((f) => f.geometry.type === "Polygon");
    expect(polygons.map((f) => f.properties?.title)).toEqual([
      "Hayyaniyah",
      "Five Mile (Khamsa Mil)",
      "Garma (Karmat Ali)",
      "Jumhuriyah",
      "Jubaila",
      "Tamimiyah",
      "Qibla",
      "Tannumah",
    ]);
    for (const polygon of polygons) expect(polygon.properties?.approximate).toBe(true);
  });

  it("gives every feature a title, description and source", () => {
    for (const feature of collection.features) {
      for (const key of ["title", "description", "source"]) {
        expect(typeof feature.properties?.[key], `${feature.properties?.title} ${key}`).toBe(
          "string",
        );
      }
    }
  });

  it("keeps every position inside Basra's area", () => {
    const [west, south, east, north] = bbox(collection.features) ?? [];
    expect(west).toBeGreaterThanOrEqual(47.5);
    expect(east).toBeLessThanOrEqual(48.1);
    expect(south).toBeGreaterThanOrEqual(30.2);
    expect(north).toBeLessThanOrEqual(30.7);
  });

  it("lists every feature of the map in plain HTML with its caption", () => {
    const figure = page.querySelector("figure[data-dispatch-map]");
    const items = [...(figure?.querySelectorAll("ol.dispatch-map__features > li") ?? [])];
    expect(items.map((li) => li.querySelector("strong")?.textContent)).toEqual(
      collection.features.map((f) => f.properties?.title),
    );
    expect(items[0]?.textContent).toContain("approximate location, within about 10 km");
    expect(figure?.querySelector("figcaption")?.textContent).toMatch(/^Basra, 25–31 March 2008/);
  });

  it("loads only the small map loader up front: Leaflet and its stylesheet come when the map nears", () => {
    expect(page.querySelector('link[href*="leaflet"]')).toBeNull();
    const scripts = [...page.querySelectorAll("script[src]")].map((s) => s.getAttribute("src"));
    expect(scripts).toEqual(["/assets/js/map.js"]);
    expect(page.querySelector("script[src]")?.getAttribute("type")).toBe("module");
  });

  it("shows a static map of the attack and the neighbourhoods, numbered like the list", () => {
    const image = page.querySelector("figure[data-dispatch-map] > img.dispatch-map__static");
    // Static maps are named by the map's key: the post's one map, without an id, is map 1.
    expect(image?.getAttribute("src")).toBe("map-1.svg");
    const svg = readFileSync(path.join(site.output, postUrl, "map-1.svg"), "utf8");
    const { document } = parseHTML(svg);
    const badges = [...document.querySelectorAll("g[transform] > text")].map((t) => t.textContent);
    expect(badges).toEqual(collection.features.map((_, index) => String(index + 1)));
    expect(document.querySelectorAll('path[stroke-dasharray="6 6"]').length).toBe(10);
    expect(document.querySelector("title")?.textContent).toMatch(/^Map\. Basra, 25–31 March 2008/);
  });

  it("keys the categories and the approximate style", () => {
    const entries = [...page.querySelectorAll(".dispatch-map__key > li")].map((li) =>
      li.textContent?.trim(),
    );
    expect(entries).toEqual([
      "Pipeline attack",
      "Militia action",
      "Militia-held neighbourhood",
      "Dashed outline: area known only approximately",
      "Circle: how far the true location may lie from the pin",
    ]);
  });

  it("shows a note where the lost video was, never the raw shortcode", () => {
    expect(page.querySelector(".legacy-embed")?.textContent).toBe(
      "The video embedded in the original post is not available.",
    );
  });
});

describe("built files", () => {
  it("include Leaflet's CSS, marker images and the bundled map module", () => {
    for (const file of [
      "assets/leaflet/leaflet.css",
      "assets/leaflet/images/marker-icon.png",
      "assets/leaflet/images/marker-icon-2x.png",
      "assets/leaflet/images/marker-shadow.png",
      "assets/leaflet/images/layers.png",
      "assets/js/map.js",
    ]) {
      expect(existsSync(path.join(site.output, file)), file).toBe(true);
    }
  });

  it("never show shortcode brackets in any page's text", () => {
    for (const file of htmlFiles(site.output)) {
      const { document } = parseHTML(readFileSync(file, "utf8"));
      expect(document.body?.textContent ?? "", file).not.toMatch(/\[\/?kml_flashembed/);
    }
  });

  it("come with no warning: the post keeps its lost video's shortcode in a comment", () => {
    expect(site.stderr).not.toMatch(/warning/i);
    expect(readFileSync(postSource, "utf8")).toMatch(/<!-- [^\n]*\[kml_flashembed [^\n]*-->/);
  });
});
