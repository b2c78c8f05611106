/**
 * Maps across the antimeridian (Fiji, the Bering Strait): GeoJSON keeps longitudes in
 * [-180, 180], so such a map's features lie at both ends of the world. Leaflet accepts longitudes
 * beyond 180, so shifting the western ones by 360° puts the map in one piece.
 */
import type { FeatureCollection } from "geojson";
import { eachPosition } from "./positions.ts";

/** Longitude span of the positions, in degrees, with negative longitudes shifted by `shift`. */
function span(collection: FeatureCollection, shift: number): number {
  let west = Infinity;
  let east = -Infinity;
  for (const feature of collection.features) {
    if (!feature.geometry) continue;
    eachPosition(feature.geometry, ([lon = 0]) => {
      const shifted = lon < 0 ? lon + shift : lon;
      west = Math.min(west, shifted);
      east = Math.max(east, shifted);
    });
  }
  return east - west;
}

/**
 * Returns the collection with negative longitudes shifted by +360° when that makes the features
 * span fewer degrees (a map across the antimeridian), else the collection itself.
 */
export function unwrapLongitudes(collection: FeatureCollection): FeatureCollection {
  if (span(collection, 360) >= span(collection, 0)) return collection;
  const copy = structuredClone(collection);
  for (const feature of copy.features) {
    if (!feature.geometry) continue;
    eachPosition(feature.geometry, (position) => {
      if ((position[0] as number) < 0) position[0] = (position[0] as number) + 360;
    });
  }
  return copy;
}
