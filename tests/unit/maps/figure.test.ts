import type { FeatureCollection } from "geojson";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { defaultCaption, renderMapFigure } from "../../../src/maps/figure.ts";
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
      properties: { title: "Hayyaniyah", source: "Washington Post, 25 March 2008" },
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

function render(caption?: string) {
  const html = renderMapFigure(collection, {
    id: "map-basra-21",
    tiles: openStreetMapTiles,
    ...(caption ? { caption } : {}),
  });
  return { html, document: parseHTML(`<!doctype html><html><body>${html}</body></html>`).document };
}

describe("renderMapFigure", () => {
  it("writes a figure with a hidden map container holding the tile provider", () => {
    const { document } = render("Basra");
    const figure = document.querySelector("figure#map-basra-21[data-dispatch-map]");
    const canvas = figure?.querySelector("[data-map-canvas]");
    expect(canvas?.hasAttribute("hidden")).toBe(true);
    expect(canvas?.getAttribute("data-tile-url")).toBe(
      "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    );
    expect(canvas?.getAttribute("data-tile-attribution")).toBe(openStreetMapTiles.attribution);
    expect(canvas?.getAttribute("data-tile-max-zoom")).toBe("19");
    expect(figure?.querySelector("figcaption")?.textContent).toBe("Basra");
  });

  it("puts the FeatureCollection in a data island that no property can close", () => {
    const { html, document } = render();
    const islands = document.querySelectorAll('script[type="application/json"]');
    expect(islands).toHaveLength(1);
    expect(document.querySelectorAll("script")).toHaveLength(1);
    expect(JSON.parse(islands[0]?.textContent ?? "")).toEqual(collection);
    expect(html).not.toContain("</script><script>");
  });

  it("lists every feature as text, escaped, with precision and source", () => {
    const { document } = render();
    const items = [...document.querySelectorAll(".dispatch-map__features > li")];
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
    expect(document.querySelector("img")).toBeNull();
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
