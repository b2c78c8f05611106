/** Bounding boxes of features, in degrees (RFC 7946 §5, https://www.rfc-editor.org/rfc/rfc7946#section-5). */
import type { Feature, Position } from "geojson";
import { eachPosition } from "./draw/positions.ts";

/** `[minLon, minLat, maxLon, maxLat]` in degrees. */
export type BBox = [number, number, number, number];

/**
 * Returns the bounding box `[minLon, minLat, maxLon, maxLat]` of features' positions, in degrees
 * (planar: a box across the antimeridian spans the globe); undefined when they have none.
 */
export function bbox(features: readonly Feature[]): BBox | undefined {
  let box: BBox | undefined;
  for (const feature of features) {
    if (!feature.geometry) continue;
    eachPosition(feature.geometry, ([lon, lat]) => {
      if (lon === undefined || lat === undefined) return;
      box = box
        ? [
            Math.min(box[0], lon),
            Math.min(box[1], lat),
            Math.max(box[2], lon),
            Math.max(box[3], lat),
          ]
        : [lon, lat, lon, lat];
    });
  }
  return box;
}

/** The smallest box holding both, or the one that is defined. */
export function unionBox(a: BBox | undefined, b: BBox | undefined): BBox | undefined {
  if (!a) return b;
  if (!b) return a;
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/** True when `[lon, lat]` lies in `box`, edges included. */
export function insideBox(box: BBox, [lon, lat]: Position): boolean {
  return (
    lon !== undefined &&
    lat !== undefined &&
    lon >= box[0] &&
    lon <= box[2] &&
    lat >= box[1] &&
    lat <= box[3]
  );
}
