import { describe, expect, it } from "vitest";
import { validateMapData } from "../../../src/maps/validate.ts";

const point = (coordinates: unknown, properties: Record<string, unknown> = { title: "Basra" }) => ({
  type: "Feature",
  properties,
  geometry: { type: "Point", coordinates },
});
const collection = (...features: unknown[]) => ({ type: "FeatureCollection", features });
describe("a position written [latitude, longitude] among valid features", () => {
  it("a feature among others whose valid-looking position was written [latitude, longitude]", () => {
    const value = collection(
      point([47.77, 30.505], { title: "Hayyaniyah" }),
      point([47.818, 30.522], { title: "Jumhuriyah" }),
      point([30.537, 47.812], { title: "Jubaila" }),
    );
    expect(validateMapData(value)).toEqual([
      {
        path: ["features", 2, "geometry", "coordinates"],
        message:
          'map feature 3 ("Jubaila"): position [30.537, 47.812] looks like [latitude, longitude]: it lies far from the other features, and swapped it lies among them; GeoJSON positions are [longitude, latitude]',
        fix: "swap the two numbers of each position, e.g. write [47.812, 30.537]",
      },
    ]);
  });

  it("no swap for a far-away feature whose swapped position is far away too", () => {
    const value = collection(
      point([47.77, 30.505], { title: "Hayyaniyah" }),
      point([47.818, 30.522], { title: "Jumhuriyah" }),
      point([-77.04, 38.9], { title: "Washington" }),
    );
    expect(validateMapData(value)).toEqual([]);
  });
});
