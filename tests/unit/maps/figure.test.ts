import type { FeatureCollection } from "geojson";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  defaultCaption,
  firstStaticMap,
  renderMapFigure,
  withPathPrefix,
} from "../../../src/maps/figure.ts";
import type { MapOptions } from "../../../src/maps/options.ts";
import { openStreetMapTiles } from "../../../src/site.ts";

const hostile = '</script><script>alert(1)</script><img src=x onerror="alert(2)">';
const collection: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: {
        title: hostile,
        description: `Desc ${hostile}`,
        source: "https://example.org/report?a=1&b=2",
        approximate: true,
        uncertainty: 10000,
      },
      geometry: { type: "Point", coordinates: [47.78, 30.43] },
    },
    {
      type: "Feature",
      properties: {
        title: "Hayyaniyah",
        source: "Washington Post, 25 March 2008",
        category: "Militia-held neighbourhood",
        approximate: true,
      },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [47.7, 30.4],
            [47.8, 30.4],
            [47.8, 30.5],
            [47.7, 30.4],
          ],
        ],
      },
    },
  ],
};

function render(options: MapOptions = {}) {
  const html = renderMapFigure(collection, {
    id: "map-basra-21",
    tiles: openStreetMapTiles,
    options,
    staticMap: { src: "map-21.svg", width: 720, height: 420 },
    locator: { src: "map-21-locator.svg", alt: "Locator map: the area shown lies in Iraq" },
  });
  return { html, document: parseHTML(`<!doctype html><html><body>${html}</body></html>`).document };
}

