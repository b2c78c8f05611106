import type { FeatureCollection } from "geojson";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { countries } from "../../../src/maps/atlas.ts";
import { locatorInset, renderLocator } from "../../../src/maps/locator.ts";
import { hexagon } from "../../helpers/basra-features.ts";

describe("renderLocator", () => {
  it("highlights the country the map lies in and frames the map's area inside it", () => {
    const svg = renderLocator(hexagon, { countries: countries("110m") });
    const { document } = parseHTML(svg);
    expect(document.querySelector("title")?.textContent).toBe(
      "Locator map: the area shown lies in Iraq",
    );
    expect(document.querySelectorAll('path[fill="#e4d9c0"]')).toHaveLength(1);
    const frame = document.querySelector('rect[stroke="#c8102e"]');
    const x = Number(frame?.getAttribute("x"));
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(132);
  });
});
describe("renderLocator at sea", () => {
  it("says the area lies at sea and highlights no country", () => {
    const atSea: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { title: "Convoy" },
          geometry: { type: "Point", coordinates: [-30, 40] },
        },
      ],
    };
    const { document } = parseHTML(renderLocator(atSea, { countries: countries("110m") }));
    expect(document.querySelector("title")?.textContent).toBe(
      "Locator map: the area shown lies at sea",
    );
    expect(document.querySelectorAll(".home")).toHaveLength(0);
  });
});

describe("locatorInset", () => {
  it("places the locator in the top right corner, 8 pixels in, with a border", () => {
    const inset = locatorInset(hexagon, countries("110m"), 720);
    expect(
      inset.startsWith('<svg x="580" y="8" width="132" height="99" viewBox="0 0 132 99">'),
    ).toBe(true);
    expect(
      inset.endsWith(
        '<rect class="edge" x="580" y="8" width="132" height="99" fill="none" stroke="#b4ab9a"/>',
      ),
    ).toBe(true);
  });
});
