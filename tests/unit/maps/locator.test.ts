import type { FeatureCollection } from "geojson";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { countries } from "../../../src/maps/atlas.ts";
import {
  insetCorner,
  locatorInset,
  renderLocator,
  type PixelBox,
} from "../../../src/maps/locator.ts";
import { renderStaticMap } from "../../../src/maps/static-map.ts";
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

describe("insetCorner", () => {
  // On a 720 × 420 map the inset (132 × 99) goes at top right (580, 8), top left (8, 8), bottom
  // right (580, 297, above the credit) or bottom left (8, 281, above the scale bar).
  it.each<[string, PixelBox[], [number, number] | undefined]>([
    ["nothing in the way: top right", [], [580, 8]],
    ["a pin at top right: top left", [[600, 20, 625, 61]], [8, 8]],
    [
      "pins at both top corners: bottom right",
      [
        [600, 20, 625, 61],
        [20, 20, 45, 61],
      ],
      [580, 297],
    ],
    [
      "three corners taken: bottom left",
      [
        [600, 20, 625, 61],
        [20, 20, 45, 61],
        [650, 330, 675, 371],
      ],
      [8, 281],
    ],
    [
      "every corner taken: no inset",
      [
        [600, 20, 625, 61],
        [20, 20, 45, 61],
        [650, 330, 675, 371],
        [60, 300, 85, 341],
      ],
      undefined,
    ],
    ["a badge just left of the inset leaves it at top right", [[560, 20, 579, 39]], [580, 8]],
  ])("%s", (_case, occupied, expected) => {
    expect(insetCorner(720, 420, occupied)).toEqual(expected);
  });

  it("moves the static map's inset off a pin in its top right corner", () => {
    // Two pins at the top, the right one where the inset would be (posts/t-sym's rows of pins).
    const pins: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        [47.5, 30.49],
        [47.82, 30.49],
        [47.5, 30.3],
      ].map((coordinates, i) => ({
        type: "Feature",
        properties: { title: `Pin ${i + 1}` },
        geometry: { type: "Point", coordinates },
      })),
    };
    const svg = renderStaticMap(pins, {
      countries: countries("50m"),
      locatorCountries: countries("110m"),
      title: "Map",
    });
    const inset = parseHTML(svg).document.querySelector("svg svg");
    // Pins at both top corners and at bottom left: the inset goes to the bottom right.
    expect([inset?.getAttribute("x"), inset?.getAttribute("y")]).toEqual(["580", "297"]);
    expect(inset?.querySelector("title")?.textContent).toBe(
      "Locator map: the area shown lies in Iraq",
    );
  });
});
