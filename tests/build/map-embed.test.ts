/**
 * A map's data download and embed page, built for real under a path prefix from a fixture with
 * a ` ```geojson ` block, a GPX file and a KML file (tests/fixtures/posts/map-embed/), read with
 * linkedom and JSON.parse.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { FeatureCollection } from "geojson";
import { decodeHTML } from "entities";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { buildSite, projectRoot, readPage, runVerify } from "../helpers/build-site.ts";

const prefix = "/basra-blog/";
const site = buildSite({
  posts: path.join(projectRoot, "tests/fixtures/posts/map-embed"),
  args: [`--pathprefix=${prefix}`],
});

type Downloaded = FeatureCollection & { caption?: string; credit?: string };

function data(file: string): Downloaded {
  return JSON.parse(readFileSync(path.join(site.output, file), "utf8")) as Downloaded;
}

/** The file a URL written in a page names in the output, or undefined outside the prefix. */
function fileOf(url: string, pageFolder: string): string | undefined {
  const resolved = new URL(url, `https://dispatch.test${prefix}${pageFolder}`);
  if (!resolved.pathname.startsWith(prefix)) return undefined;
  const inside = decodeURIComponent(resolved.pathname.slice(prefix.length));
  return path.join(site.output, inside.endsWith("/") ? `${inside}index.html` : inside);
}

const story = () => readPage(site.output, "/posts/basra-story/");
const embed = () => readPage(site.output, "/posts/basra-story/map-1/");

