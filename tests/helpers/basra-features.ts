/**
 * GeoJSON the map tests share: small features near Basra, written once so that every test of the
 * validation, the projection and the static map reads the same data.
 */
import type { FeatureCollection } from "geojson";

/** A Point feature at `coordinates` (any value, for validation tests), titled Basra by default. */
export const point = (
  coordinates: unknown,
  properties: Record<string, unknown> = { title: "Basra" },
) => ({
  type: "Feature",
  properties,
  geometry: { type: "Point", coordinates },
});

/** A FeatureCollection of `features`, unchecked (validation tests give it wrong ones). */
export const collection = (...features: unknown[]) => ({ type: "FeatureCollection", features });

/** A closed ring around Basra, counterclockwise: [lon, lat] degrees. */
export const square = [
  [47.7, 30.4],
  [47.8, 30.4],
  [47.8, 30.5],
  [47.7, 30.5],
  [47.7, 30.4],
];

/**
 * Tamimiyah as a hexagon with an approximate outline, and the pipeline attack as a point with a
 * 10 km uncertainty: the Basra post's features in small.
 */
export const hexagon: FeatureCollection = {
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
