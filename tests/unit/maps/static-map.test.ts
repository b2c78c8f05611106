import type { GeoProjection } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { parseHTML } from "linkedom";
import { beforeEach, describe, expect, it } from "vitest";
import { countries } from "../../../src/maps/atlas.ts";
import { boundsFeature, fittedProjection } from "../../../src/maps/projection.ts";
import { projectedLand, renderStaticMap } from "../../../src/maps/static-map.ts";
import { forgetRemembered } from "../../../src/shared/memo.ts";
import { hexagon } from "../../helpers/basra-features.ts";

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

  it("nudges apart the badges of two events at one place, a leader joining the moved one", () => {
    // Basra's "Maliki arrives" (1) and "Operations centre mortared" (10), 300 m apart.
    const twice: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        [47.86, 30.5],
        [47.862, 30.497],
        [47.7, 30.4],
      ].map((coordinates, i) => ({
        type: "Feature",
        properties: { title: `Event ${i + 1}` },
        geometry: { type: "Point", coordinates },
      })),
    };
    const map = parseHTML(
      renderStaticMap(twice, { countries: countries("50m"), title: "Map" }),
    ).document;
    const centres = [...map.querySelectorAll("g[transform]")]
      .filter((group) => group.querySelector("circle"))
      .map((group) => (group.getAttribute("transform") ?? "").match(/[-\d.]+/g)?.map(Number) ?? []);
    const [a = [], b = []] = centres;
    expect(Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0))).toBeGreaterThanOrEqual(
      19,
    );
    expect(map.querySelectorAll("g.leaders > path")).toHaveLength(1);
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

/**
 * The projection a static map of `bounds` is drawn with, counting the calls that project or
 * invert positions (what drawing the world's outlines costs).
 */
function countedProjection(bounds: [number, number, number, number]) {
  const projection = fittedProjection(
    boundsFeature(bounds),
    [
      [24, 48],
      [696, 384],
    ],
    720,
    420,
  );
  const counts = { uses: 0 };
  const counted = new Proxy(projection, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if ((property === "stream" || property === "invert") && typeof value === "function") {
        return (...args: unknown[]) => {
          counts.uses++;
          return (value as (...inner: unknown[]) => unknown)(...args);
        };
      }
      return value;
    },
  }) as GeoProjection;
  return { projection: counted, counts };
}

describe("projectedLand", () => {
  beforeEach(() => forgetRemembered());
  const basra: [number, number, number, number] = [47.5, 30.2, 48.1, 30.8];

  it("projects the outlines for the first map of an area, and not again for a second map of it", () => {
    const first = countedProjection(basra);
    const second = countedProjection(basra);
    const land = projectedLand(countries("50m"), first.projection, 720, 420);
    expect(first.counts.uses).toBeGreaterThan(0);
    expect(projectedLand(countries("50m"), second.projection, 720, 420)).toBe(land);
    expect(second.counts.uses).toBe(0);
    expect(land).toMatch(/^<path class="land" d="M/);
  });

  it.each([
    ["another area", [47.4, 30.1, 48.2, 30.9], 720, 420],
    ["another size", [47.5, 30.2, 48.1, 30.8], 600, 420],
  ] as const)("projects them again for %s", (_change, bounds, width, height) => {
    const land = projectedLand(countries("50m"), countedProjection(basra).projection, 720, 420);
    const other = countedProjection([...bounds]);
    projectedLand(countries("50m"), other.projection, width, height);
    expect(other.counts.uses).toBeGreaterThan(0);
    expect(land).not.toBe("");
  });
});
