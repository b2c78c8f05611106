/**
 * The size limits of one map, and the simplification that brings a large one under them. A map
 * with more than {@link mapLimits.simplifyAbove} positions has its lines and areas simplified
 * (Douglas–Peucker, with simplify-js) to at most that many, for the static map and the page's
 * data alike, and the build warns; one with more than {@link mapLimits.maxPositions}, or still
 * above the first limit once simplified (a map of many points), is refused.
 */
import type { FeatureCollection, Geometry, Position } from "geojson";
import simplify from "simplify-js";
import { formatBytes } from "../shared/bytes.ts";
import { weakRememberer } from "../shared/memo.ts";

/** The limits of one map: a ` ```geojson ` block or a map file. */
export const mapLimits = {
  /** Positions a map may draw: more are simplified to at most this many. */
  simplifyAbove: 20_000,
  /** Positions a map may have at all: more are refused, unread further. */
  maxPositions: 500_000,
  /** Bytes of a GeoJSON map file (8 MiB); a block is part of its post, which may be 4 MiB. */
  maxGeoJsonBytes: 8 * 1024 * 1024,
  /** Bytes of a KML or GPX map file (3 MiB): XML takes about three times the memory to read. */
  maxXmlBytes: 3 * 1024 * 1024,
  /** Bytes of the map's data in its page, as JSON, once simplified (2 MiB): long descriptions. */
  maxPageBytes: 2 * 1024 * 1024,
} as const;

/** Metres in a degree of latitude, for telling a tolerance in degrees as a distance. */
const metresPerDegree = 111_320;

/** Calls `visit` on every list of positions in `geometry`: a line, a ring, a point's one position. */
function eachLine(geometry: Geometry, visit: (line: Position[], closed: boolean) => void): void {
  switch (geometry.type) {
    case "Point":
      visit([geometry.coordinates], false);
      break;
    case "MultiPoint":
    case "LineString":
      visit(geometry.coordinates, false);
      break;
    case "MultiLineString":
      for (const line of geometry.coordinates) visit(line, false);
      break;
    case "Polygon":
      for (const ring of geometry.coordinates) visit(ring, true);
      break;
    case "MultiPolygon":
      for (const polygon of geometry.coordinates) for (const ring of polygon) visit(ring, true);
      break;
    case "GeometryCollection":
      for (const part of geometry.geometries) eachLine(part, visit);
      break;
  }
}

/** Number of positions in `collection`: a point counts 1, a line or ring each of its positions. */
export function countPositions(collection: FeatureCollection): number {
  let count = 0;
  for (const feature of collection.features) {
    if (feature.geometry) eachLine(feature.geometry, (line) => (count += line.length));
  }
  return count;
}

/** `geometry` with every line and ring (not points) simplified by `simplifyLine`. */
function mapLines(
  geometry: Geometry,
  simplifyLine: (line: Position[], closed: boolean) => Position[],
): Geometry {
  switch (geometry.type) {
    case "LineString":
      return { ...geometry, coordinates: simplifyLine(geometry.coordinates, false) };
    case "MultiLineString":
      return { ...geometry, coordinates: geometry.coordinates.map((l) => simplifyLine(l, false)) };
    case "Polygon":
      return { ...geometry, coordinates: geometry.coordinates.map((r) => simplifyLine(r, true)) };
    case "MultiPolygon":
      return {
        ...geometry,
        coordinates: geometry.coordinates.map((p) => p.map((r) => simplifyLine(r, true))),
      };
    case "GeometryCollection":
      return { ...geometry, geometries: geometry.geometries.map((g) => mapLines(g, simplifyLine)) };
    default:
      return geometry;
  }
}

/** A position as simplify-js takes it, holding the position itself. */
interface Point {
  x: number;
  y: number;
  position: Position;
}

/** The points of each line, made once for all the tolerances tried. */
const pointsOf = weakRememberer<Position[], Point[]>();

/** `line` simplified within `tolerance` degrees; a ring keeps at least 4 positions (closed), a line 2. */
function simplifyPositions(line: Position[], closed: boolean, tolerance: number): Position[] {
  if (line.length <= (closed ? 4 : 2)) return line;
  const points = pointsOf(line, () =>
    line.map((position) => ({ x: position[0] as number, y: position[1] as number, position })),
  );
  const kept = simplify(points, tolerance, false) as Point[];
  // A ring too small to stay one at this tolerance keeps 4 positions: a triangle, closed.
  if (closed && kept.length < 4) {
    const third = Math.floor((line.length - 1) / 3);
    return [0, third, 2 * third, line.length - 1].map((index) => line[index] as Position);
  }
  return kept.map((point) => point.position);
}

