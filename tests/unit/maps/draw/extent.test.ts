import { geoDistance } from "d3-geo";
import { describe, expect, it } from "vitest";
import { minimumExtentDegrees, minimumExtentMetres } from "../../../../src/maps/draw/extent.ts";
import { earthRadiusMetres } from "../../../../src/maps/projection.ts";

describe("the smallest area a map shows", () => {
  it("is a radius of 15 km, below a span of 0.02°", () => {
    expect([minimumExtentMetres, minimumExtentDegrees]).toEqual([15_000, 0.02]);
  });

  it("widens any view narrower than the span: the radius is far wider than 0.02° anywhere", () => {
    // 0.02° of latitude is about 2.2 km; the widened view is 30 km across.
    const span = geoDistance([0, 0], [0, minimumExtentDegrees]) * earthRadiusMetres;
    expect(Math.round(span)).toBe(2224);
    expect(2 * minimumExtentMetres).toBeGreaterThan(10 * span);
  });
});
