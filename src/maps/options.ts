/**
 * Map options, written as foreign members of the FeatureCollection (RFC 7946 §6.1) in a
 * ` ```geojson ` block, or as attributes of the `{% map %}` tag:
 * `caption`, `credit`, `height`, `zoom`, `center`, `bounds`, `steps` (a dated map's steps, see
 * `timeline.ts`), `id` (the map's key in its post's names, see `map-key.ts`).
 */
import type { Feature } from "geojson";
import type { BBox } from "./bbox.ts";
import type { JsonPath, MapProblem } from "./map-problem.ts";
import { eachPosition } from "./draw/positions.ts";
import { readStepsOption, type StepsOption } from "./timeline.ts";
import { readMapId } from "./map-key.ts";

/** Options of one map. */
export interface MapOptions {
  /** Caption under the map. @default "Map: " and the feature titles */
  caption?: string;
  /** Credit line: who made the map, from what. */
  credit?: string;
  /** Height of the interactive map in CSS pixels, 200–1000. @default the static map's shape, 12:7 */
  height?: number;
  /** Initial zoom level, 0–19; with `center`, replaces fitting the view to the features. */
  zoom?: number;
  /** Initial centre `[longitude, latitude]` in degrees. */
  center?: [number, number];
  /**
   * Area the map shows and the features must lie in, `[west, south, east, north]` in degrees
   * (RFC 7946 §5 order).
   */
  bounds?: BBox;
  /**
   * A dated map's steps: `"days"` (one per day from the first feature's `when` to the last, the
   * default when a feature has a `when`), or a list of dates with labels. See `timeline.ts`.
   */
  steps?: StepsOption;
  /**
   * The map's key in its post (`map-key.ts`): `eight-days` names its figure
   * `map-<post slug>-eight-days`, its files `map-eight-days.svg`… and its embed page
   * `map-eight-days/`. @default the map's ordinal in its post, `1`, `2`…
   */
  id?: string;
}

/** Names of the map options. */
export const mapOptionNames = [
  "caption",
  "credit",
  "height",
  "zoom",
  "center",
  "bounds",
  "steps",
  "id",
] as const;

const isNumber = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);

/**
 * Reads and checks map options from a record (the FeatureCollection, or the tag's attributes).
 * @returns the options, and every problem with the path of the option it is about
 */
export function readMapOptions(record: Record<string, unknown>): {
  options: MapOptions;
  problems: MapProblem[];
} {
  const options: MapOptions = {};
  const problems: MapProblem[] = [];
  const report = (path: JsonPath, message: string, fix: string) =>
    problems.push({ path, message, fix });
  for (const key of ["caption", "credit"] as const) {
    const value = record[key];
    if (value === undefined) continue;
    if (typeof value === "string" && value.trim() !== "") options[key] = value;
    else report([key], `map option "${key}" must be text`, `write "${key}": "…"`);
  }
  if (record.height !== undefined) {
    if (isNumber(record.height) && record.height >= 200 && record.height <= 1000)
      options.height = record.height;
    else
      report(
        ["height"],
        `map option "height" must be a number of pixels from 200 to 1000, found ${JSON.stringify(record.height)}`,
        'write e.g. "height": 480',
      );
  }
  if (record.zoom !== undefined) {
    if (isNumber(record.zoom) && record.zoom >= 0 && record.zoom <= 19) options.zoom = record.zoom;
    else
      report(
        ["zoom"],
        `map option "zoom" must be a zoom level from 0 to 19, found ${JSON.stringify(record.zoom)}`,
        'write e.g. "zoom": 12',
      );
  }
  if (record.center !== undefined) {
    const center = record.center;
    if (
      Array.isArray(center) &&
      center.length === 2 &&
      isNumber(center[0]) &&
      isNumber(center[1]) &&
      Math.abs(center[0]) <= 180 &&
      Math.abs(center[1]) <= 90
    ) {
      options.center = [center[0], center[1]];
    } else {
      report(
        ["center"],
        `map option "center" must be a position [longitude, latitude], found ${JSON.stringify(center)}`,
        'write e.g. "center": [47.81, 30.515]',
      );
    }
  }
  if (record.bounds !== undefined) {
    const b = record.bounds;
    const [west, south, east, north] = (
      Array.isArray(b) && b.length === 4 && b.every(isNumber) ? b : [NaN, NaN, NaN, NaN]
    ) as BBox;
    if (west < east && south < north && south >= -90 && north <= 90) {
      options.bounds = [west, south, east, north];
    } else {
      report(
        ["bounds"],
        `map option "bounds" must be [west, south, east, north] in degrees, found ${JSON.stringify(b)}`,
        'write e.g. "bounds": [47.58, 30.33, 47.92, 30.6]',
      );
    }
  }
  if (record.steps !== undefined) {
    const { steps, problem } = readStepsOption(record.steps);
    if (steps) options.steps = steps;
    if (problem) problems.push(problem);
  }
  // A single Feature's "id" is the feature's (RFC 7946 §3.2), not the map's.
  if (record.id !== undefined && record.type !== "Feature") {
    const { id, problem } = readMapId(record.id);
    if (id) options.id = id;
    if (problem) problems.push(problem);
  }
  if (options.zoom !== undefined && !options.center) {
    report(
      ["zoom"],
      'map option "zoom" needs "center": the view is the zoom around a centre',
      'add e.g. "center": [47.81, 30.515], or remove "zoom"',
    );
  }
  return { options, problems };
}

/**
 * Finds features with positions outside the declared `bounds`.
 * @param pathOf the JSON path of feature `index`, for locating the problem
 */
export function outsideBounds(
  features: readonly Feature[],
  bounds: BBox,
  pathOf: (index: number) => JsonPath,
): MapProblem[] {
  const [west, south, east, north] = bounds;
  const problems: MapProblem[] = [];
  features.forEach((feature, index) => {
    if (!feature.geometry) return;
    let outside: number[] | undefined;
    eachPosition(feature.geometry, (position) => {
      const [lon, lat] = position as [number, number];
      if (!outside && (lon < west || lon > east || lat < south || lat > north)) outside = position;
    });
    if (outside) {
      const title = feature.properties?.title;
      problems.push({
        path: [...pathOf(index), "geometry", "coordinates"],
        message: `map feature ${index + 1}${typeof title === "string" ? ` (${JSON.stringify(title)})` : ""}: position [${outside.join(", ")}] lies outside the map's bounds [${bounds.join(", ")}]`,
        fix: 'correct the position (GeoJSON positions are [longitude, latitude]), or widen "bounds"',
      });
    }
  });
  return problems;
}