/** What {@link simplifyCollection} did. */
export interface Simplification {
  collection: FeatureCollection;
  /** Positions before and after. */
  before: number;
  after: number;
  /** The largest distance, in metres (at the equator), a simplified line moved. */
  toleranceMetres: number;
}

/**
 * Simplifies the lines and areas of `collection` (Douglas–Peucker after a radial-distance pass,
 * simplify-js) with the smallest tolerance, found by bisection, that leaves at most `target`
 * positions; points are never dropped. The input is not changed.
 * @param target the most positions the result may have
 * @returns the simplified collection with its counts; `after` is above `target` when points
 *   alone, or rings at their smallest, exceed it
 */
export function simplifyCollection(collection: FeatureCollection, target: number): Simplification {
  const before = countPositions(collection);
  const at = (tolerance: number): FeatureCollection => ({
    ...collection,
    features: collection.features.map((feature) =>
      feature.geometry
        ? {
            ...feature,
            geometry: mapLines(feature.geometry, (line, closed) =>
              simplifyPositions(line, closed, tolerance),
            ),
          }
        : feature,
    ),
  });
  // From a millionth of a degree (0.1 m) to 10 degrees, by bisection on a log scale.
  let low = 1e-6;
  let high = 10;
  let best = at(high);
  let bestTolerance = high;
  for (let step = 0; step < 24; step++) {
    const middle = Math.sqrt(low * high);
    const candidate = at(middle);
    if (countPositions(candidate) <= target) {
      [high, best, bestTolerance] = [middle, candidate, middle];
    } else {
      low = middle;
    }
    if (high / low < 1.05) break;
  }
  return {
    collection: best,
    before,
    after: countPositions(best),
    toleranceMetres: bestTolerance * metresPerDegree,
  };
}

/** A whole number with thousands separated by commas: `200000` → `"200,000"`. */
const count = (n: number) => n.toLocaleString("en-US");

/** A distance as an author reads it: `"12 m"`, `"1.4 km"`. */
function distance(metres: number): string {
  return metres >= 1000
    ? `${(metres / 1000).toFixed(1)} km`
    : `${Math.max(1, Math.round(metres))} m`;
}

/** What {@link fitMapSize} made of a map. */
export type MapFit =
  | { ok: true; collection: FeatureCollection; simplified?: { message: string; fix: string } }
  | { ok: false; message: string; fix: string };

/**
 * Brings a valid map within {@link mapLimits}: as it is when it has at most `simplifyAbove`
 * positions; simplified, with the warning to print, when it has up to `maxPositions`; refused
 * above that, when simplifying cannot bring it down (points), or when its data, as JSON, is
 * still over `maxPageBytes`.
 * @param what the map in messages: `"the map block"`, `"map file \"track.gpx\""`
 */
export function fitMapSize(collection: FeatureCollection, what: string): MapFit {
  const fit = fitPositions(collection, what);
  if (!fit.ok) return fit;
  const bytes = Buffer.byteLength(JSON.stringify(fit.collection));
  if (bytes <= mapLimits.maxPageBytes) return fit;
  return {
    ok: false,
    message: `${what} is ${formatBytes(bytes)} of data${fit.simplified ? " once simplified" : ""}, more than the ${formatBytes(mapLimits.maxPageBytes)} a page may carry: its properties are long`,
    fix: "shorten the descriptions and other properties, or split it into several maps",
  };
}

/** {@link fitMapSize} by positions alone. */
function fitPositions(collection: FeatureCollection, what: string): MapFit {
  const positions = countPositions(collection);
  const { simplifyAbove, maxPositions } = mapLimits;
  const yourself = `simplify it yourself to at most ${count(simplifyAbove)} positions (mapshaper's -simplify, or your GPS software's track filter)`;
  if (positions <= simplifyAbove) return { ok: true, collection };
  if (positions > maxPositions) {
    return {
      ok: false,
      message: `${what} has ${count(positions)} positions, more than the ${count(maxPositions)} a map may have`,
      fix: yourself,
    };
  }
  const result = simplifyCollection(collection, simplifyAbove);
  if (result.after > simplifyAbove) {
    return {
      ok: false,
      message: `${what} has ${count(positions)} positions, more than the ${count(simplifyAbove)} a map may draw, and its points cannot be simplified`,
      fix: "split it into several maps, or keep the places that matter",
    };
  }
  return {
    ok: true,
    collection: result.collection,
    simplified: {
      message: `${what} has ${count(positions)} positions, more than the ${count(simplifyAbove)} a map draws: its lines and areas are simplified to ${count(result.after)} positions (${Math.round((100 * result.after) / positions)}%), none moved more than about ${distance(result.toleranceMetres)}`,
      fix: `To choose what is kept, ${yourself}`,
    },
  };
}
