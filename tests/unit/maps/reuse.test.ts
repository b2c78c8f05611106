import type { FeatureCollection } from "geojson";
import { decodeHTML } from "entities";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { embedSnippet } from "../../../src/maps/embed-page.ts";
import { createMapFiles } from "../../../src/maps/files.ts";
import { frameTitle, renderMapReuse, type MapReuseOptions } from "../../../src/maps/reuse.ts";
import { openStreetMapTiles } from "../../../src/site.ts";

const collection: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { title: "Basra", uncertainty: 5000 },
      geometry: { type: "Point", coordinates: [47.81, 30.515] },
    },
  ],
};

const site = {
  title: "Dispatch",
  url: "https://news.example.org",
  pathPrefix: "/basra-blog/",
  language: "en",
  tiles: openStreetMapTiles,
};

const page = "_site/posts/basra/index.html";

function reuse(overrides: Partial<MapReuseOptions> = {}, caption?: string) {
  const files = createMapFiles();
  const html = renderMapReuse(
    collection,
    caption ? { caption } : {},
    {
      name: "map-40",
      outputPath: page,
      pageUrl: "/posts/basra/",
      pageTitle: 'Basra "under siege"',
      id: "map-basra-40",
      figure: '<figure class="dispatch-map" id="map-basra-40" data-dispatch-map></figure>\n',
      site,
      ...overrides,
    },
    files,
  );
  return { html, files, document: parseHTML(`<!doctype html><body>${html}`).document };
}

describe("renderMapReuse", () => {
  const { document, files } = reuse({}, 'Basra, 25 "March" 2008');

  it.each([
    ["href", "map-40.geojson"],
    ["download", "basra-map-40.geojson"],
    ["type", "application/geo+json"],
  ])("links the data download with %s=%j", (name, value) => {
    expect(document.querySelector(".dispatch-map-reuse__data a")?.getAttribute(name)).toBe(value);
  });

  it.each([
    ["an undated map", "620", false],
    ["a dated map, with room for its time control,", "740", true],
  ])("gives the snippet's frame of %s a height of %s px", (_, height, dated) => {
    const snippet = decodeHTML(reuse({ dated }).html);
    expect(/<iframe[^>]*\sheight="(\d+)"/.exec(snippet)?.[1]).toBe(height);
  });

  it("queues the map's GeoJSON beside the page, with the feature's precision", () => {
    const data = JSON.parse(files.get(page, "map-40.geojson") as string);
    expect(data.caption).toBe('Basra, 25 "March" 2008');
    expect(data.features[0].properties.precision).toBe("within about 5 km");
  });

  it("queues the embed page in the map's own folder", () => {
    const embed = parseHTML(files.get(page, "map-40/index.html") as string).document;
    expect(embed.querySelector("figure#map-basra-40")).not.toBeNull();
    expect(embed.querySelector(".dispatch-embed__source a")?.textContent).toBe(
      'Basra "under siege"',
    );
  });

  it("holds the snippet, escaped, in a labelled read-only field: its text is the snippet exactly", () => {
    const field = document.querySelector("textarea");
    // linkedom keeps a textarea's text as written; a browser decodes its character references.
    const text = decodeHTML(field?.textContent ?? "");
    expect(field?.hasAttribute("readonly")).toBe(true);
    expect(document.querySelector(`label[for="${field?.id}"]`)?.textContent).toContain(
      "Copy this code",
    );
    expect(text).toBe(
      embedSnippet({
        src: "https://news.example.org/basra-blog/posts/basra/map-40/",
        title: 'Map: Basra, 25 "March" 2008',
        height: 620,
      }),
    );
    const frame = parseHTML(`<!doctype html><body>${text}`).document.querySelector("iframe");
    expect(frame?.getAttribute("title")).toBe('Map: Basra, 25 "March" 2008');
  });

  it("has a Copy button, hidden until the map module shows it, and a status line", () => {
    const button = document.querySelector("button[data-copy-embed]");
    expect(button?.getAttribute("data-copy-embed")).toBe(document.querySelector("textarea")?.id);
    expect(button?.hasAttribute("hidden")).toBe(true);
    expect(document.querySelector('[role="status"][data-copy-status]')).not.toBeNull();
  });

  it("names its embed page for the _headers file and stays out of the search index", () => {
    const block = document.querySelector(".dispatch-map-reuse");
    expect(block?.getAttribute("data-embed-page")).toBe("/posts/basra/map-40/");
    expect(block?.hasAttribute("data-pagefind-ignore")).toBe(true);
  });

  it.each([
    ["route.gpx", "Original GPX file", "application/gpx+xml"],
    ["places.KML", "Original KML file", "application/vnd.google-earth.kml+xml"],
  ])("links the original file %s", (original, text, type) => {
    const link = reuse({ original }).document.querySelectorAll(".dispatch-map-reuse__data a")[1];
    expect([link?.getAttribute("href"), link?.textContent, link?.getAttribute("type")]).toEqual([
      original,
      text,
      type,
    ]);
    expect(link?.hasAttribute("download")).toBe(true);
  });

  it("links no original for a map from a GeoJSON file, whose data is the download", () => {
    expect(
      reuse({ original: "places.geojson" }).document.querySelectorAll(
        ".dispatch-map-reuse__data a",
      ),
    ).toHaveLength(1);
  });

  it.each([
    ["the coverage map (embed: false)", { embed: false }],
    ["a page without a title", { pageTitle: undefined }],
  ] as const)("gives %s the download but no embed page or snippet", (_name, overrides) => {
    const { document: without, files: queued } = reuse(overrides as Partial<MapReuseOptions>);
    expect(without.querySelector("details")).toBeNull();
    expect(without.querySelector("[data-embed-page]")).toBeNull();
    expect(queued.get(page, "map-40/index.html")).toBeUndefined();
    expect(queued.get(page, "map-40.geojson")).toBeDefined();
  });
});

describe("frameTitle", () => {
  it.each([
    ["Basra, March 2008", "Post", "Map: Basra, March 2008"],
    ["Map: Basra and Zubair", "Post", "Map: Basra and Zubair"],
    [
      "x".repeat(81),
      "Continuing Battle for the South: Basra",
      "Map: Continuing Battle for the South: Basra",
    ],
    ["x".repeat(80), "Post", `Map: ${"x".repeat(80)}`],
  ])("names the frame of a map captioned %j in %j: %j", (caption, pageTitle, expected) => {
    expect(frameTitle(caption, pageTitle)).toBe(expected);
  });
});
