/**
 * The shape of a live map's ground file (`map-<key>-ground.json`): written at build time by
 * `src/maps/ground.ts`, read by the browser's `src/client/ground-layer.ts`.
 */
import type { Position } from "geojson";

/**
 * A map's ground, as the browser reads it (`map-<key>-ground.json`). Positions are
 * `[longitude, latitude]` in degrees, in the frame the browser draws the features in: a map
 * across the antimeridian has longitudes beyond 180.
 */
export interface Ground {
  /** The box the ground covers, `[west, south, east, north]`: sea where there is no land. */
  box: [number, number, number, number];
  /**
   * Rings of land, drawn together with the even-odd rule (so lakes are holes); their outlines
   * are the coasts.
   */
  land: Position[][];
  /** Land borders between countries, as open lines. */
  lines: Position[][];
}
