import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import {
  isMakiName,
  makiNames,
  makiPath,
  makiPathData,
  markerIcons,
  nearestMakiName,
  withMarkerIcons,
} from "../../../src/maps/maki.ts";

const point = (properties: Record<string, unknown>) => ({
  type: "Feature" as const,
  properties: { title: "x", ...properties },
  geometry: { type: "Point" as const, coordinates: [47.81, 30.515] },
});
const collection = (...features: ReturnType<typeof point>[]): FeatureCollection => ({
  type: "FeatureCollection",
  features,
});
const icon = (body: string, viewBox = "0 0 15 15") =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="15" height="15" viewBox="${viewBox}">\n  ${body}\n</svg>`;

describe("makiNames", () => {
  it("lists Maki 8.2.0's 215 icons, sorted", () => {
    const names = makiNames();
    expect(names).toHaveLength(215);
    expect([...names].sort()).toEqual(names);
  });

  it.each([
    ["fuel", true],
    ["rail", true],
    ["police", true],
    ["bank-JP", true],
    ["Fuel", false],
    ["fual", false],
    ["", false],
  ])("knows whether %j is a Maki name (%s)", (name, known) => {
    expect(isMakiName(name)).toBe(known);
  });
});

describe("makiPath", () => {
  it("reads an icon's path data from the package", () => {
    expect(makiPath("fuel")?.startsWith("m14 6v5.5c0 .2761")).toBe(true);
  });

  it("decodes character references and folds white space in path data", () => {
    expect(makiPath("place-of-worship")).toBe(
      "M7.5,0l-2,2v2h4V2 L7.5,0z M5.5,4.5L4,6h7L9.5,4.5H5.5z M2,6.5c-0.5523,0-1,0.4477-1,1V13h2V7.5C3,6.9477,2.5523,6.5,2,6.5z M4,6.5V13h7V6.5H4z M13,6.5c-0.5523,0-1,0.4477-1,1V13h2V7.5C14,6.9477,13.5523,6.5,13,6.5z",
    );
  });

  it.each(["fual", "constructor", "../package", ""])("has no icon named %j", (name) => {
    expect(makiPath(name)).toBeUndefined();
  });

  it("gives every icon of the package as plain path data", () => {
    for (const name of makiNames())
      expect(makiPath(name), name).toMatch(/^[MmLlHhVvCcSsQqTtAaZz0-9eE.,+\-\s]+$/);
  });
});

describe("makiPathData", () => {
  it("keeps only the path's d", () => {
    expect(makiPathData(icon('<path id="x" d="M0 0 L15 15z"/>'), "x.svg")).toBe("M0 0 L15 15z");
  });

  it.each([
    [
      "a script",
      icon('<script>alert(1)</script><path d="M0 0z"/>'),
      /x\.svg:3: a <script> element/,
    ],
    ["an event handler", icon('<path onload="alert(1)" d="M0 0z"/>'), /x\.svg:3: .*onload/],
    ["a reference to another file", icon('<use href="other.svg#a"/>'), /x\.svg:3: /],
    ["two shapes", icon('<path d="M0 0z"/><path d="M1 1z"/>'), /one <path> in a 15 × 15 viewBox/],
    ["another shape", icon('<circle r="3"/>'), /one <path> in a 15 × 15 viewBox/],
    ["another box", icon('<path d="M0 0z"/>', "0 0 24 24"), /one <path> in a 15 × 15 viewBox/],
    ["data that is not path data", icon('<path d="M0 0z url(#a)"/>'), /"d" is not SVG path data/],
    ["XML that is not well-formed", icon("<path d="), /x\.svg:\d+: not well-formed XML/],
  ])("refuses an icon with %s", (_, text, error) => {
    expect(() => makiPathData(text, "x.svg")).toThrow(error);
  });
});

describe("nearestMakiName", () => {
  it.each([
    ["fual", "fuel"],
    ["Fuel", "fuel"],
    ["hosptial", "hospital"],
    ["Police station", "police"],
    ["railway", "rail"],
    ["train", "rail"],
    ["town hall", "town-hall"],
    ["rail_metro", "rail-metro"],
    ["bank_jp", "bank-JP"],
    ["petrol", undefined],
    ["helicopter-gunship", undefined],
  ])("suggests for %j the name %j", (name, nearest) => {
    expect(nearestMakiName(name)).toBe(nearest);
  });
});

describe("markerIcons", () => {
  it("carries only the icons the map's points use, once each", () => {
    const icons = markerIcons(
      collection(
        point({ "marker-symbol": "fuel" }),
        point({ "marker-symbol": "fuel" }),
        point({ "marker-symbol": "rail" }),
        point({ "marker-symbol": "a" }),
        point({ "marker-symbol": "fual" }),
        point({}),
      ),
    );
    expect(Object.keys(icons)).toEqual(["fuel", "rail"]);
    expect(icons.rail).toBe(makiPath("rail"));
  });
});

describe("withMarkerIcons", () => {
  it("replaces an author's member of the same name with the map's own icons", () => {
    const authors = {
      ...collection(point({ "marker-symbol": "police" })),
      markerIcons: { police: "M0 0z" },
    };
    const island = withMarkerIcons(authors) as FeatureCollection & { markerIcons?: object };
    expect(island.markerIcons).toEqual({ police: makiPath("police") });
    expect(island.features).toBe(authors.features);
  });

  it("adds no member to a map without icons, and drops an author's", () => {
    const authors = { ...collection(point({ "marker-symbol": "a" })), markerIcons: { a: "M0 0z" } };
    expect("markerIcons" in withMarkerIcons(authors)).toBe(false);
  });
});