describe("a map's data and embed page, under a path prefix", () => {
  it("builds with no warning but the path prefix's about robots.txt", () => {
    expect(site.stderr.split("\n").filter((line) => line && !line.includes("robots.txt"))).toEqual(
      [],
    );
    expect(site.exitCode).toBe(0);
  });

  it("links the data download under the map: the GeoJSON beside the page, a download, its type", () => {
    const link = story().querySelector(".dispatch-map-reuse__data a");
    expect({
      href: link?.getAttribute("href"),
      download: link?.getAttribute("download"),
      type: link?.getAttribute("type"),
      text: link?.textContent,
    }).toEqual({
      href: "map-1.geojson",
      download: "basra-story-map-1.geojson",
      type: "application/geo+json",
      text: "Download the data",
    });
    expect(story().querySelector("figure.dispatch-map + .dispatch-map-reuse")).not.toBeNull();
  });

  it("writes the FeatureCollection as the author wrote it, with sources and precision, site URLs absolute, caption and credit", () => {
    const collection = data("posts/basra-story/map-1.geojson");
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.caption).toBe(
      "Basra, 25–31 March 2008. Every place is an estimate from press reports.",
    );
    expect(collection.credit).toBe("Map: Dispatch, from The Times and The Guardian </script>");
    expect(collection.features[0]).toEqual({
      type: "Feature",
      id: "pipeline",
      properties: {
        title: "Zubair-1 export pipeline bombed",
        description: "Reports put the blast four or seven miles south of Basra.",
        source: "The Times and The Guardian, 27 March 2008",
        approximate: true,
        uncertainty: 10000,
        "marker-color": "#b22222",
        precision: "approximate location, within about 10 km",
      },
      geometry: { type: "Point", coordinates: [47.78, 30.43] },
    });
    expect(collection.features[1]?.properties).toEqual({
      title: "Basra centre",
      url: "https://dispatch.test/basra-blog/posts/track/",
      source: "https://www.theguardian.com/world/2008/mar/27/iraq",
    });
  });

  it.each([
    ["map-1", "route.gpx", "Original GPX file", ["Zubair road", "Az Zubayr"]],
    ["map-2", "places.kml", "Original KML file", ["Basra city centre", "Hayyaniyah (approximate)"]],
  ])(
    "gives %s, read from %s, its GeoJSON and a link to the original file, published once beside the page",
    (name, original, text, titles) => {
      const block = readPage(site.output, "/posts/track/").querySelector(
        `[data-embed-page="/posts/track/${name}/"]`,
      );
      const links = [...(block?.querySelectorAll(".dispatch-map-reuse__data a") ?? [])];
      expect(links.map((link) => [link.getAttribute("href"), link.textContent])).toEqual([
        [`${name}.geojson`, "Download the data"],
        [original, text],
      ]);
      expect(readFileSync(path.join(site.output, "posts/track", original), "utf8")).toBe(
        readFileSync(
          path.join(projectRoot, "tests/fixtures/posts/map-embed/track", original),
          "utf8",
        ),
      );
      const collection = data(`posts/track/${name}.geojson`);
      expect(collection.features.map((feature) => feature.properties?.title)).toEqual(titles);
    },
  );

  it("offers the coverage map's data, with each post's absolute URL, and no embed page", () => {
    const coverage = readPage(site.output, "/map/");
    expect(coverage.querySelector(".dispatch-map-reuse__data a")?.getAttribute("href")).toBe(
      "map-1.geojson",
    );
    expect(coverage.querySelector(".dispatch-map-reuse__embed, [data-embed-page]")).toBeNull();
    expect(existsSync(path.join(site.output, "map/map-1/index.html"))).toBe(false);
    const urls = data("map/map-1.geojson").features.map((feature) => feature.properties?.url);
    expect(urls).toEqual(["https://dispatch.test/basra-blog/posts/basra-story/"]);
  });

  it("puts the embed snippet in a labelled read-only field, with the embed page's absolute URL", () => {
    const field = story().querySelector(".dispatch-map-reuse__embed textarea");
    expect(field?.hasAttribute("readonly")).toBe(true);
    expect(story().querySelector(`label[for="${field?.id}"]`)).not.toBeNull();
    // linkedom keeps a textarea's text as written; a browser decodes its character references.
    const snippet = decodeHTML(field?.textContent ?? "");
    const frame = parseHTML(`<!doctype html><body>${snippet}`).document.querySelector("iframe");
    expect({
      src: frame?.getAttribute("src"),
      title: frame?.getAttribute("title"),
      width: frame?.getAttribute("width"),
      height: frame?.getAttribute("height"),
      loading: frame?.getAttribute("loading"),
      referrerpolicy: frame?.getAttribute("referrerpolicy"),
      sandbox: frame?.getAttribute("sandbox"),
    }).toEqual({
      src: "https://dispatch.test/basra-blog/posts/basra-story/map-1/",
      title: "Map: Basra, 25–31 March 2008. Every place is an estimate from press reports.",
      width: "100%",
      height: "620",
      loading: "lazy",
      referrerpolicy: "strict-origin-when-cross-origin",
      sandbox: null,
    });
  });

  it("writes the embed page: noindex, canonical to the post, the site's stylesheet and map module under the prefix", () => {
    const page = embed();
    expect(page.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
      "https://dispatch.test/basra-blog/posts/basra-story/",
    );
    const assets = [
      page.querySelector('link[rel="stylesheet"]')?.getAttribute("href"),
      page.querySelector('script[type="module"]')?.getAttribute("src"),
    ];
    expect(assets).toEqual(["/basra-blog/assets/css/site.css", "/basra-blog/assets/js/map.js"]);
    for (const asset of assets) expect(existsSync(fileOf(asset ?? "", "")!)).toBe(true);
    expect(page.querySelector("header, nav, footer, .site-header")).toBeNull();
    expect(page.querySelector("[data-pagefind-body]")).toBeNull();
  });

  it("names the post in its first line, a link that leaves the frame", () => {
    const link = embed().querySelector("main > p.dispatch-embed__source a");
    expect([link?.textContent, link?.getAttribute("href"), link?.getAttribute("target")]).toEqual([
      story().querySelector("h1")?.textContent?.trim(),
      "https://dispatch.test/basra-blog/posts/basra-story/",
      "_top",
    ]);
  });

  it("shows the post's figure: the same map, list, caption and credit, its files one folder up", () => {
    const [onPost, onEmbed] = [story(), embed()].map((page) =>
      page.querySelector("figure.dispatch-map"),
    );
    expect(onEmbed?.id).toBe(onPost?.id);
    for (const selector of [
      ".dispatch-map__features",
      ".dispatch-map__legend",
      "figcaption",
      "script[data-map-features]",
    ]) {
      expect(onEmbed?.querySelector(selector)?.textContent).toBe(
        onPost?.querySelector(selector)?.textContent,
      );
    }
    const canvas = onEmbed?.querySelector("[data-map-canvas]");
    const files = [
      onEmbed?.querySelector("img.dispatch-map__static")?.getAttribute("src"),
      canvas?.getAttribute("data-ground"),
      canvas?.getAttribute("data-locator"),
    ];
    expect(files).toEqual(["../map-1.svg", "../map-1-ground.json", "../map-1-locator.svg"]);
    for (const file of files) {
      expect(existsSync(fileOf(file ?? "", "posts/basra-story/map-1/")!)).toBe(true);
    }
    expect(onEmbed?.querySelector('a[href="/basra-blog/posts/track/"]')).not.toBeNull();
  });

  it("lets other sites frame the embed pages only (_headers)", () => {
    const headers = readFileSync(path.join(site.output, "_headers"), "utf8");
    const rules = headers.split("\n").filter((line) => /^\S/.test(line));
    expect(rules).toEqual([
      "/*",
      "/posts/basra-story/map-1/",
      "/posts/track/map-1/",
      "/posts/track/map-2/",
    ]);
    expect(headers.match(/frame-ancestors \*/g)).toHaveLength(3);
    expect(headers).not.toContain("frame-ancestors 'none'");
    expect(headers).toContain("X-Frame-Options: DENY");
  });

  it("keeps the embed pages out of the sitemap and the feeds", () => {
    for (const file of ["sitemap.xml", "feed.xml", "feed.json"]) {
      const text = readFileSync(path.join(site.output, file), "utf8");
      expect(text).toContain("posts/basra-story/");
      expect(text).not.toMatch(/map-\d+\/(?:index\.html)?["<]/);
    }
  });

  it("passes npm run verify under the prefix (HTML, links, own files)", () => {
    const verify = runVerify(site.root, [`--pathprefix=${prefix}`]);
    expect(verify.stderr).toBe("");
    expect(verify.exitCode).toBe(0);
  });
});
