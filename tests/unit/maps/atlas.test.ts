import { geoContains } from "d3-geo";
import { describe, expect, it } from "vitest";
import { borders, countries, land } from "../../../src/maps/atlas.ts";
import { forgetRemembered } from "../../../src/shared/memo.ts";

describe("countries", () => {
  it.each(["110m", "50m"] as const)(
    "reads Natural Earth's %s countries with their names",
    (scale) => {
      const iraq = countries(scale).features.find((country) => country.properties.name === "Iraq");
      expect(iraq?.geometry.type).toMatch(/^(Multi)?Polygon$/);
      expect(iraq && geoContains(iraq, [44.36, 33.31])).toBe(true); // Baghdad
    },
  );

  it("reads a scale once, and again only after the remembered values are dropped", () => {
    const first = countries("110m");
    expect(countries("110m")).toBe(first);
    forgetRemembered();
    const again = countries("110m");
    expect(again).not.toBe(first);
    expect(again.features.map((c) => c.properties.name)).toEqual(
      first.features.map((c) => c.properties.name),
    );
  });
});

describe("land", () => {
  it("is one MultiPolygon of all land, holding Basra and not the Gulf", () => {
    const all = land("110m");
    expect(all.type).toBe("MultiPolygon");
    const feature = { type: "Feature" as const, properties: {}, geometry: all };
    expect(geoContains(feature, [47.81, 30.515])).toBe(true);
    expect(geoContains(feature, [50.5, 27.5])).toBe(false);
  });
});

describe("borders", () => {
  it("is the land borders, each once, as a MultiLineString", () => {
    const lines = borders("110m");
    expect(lines.type).toBe("MultiLineString");
    expect(lines.coordinates.length).toBeGreaterThan(100);
    expect(borders("110m")).toBe(lines);
  });
});
