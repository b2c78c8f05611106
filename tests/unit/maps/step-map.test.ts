import type { FeatureCollection } from "geojson";
import { XMLParser } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { countries } from "../../../src/maps/atlas.ts";
import {
  fadedColor,
  fadedOpacity,
  renderStepMap,
  stepMapSize,
  stepBadgeMarks,
  stepMarks,
  stepProjection,
} from "../../../src/maps/step-map.ts";
import { collection, hexagon, point } from "../../helpers/basra-features.ts";

/** A district 0.01° square whose west edge is at `west`, at latitude 30.52–30.53. */
const district = (title: string, west: number) => ({
  type: "Feature",
  properties: { title },
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [west, 30.52],
        [west + 0.01, 30.52],
        [west + 0.01, 30.53],
        [west, 30.53],
        [west, 30.52],
      ],
    ],
  },
});

/** The Basra features in small, and a third feature far from both: a point in Zubair. */
const basra: FeatureCollection = {
  ...hexagon,
  features: [
    ...hexagon.features,
    {
      type: "Feature",
      properties: { title: "Zubair", "marker-color": "#1f5fa8" },
      geometry: { type: "Point", coordinates: [47.7, 30.39] },
    },
  ],
};

const render = (active: number[], collection = basra) =>
  renderStepMap(collection, { countries: countries("50m"), title: "Map. Day 1", active });

/** The panel as a DOM, and its faded group. */
function parse(svg: string) {
  const { document } = parseHTML(svg);
  return { document, faded: document.querySelector("g.faded") };
}

/**
 * Pin tips of a panel, left to right: each pin's translate plus its scaled 12.5 × 41 pixel anchor
 * (the translate is written to 0.1 pixel, so a tip is known to 0.1 pixel).
 */
const pinTips = (svg: string) =>
  [...svg.matchAll(/<path transform="translate\(([-\d.]+) ([-\d.]+)\) scale\(([\d.]+)\)"/g)]
    .map(([, x, y, s]) => [Number(x) + 12.5 * Number(s), Number(y) + 41 * Number(s)] as const)
    .sort(([a], [b]) => a - b);

/** True when two pin tips are the same pixel, to the 0.1 pixel the SVG is written to. */
const samePixel = (a: readonly number[], b: readonly number[]) =>
  Math.abs((a[0] ?? 0) - (b[0] ?? 0)) <= 0.11 && Math.abs((a[1] ?? 0) - (b[1] ?? 0)) <= 0.11;

