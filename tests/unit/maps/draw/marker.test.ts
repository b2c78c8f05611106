import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { badgeRadius } from "../../../../src/maps/draw/anchors.ts";
import {
  markerIconsOf,
  markerSize,
  pinBadgeOffset,
  pinLook,
  pinRoom,
  pinSize,
  symbolInk,
  symbolShape,
  type PinLook,
} from "../../../../src/maps/draw/marker.ts";
import { contrastRatio } from "../../../../src/maps/draw/palette.ts";

const icons = { fuel: "m14 6v5.5z", rail: "M3 1z" };
const point = (properties: Record<string, unknown>) => ({
  type: "Feature" as const,
  properties,
  geometry: { type: "Point" as const, coordinates: [47.81, 30.515] },
});
const collection = (...features: ReturnType<typeof point>[]): FeatureCollection => ({
  type: "FeatureCollection",
  features,
});

describe("markerSize", () => {
  it.each([
    [{ "marker-size": "small" }, "small"],
    [{ "marker-size": "medium" }, "medium"],
    [{ "marker-size": "large" }, "large"],
    [{}, "medium"],
    [{ "marker-size": "huge" }, "medium"],
  ])("reads %j as %s", (properties, size) => {
    expect(markerSize(properties)).toBe(size);
  });
});

describe("pinSize", () => {
  it.each([
    ["small", [20, 32.8]],
    ["medium", [25, 41]],
    ["large", [35, 57.4]],
  ] as const)("makes a %s pin %j pixels", (size, expected) => {
    const [width, height] = pinSize(size);
    expect(width).toBeCloseTo(expected[0], 6);
    expect(height).toBeCloseTo(expected[1], 6);
  });
});

describe("pinLook", () => {
  it.each<[string, Record<string, unknown>, PinLook]>([
    [
      "a Maki name the map carries",
      { "marker-symbol": "fuel" },
      { size: "medium", symbol: { kind: "icon", path: "m14 6v5.5z" } },
    ],
    [
      "a letter, in upper case",
      { "marker-symbol": "a" },
      { size: "medium", symbol: { kind: "letter", text: "A" } },
    ],
    [
      "a digit",
      { "marker-symbol": "7", "marker-size": "small" },
      { size: "small", symbol: { kind: "letter", text: "7" } },
    ],
    [
      "an unknown name: no symbol",
      { "marker-symbol": "fual", "marker-size": "large" },
      { size: "large" },
    ],
    [
      "a name of the object prototype: no symbol",
      { "marker-symbol": "constructor" },
      { size: "medium" },
    ],
    ["no marker-symbol", {}, { size: "medium" }],
  ])("draws %s", (_, properties, look) => {
    expect(pinLook(properties, icons)).toEqual(look);
  });
});

describe("symbolInk", () => {
  it.each([
    ["#b22222", "#ffffff"],
    ["#7e7e7e", "#ffffff"],
    ["#1f4e79", "#ffffff"],
    ["#ffcc00", "#000000"],
    ["#e8e8e8", "#000000"],
  ])("draws the symbol on %s in %s, with at least 3:1 contrast", (color, ink) => {
    expect(symbolInk(color)).toBe(ink);
    expect(contrastRatio(color, ink)).toBeGreaterThanOrEqual(3);
  });
});

describe("symbolShape", () => {
  it("centres a 15-pixel Maki icon in the pin's head, in the ink", () => {
    expect(symbolShape({ kind: "icon", path: "M0 0z" }, "#000000")).toEqual({
      name: "path",
      attributes: { transform: "translate(5 5)", d: "M0 0z", fill: "#000000" },
    });
  });

  it("sets a letter as text, never as markup", () => {
    expect(symbolShape({ kind: "letter", text: "A" }, "#ffffff")?.text).toBe("A");
  });
});

describe("pinBadgeOffset", () => {
  it.each<[string, PinLook, [number, number]]>([
    ["on the head of a medium pin without a symbol", { size: "medium" }, [0, -22]],
    ["on the head of a small pin", { size: "small" }, [0, -17.6]],
    ["on the head of a large pin", { size: "large" }, [0, -30.8]],
    [
      "beside the head of a medium pin with an icon",
      { size: "medium", symbol: { kind: "icon", path: "M0 0z" } },
      [16.9, -38.2],
    ],
    [
      "beside the head of a large pin with a letter",
      { size: "large", symbol: { kind: "letter", text: "A" } },
      [21.2, -52.1],
    ],
  ])("puts the badge %s", (_, look, offset) => {
    expect(pinBadgeOffset(look)).toEqual(offset);
  });

  it.each(["small", "medium", "large"] as const)(
    "keeps the badge of a %s pin clear of the icon's box",
    (size) => {
      const scale = pinSize(size)[0] / 25;
      const [dx, dy] = pinBadgeOffset({ size, symbol: { kind: "icon", path: "M0 0z" } });
      const iconRight = 7.5 * scale;
      const iconTop = -(41 - 5) * scale;
      // The badge's nearest point to the icon box's top-right corner lies outside it.
      const nearestX = Math.max(dx - badgeRadius, Math.min(dx, iconRight));
      const nearestY = Math.min(Math.max(dy, iconTop), dy + badgeRadius);
      const inside = nearestX < iconRight && nearestY > iconTop;
      const corner = Math.hypot(dx - iconRight, dy - iconTop);
      expect(inside && corner < badgeRadius).toBe(false);
    },
  );
});

describe("pinRoom", () => {
  it.each<[string, FeatureCollection, { above: number; side: number }]>([
    ["a medium pin's without pins", collection(), { above: 41, side: 12.5 }],
    [
      "a medium pin's for a plain pin",
      collection(point({ title: "A" })),
      { above: 41, side: 12.5 },
    ],
    [
      "a large pin's height",
      collection(point({ "marker-size": "large" })),
      { above: 57.4, side: 17.5 },
    ],
    [
      "the badge beside a large pin with an icon",
      collection(point({ "marker-size": "large", "marker-symbol": "fuel" })),
      { above: 61.1, side: 30.2 },
    ],
  ])("is %s", (_, features, room) => {
    const { above, side } = pinRoom(features, icons);
    expect(above).toBeCloseTo(room.above, 6);
    expect(side).toBeCloseTo(room.side, 6);
  });
});

describe("markerIconsOf", () => {
  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ["reads the island's icons", { markerIcons: { fuel: "M0 0z" } }, { fuel: "M0 0z" }],
    ["has none without the member", {}, {}],
    ["keeps only text", { markerIcons: { fuel: 3, rail: "M1 1z" } }, { rail: "M1 1z" }],
    ["ignores a member that is not an object", { markerIcons: "M0 0z" }, {}],
  ])("%s", (_, members, expected) => {
    expect(markerIconsOf({ ...collection(), ...members } as FeatureCollection)).toEqual(expected);
  });
});