describe("renderMapFigure", () => {
  it("shows the static map first, with a text alternative that points to the list", () => {
    const { document } = render({ caption: "Basra, March 2008." });
    const image = document.querySelector("figure > img.dispatch-map__static");
    expect(image?.getAttribute("src")).toBe("map-21.svg");
    expect(image?.getAttribute("width")).toBe("720");
    expect(image?.getAttribute("alt")).toBe(
      "Map. Basra, March 2008. The numbered places are described in the list below the map.",
    );
  });

  it("writes a hidden map container holding the tile provider, height, view and locator", () => {
    const { document } = render({
      caption: "Basra",
      height: 500,
      bounds: [47.5, 30.2, 48.1, 30.7],
    });
    const figure = document.querySelector("figure#map-basra-21[data-dispatch-map]");
    const canvas = figure?.querySelector("[data-map-canvas]");
    expect(canvas?.hasAttribute("hidden")).toBe(true);
    expect(canvas?.getAttribute("data-tile-url")).toBe(
      "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    );
    expect(canvas?.getAttribute("data-tile-attribution")).toBe(openStreetMapTiles.attribution);
    expect(canvas?.getAttribute("data-tile-max-zoom")).toBe("19");
    expect(canvas?.getAttribute("data-height")).toBe("500");
    expect(JSON.parse(canvas?.getAttribute("data-view") ?? "")).toEqual({
      bounds: [47.5, 30.2, 48.1, 30.7],
    });
    expect(canvas?.getAttribute("data-locator")).toBe("map-21-locator.svg");
    expect(canvas?.getAttribute("data-locator-alt")).toBe(
      "Locator map: the area shown lies in Iraq",
    );
  });

  it("ends with the caption and its credit", () => {
    const { document } = render({
      caption: "Basra",
      credit: "Map: Dispatch; data from press reports",
    });
    const figure = document.querySelector("figure");
    expect(figure?.lastElementChild?.tagName).toBe("FIGCAPTION");
    expect(figure?.querySelector("figcaption")?.textContent).toBe(
      "Basra Map: Dispatch; data from press reports",
    );
    expect(figure?.querySelector(".dispatch-map__credit")?.textContent).toBe(
      "Map: Dispatch; data from press reports",
    );
  });

  it("puts the FeatureCollection in a data island that no property can close", () => {
    const { html, document } = render();
    const islands = document.querySelectorAll('script[type="application/json"]');
    expect(islands).toHaveLength(1);
    expect(document.querySelectorAll("script")).toHaveLength(1);
    expect(JSON.parse(islands[0]?.textContent ?? "")).toEqual(collection);
    expect(html).not.toContain("</script><script>");
  });

  it("keys the categories and the approximate style", () => {
    const { document } = render();
    const entries = [...document.querySelectorAll(".dispatch-map__key > li")].map((li) =>
      li.textContent?.trim(),
    );
    expect(entries).toEqual([
      "Militia-held neighbourhood",
      "Dashed outline: area known only approximately",
      "Circle: how far the true location may lie from the pin",
    ]);
    expect(document.querySelectorAll(".dispatch-map__key svg[aria-hidden=true]")).toHaveLength(3);
  });

  it("lists every feature in a numbered list, as text, with precision and source", () => {
    const { document } = render();
    const items = [...document.querySelectorAll("ol.dispatch-map__features > li")];
    expect(items.map((li) => li.id)).toEqual(["map-basra-21-feature-1", "map-basra-21-feature-2"]);
    expect(items.map((li) => li.querySelector("strong")?.textContent)).toEqual([
      hostile,
      "Hayyaniyah",
    ]);
    expect(items[0]?.querySelector(".dispatch-map__precision")?.textContent).toBe(
      "(approximate location, within about 10 km)",
    );
    expect(items[0]?.querySelector(".dispatch-map__source a")?.getAttribute("href")).toBe(
      "https://example.org/report?a=1&b=2",
    );
    expect(items[1]?.querySelector(".dispatch-map__source")?.textContent).toBe(
      "Source: Washington Post, 25 March 2008",
    );
    expect(document.querySelector(".dispatch-map__features img")).toBeNull();
  });

  it("captions the map with its feature titles when the author gave no caption", () => {
    expect(defaultCaption([{ title: "A", kind: "place", approximate: false }])).toBe("Map: A");
    expect(
      defaultCaption([
        { title: "A", kind: "place", approximate: false },
        { title: "B", kind: "area", approximate: false },
        { title: "C", kind: "line", approximate: false },
      ]),
    ).toBe("Map: A, B and C");
  });
});

describe("withPathPrefix", () => {
  it("puts the path prefix on site paths in url, and leaves other URLs alone", () => {
    const urls = ["/posts/basra/", "https://example.org/a", "//cdn.example.org/b"];
    const prefixed = withPathPrefix(
      {
        type: "FeatureCollection",
        features: urls.map((url) => ({
          type: "Feature",
          properties: { title: "T", url },
          geometry: { type: "Point", coordinates: [1, 2] },
        })),
      },
      "/basra-blog/",
    );
    expect(prefixed.features.map((f) => f.properties?.url)).toEqual([
      "/basra-blog/posts/basra/",
      "https://example.org/a",
      "//cdn.example.org/b",
    ]);
  });
});

describe("firstStaticMap", () => {
  /** A figure of `collection` as the maps plugin writes it, with its static image. */
  const figure = (src: string, options: MapOptions = {}) =>
    renderMapFigure(collection, {
      id: `map-${src}`,
      tiles: openStreetMapTiles,
      options,
      staticMap: { src, width: 720, height: 420 },
    });
  const read = (src: string, caption: string) => ({
    src,
    width: 720,
    height: 420,
    alt: `Map. ${caption} The numbered places are described in the list below the map.`,
    caption,
  });
  it.each([
    ["no map", "<p>Text</p>", undefined],
    [
      "a map with a caption, entities decoded",
      figure("map-9.svg", { caption: "Basra & the port" }),
      read("map-9.svg", "Basra & the port"),
    ],
    [
      "a map with a credit, which is not the caption",
      figure("map-9.svg", { caption: "Basra", credit: "Our reporting" }),
      read("map-9.svg", "Basra"),
    ],
    [
      "the first of two maps",
      figure("map-3.svg", { caption: "First" }) + figure("map-30.svg", { caption: "Second" }),
      read("map-3.svg", "First"),
    ],
    [
      "a map without its static image",
      renderMapFigure(collection, { id: "m", tiles: openStreetMapTiles }),
      undefined,
    ],
  ])("%s", (_name, html, expected) => {
    expect(firstStaticMap(html)).toEqual(expected);
  });

  it("reads a map without a caption by the default caption it shows", () => {
    const plain: FeatureCollection = {
      type: "FeatureCollection",
      features: ["Pipeline", "Basra"].map((title, index) => ({
        type: "Feature",
        properties: { title },
        geometry: { type: "Point", coordinates: [47.78 + index / 10, 30.43] },
      })),
    };
    const html = renderMapFigure(plain, {
      id: "map-3",
      tiles: openStreetMapTiles,
      staticMap: { src: "map-3.svg", width: 720, height: 420 },
    });
    expect(firstStaticMap(html)?.caption).toBe("Map: Pipeline and Basra");
  });
});
