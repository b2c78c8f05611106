import { geoArea, geoDistance } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { countries } from "../../../src/maps/atlas.ts";
import {
  countryAt,
  earthRadiusMetres,
  extentCenter,
  extentFeatures,
  forD3,
  niceDistance,
  renderLocator,
  renderStaticMap,
  uncertaintyCircle,
} from "../../../src/maps/static-map.ts";

const hexagon: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { title: "Tamimiyah", approximate: true },
      // Counterclockwise, as RFC 7946 winds exterior rings.
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [47.8401, 30.5134],
            [47.8349, 30.5172],
            [47.8278, 30.5158],
            [47.8259, 30.5106],
            [47.8311, 30.5068],
            [47.8382, 30.5082],
            [47.8401, 30.5134],
          ],
        ],
      },
    },
    {
      type: "Feature",
      properties: { title: "Pipeline", uncertainty: 10000, "marker-color": "#b22222" },
      geometry: { type: "Point", coordinates: [47.78, 30.43] },
    },
  ],
};

describe("uncertaintyCircle", () => {
  it("draws a ring whose every vertex is the radius away from the centre", () => {
    const ring = uncertaintyCircle([47.78, 30.43], 10_000).coordinates[0] ?? [];
    expect(ring.length).toBeGreaterThan(50);
    for (const vertex of ring) {
      const metres = geoDistance([47.78, 30.43], vertex as [number, number]) * earthRadiusMetres;
      expect(metres).toBeCloseTo(10_000, -1);
    }
  });
});

describe("forD3", () => {
  it("rewinds RFC 7946 polygons so d3 reads the hexagon, not the globe without it", () => {
    const polygon = hexagon.features[0] as FeatureCollection["features"][number];
    expect(geoArea(polygon)).toBeGreaterThan(12); // the whole sphere is 4π ≈ 12.57 steradians
    expect(geoArea(forD3(hexagon).features[0] as typeof polygon)).toBeLessThan(1e-6);
    expect(
      (hexagon.features[0]?.geometry as { coordinates: number[][][] }).coordinates[0]?.[1],
    ).toEqual([47.8349, 30.5172]);
  });
});

describe("extentFeatures", () => {
  it("adds each point's uncertainty circle", () => {
    expect(extentFeatures(hexagon).features).toHaveLength(3);
  });

  it("widens a lone point to its surroundings", () => {
    const lone: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { title: "Basra" },
          geometry: { type: "Point", coordinates: [47.81, 30.515] },
        },
      ],
    };
    expect(extentFeatures(lone).features).toHaveLength(2);
    expect(extentCenter(lone)[0]).toBeCloseTo(47.81, 5);
  });
});

describe("niceDistance", () => {
  it.each([
    [13_400, 10_000],
    [4_900, 2_000],
    [5_100, 5_000],
    [730, 500],
  ])("%d m rounds down to %d m", (metres, nice) => {
    expect(niceDistance(metres)).toBe(nice);
  });
});

describe("countryAt", () => {
  it("finds Iraq at Basra's centre and nothing in the Gulf", () => {
    expect(countryAt(countries("110m"), [47.81, 30.515])?.properties.name).toBe("Iraq");
    expect(countryAt(countries("110m"), [50.5, 27.5])).toBeUndefined();
  });
});

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

describe("renderStaticMap", () => {
  const svg = renderStaticMap(hexagon, {
    countries: countries("50m"),
    locatorCountries: countries("110m"),
    title: "Map. Basra",
  });
  const { document } = parseHTML(svg);

  it("numbers the features in list order and dashes the approximate one", () => {
    expect([...document.querySelectorAll("g[transform] > text")].map((t) => t.textContent)).toEqual(
      ["1", "2"],
    );
    expect(document.querySelectorAll('path[stroke-dasharray="6 6"]')).toHaveLength(1);
    expect(document.querySelector("title")?.textContent).toBe("Map. Basra");
  });

  it("draws a scale bar, the locator inset and the boundaries credit", () => {
    expect(document.querySelector(".scale text")?.textContent).toMatch(/^\d+ km$/);
    expect(document.querySelector("svg svg title")?.textContent).toBe(
      "Locator map: the area shown lies in Iraq",
    );
    expect(svg).toContain("Boundaries: Natural Earth");
  });

  it("stays small", () => {
    expect(svg.length).toBeLessThan(60 * 1024);
  });
});

describe("static maps at the edges of the world", () => {
  const point = (title: string, coordinates: [number, number]) => ({
    type: "Feature" as const,
    properties: { title },
    geometry: { type: "Point" as const, coordinates },
  });
  const render = (collection: FeatureCollection) =>
    renderStaticMap(collection, { countries: countries("110m"), title: "Map" });
  /** Pin tips: the translate of each pin path plus its 12.5 × 41 pixel anchor. */
  const pinTips = (svg: string) =>
    [...svg.matchAll(/<path transform="translate\(([-\d.]+) ([-\d.]+)\)"/g)].map(
      ([, x, y]) => [Number(x) + 12.5, Number(y) + 41] as const,
    );

  it("draws a map across the antimeridian around it, not around the globe", () => {
    const fiji: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        point("Suva", [178.44, -18.14]),
        point("Labasa", [179.39, -16.43]),
        point("Lakeba", [-178.8, -18.2]),
      ],
    };
    const svg = render(fiji);
    const tips = pinTips(svg);
    expect(tips).toHaveLength(3);
    const xs = tips.map(([x]) => x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(300);
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThan(720);
    expect(svg.length).toBeLessThan(60 * 1024);
  });

  it("draws a position at a pole at the map's edge instead of breaking the map", () => {
    const svg = render({
      type: "FeatureCollection",
      features: [point("Basra", [47.81, 30.515]), point("Pole", [0, 90])],
    });
    expect(svg).not.toContain("NaN");
    for (const [x, y] of pinTips(svg)) {
      expect(x).toBeGreaterThan(0);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThanOrEqual(420);
    }
  });
});