describe("renderStepMap", () => {
  it("is a well-formed SVG document of the panel's size, titled", () => {
    const svg = render([0]);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg) as {
      svg: { "@_width": string; "@_height": string; "@_viewBox": string; title: string };
    };
    expect(parsed.svg["@_width"]).toBe(String(stepMapSize.width));
    expect(parsed.svg["@_height"]).toBe(String(stepMapSize.height));
    expect(parsed.svg["@_viewBox"]).toBe(`0 0 ${stepMapSize.width} ${stepMapSize.height}`);
    expect(parsed.svg.title).toBe("Map. Day 1");
  });

  it.each<[string, number[], { numbered: string[]; faded: string[] }]>([
    ["one feature of three in the step", [1], { numbered: ["2"], faded: ["f1", "p3"] }],
    // The pipeline's 10 km circle goes with its step: outside it, only its pin's outline.
    ["two in the step", [0, 2], { numbered: ["1", "3"], faded: ["p2"] }],
    ["every feature in the step", [0, 1, 2], { numbered: ["1", "2", "3"], faded: [] }],
    ["none in the step", [], { numbered: [], faded: ["f1", "p2", "p3"] }],
  ])(
    "draws %s in full and numbered, the others faded and without numbers",
    (_case, active, expected) => {
      const { document, faded } = parse(render(active));
      const numbers = [...document.querySelectorAll("g[transform] > text")].map(
        (text) => text.textContent,
      );
      expect(numbers).toEqual(expected.numbered);
      // Areas (f), uncertainty circles (c) and pins (p) of the features outside the step.
      const fadedShapes = [...(faded?.querySelectorAll("path") ?? [])].map((shape) =>
        shape.getAttribute("class"),
      );
      expect(fadedShapes).toEqual(expected.faded);
      if (faded) expect(faded.getAttribute("opacity")).toBe(String(fadedOpacity));
    },
  );

  it("draws faded features as grey outlines and those of the step in their own colours", () => {
    const { document, faded } = parse(render([1]));
    // Tamimiyah (1) and Zubair (3) are outside the step, the pipeline (2) is in it.
    expect(faded?.querySelector(".f1")?.getAttribute("stroke")).toBe(fadedColor);
    expect(faded?.querySelector(".f1")?.getAttribute("fill")).toBe("none");
    expect(faded?.querySelector(".p3")?.getAttribute("stroke")).toBe(fadedColor);
    expect(faded?.querySelector(".p3")?.getAttribute("fill")).toBe("none");
    // Smaller too: a pin left in simplestyle's default grey still stands out in its step.
    expect(faded?.querySelector(".p3")?.getAttribute("transform")).toMatch(/ scale\(0\.56\)$/);
    const pipeline = document.querySelector(".p2");
    expect(pipeline?.getAttribute("fill")).toBe("#b22222");
    expect(pipeline?.getAttribute("transform")).toMatch(/ scale\(0\.7\)$/);
    expect(pipeline?.closest("g.faded")).toBeNull();
    // The approximate area stays dashed even when faded: what it was is still readable.
    expect(faded?.querySelector(".f1")?.getAttribute("stroke-dasharray")).toBe("6 6");
  });

  it.each<[string, number[], string | null, string | null]>([
    ["in its step, filled in simplestyle's default grey", [0, 1], "#7e7e7e", null],
    ["outside it, a grey outline, with no dark-scheme fill", [1], "none", "#8c8c8c"],
  ])("draws a pin without marker-color %s", (_case, active, fill, stroke) => {
    const plain = collection(
      point([47.8, 30.5], { title: "Rail" }),
      point([47.7, 30.4], { title: "Other" }),
    ) as FeatureCollection;
    const svg = render(active, plain);
    const rail = parse(svg).document.querySelector(".p1");
    expect(rail?.getAttribute("fill")).toBe(fill);
    expect(rail?.getAttribute("stroke")).toBe(stroke ?? "#ffffff");
    // No dark-scheme rule fills an outline.
    if (fill === "none") expect(svg).not.toMatch(/\.p1\{/);
  });

  it("puts a position on the same pixel in every panel, whatever the step", () => {
    const tips = [[0], [1], [2], [1, 2], []].map((active) => pinTips(render(active)));
    // The pipeline's and Zubair's pins, where the panels' one projection puts their positions.
    const projection = stepProjection(basra, undefined, stepMapSize.width, stepMapSize.height);
    const expected = [projection([47.7, 30.39]), projection([47.78, 30.43])] as number[][];
    for (const panel of tips) {
      expect(panel).toHaveLength(2);
      panel.forEach((tip, index) => expect(samePixel(tip, expected[index] ?? [])).toBe(true));
    }
  });

  it("draws pins and badges smaller than the static map's, wholly inside the panel", () => {
    const svg = render([0, 1, 2]);
    expect(svg).toContain(`scale(${stepMarks})`);
    for (const [x, y] of pinTips(svg)) {
      expect(x).toBeGreaterThan(12.5 * stepMarks);
      expect(x).toBeLessThan(stepMapSize.width - 12.5 * stepMarks);
      expect(y - 41 * stepMarks).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(stepMapSize.height);
    }
  });

  it("has the static map's dark style, the faded features fainter on the dark ground", () => {
    const style = parse(render([1])).document.querySelector("style")?.textContent ?? "";
    expect(style).toMatch(
      /^@media screen and \(prefers-color-scheme: dark\)\{\.sea\{fill:#18222c\}/,
    );
    expect(style).toContain(".faded{opacity:0.6}");
  });

  it("has a scale bar and no locator inset or credit", () => {
    const { document } = parse(render([0]));
    expect(document.querySelector(".scale text")?.textContent).toMatch(/^\d+(\.\d+)? km$/);
    expect(document.querySelectorAll("svg svg")).toHaveLength(0);
    expect(document.querySelector("svg")?.textContent).not.toContain("Natural Earth");
  });

  it("escapes its title", () => {
    const svg = renderStepMap(basra, {
      countries: countries("50m"),
      title: `Day <b>3</b> & "after"`,
      active: [],
    });
    expect(svg).toContain("<title>Day &lt;b&gt;3&lt;/b&gt; &amp; &quot;after&quot;</title>");
  });

  it("fits the author's bounds when given, the same for every step", () => {
    const bounds: [number, number, number, number] = [47.5, 30.2, 48.1, 30.8];
    const projection = stepProjection(basra, bounds, 240, 160);
    const [west] = projection([47.5, 30.5]) ?? [0, 0];
    const [east] = projection([48.1, 30.5]) ?? [0, 0];
    expect(Math.round(west)).toBeGreaterThanOrEqual(12);
    expect(Math.round(east)).toBeLessThanOrEqual(228);
    const panel = renderStepMap(basra, {
      countries: countries("50m"),
      title: "Map",
      active: [1],
      bounds,
    });
    const pipeline = projection([47.78, 30.43]) ?? [0, 0];
    expect(pinTips(panel).some((tip) => samePixel(tip, pipeline))).toBe(true);
  });

  it("fits the features' positions and areas, not a point's uncertainty circle", () => {
    // Two districts 0.07° apart (about 7 km) and a point with a 10 km circle between them.
    const city = collection(
      district("West", 47.8),
      point([47.835, 30.53], { title: "HQ", uncertainty: 10_000 }),
      district("East", 47.86),
    ) as FeatureCollection;
    const projection = stepProjection(city, undefined, 240, 160);
    const [west] = projection([47.8, 30.53]) ?? [0, 0];
    const [east] = projection([47.87, 30.53]) ?? [0, 0];
    // The districts span the panel's width (216 pixels inside its margins); the circle runs off.
    expect(Math.round(east - west)).toBe(216);
  });

  it.each([
    ["small", 0.8],
    ["medium", 1],
    ["large", 1.4],
  ])("leaves room above the northernmost pin (%s) for its whole height", (size, scale) => {
    const north = collection(
      point([47.8, 30.6], { title: "North", "marker-size": size }),
      point([47.7, 30.4], { title: "South" }),
    ) as FeatureCollection;
    const [, tipY] = stepProjection(north, undefined, 240, 160)([47.8, 30.6]) ?? [0, 0];
    const top = tipY - 41 * scale * stepMarks;
    expect(top).toBeGreaterThanOrEqual(2);
    expect(top).toBeLessThan(5);
  });

  it("numbers the step's features at one place with badges that do not cover each other", () => {
    const twice = collection(
      point([47.86, 30.5], { title: "Arrives" }),
      point([47.862, 30.497], { title: "Mortared" }),
      point([47.7, 30.4], { title: "Far" }),
    ) as FeatureCollection;
    const { document } = parse(render([0, 1, 2], twice));
    const centres = [...document.querySelectorAll("g[transform]")]
      .filter((group) => group.querySelector("circle"))
      .map((group) => (group.getAttribute("transform") ?? "").match(/[-\d.]+/g)?.map(Number) ?? []);
    expect(centres).toHaveLength(3);
    const [a, b] = centres as [number[], number[]];
    expect(Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0))).toBeGreaterThanOrEqual(
      2 * 9 * stepBadgeMarks,
    );
    // The moved badge is joined to its pin by a leader line.
    expect(document.querySelector("g.leaders > path")?.getAttribute("d")).toMatch(
      /^M[\d.]+ [\d.]+L/,
    );
  });

  it("stays small", () => {
    expect(render([1]).length).toBeLessThan(30 * 1024);
  });
});
