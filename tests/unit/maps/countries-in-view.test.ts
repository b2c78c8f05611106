import { geoMercator } from "d3-geo";
import { describe, expect, it } from "vitest";
import { countries } from "../../../src/maps/atlas.ts";
import { countryAt, visibleCountries } from "../../../src/maps/countries-in-view.ts";

describe("countryAt", () => {
  it("finds Iraq at Basra's centre and nothing in the Gulf", () => {
    expect(countryAt(countries("110m"), [47.81, 30.515])?.properties.name).toBe("Iraq");
    expect(countryAt(countries("110m"), [50.5, 27.5])).toBeUndefined();
  });
});
describe("visibleCountries", () => {
  const view = (center: [number, number], scale: number) =>
    geoMercator().center(center).scale(scale).translate([360, 210]);
  const names = (center: [number, number], scale: number) =>
    visibleCountries(countries("110m"), view(center, scale), 720, 420).map(
      (country) => country.properties.name,
    );

  it("keeps Iraq and its neighbours in a view of Basra, and leaves out far countries", () => {
    const shown = names([47.81, 30.515], 3000);
    expect(shown).toContain("Iraq");
    expect(shown).toContain("Kuwait");
    expect(shown).not.toContain("Brazil");
  });

  it("draws every country in a view of a large part of the world", () => {
    expect(names([0, 0], 100)).toHaveLength(countries("110m").features.length);
  });

  it("tests a view across the antimeridian on both sides of it", () => {
    const shown = names([180, -17], 3000);
    expect(shown).toContain("Fiji");
  });
});
