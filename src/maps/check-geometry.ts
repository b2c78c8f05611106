/**
 * Checks a feature's geometry as GeoJSON (RFC 7946 §3.1, https://www.rfc-editor.org/rfc/rfc7946)
 * that Dispatch can draw: a known type, positions `[longitude, latitude]` in range (naming a
 * position written `[latitude, longitude]`), lines of two positions or more, closed rings of four.
 */
import {
  formatPosition,
  formatValue,
  isRecord,
  type JsonPath,
  type ReportProblem,
} from "./map-problem.ts";

/** The geometry types of GeoJSON, in the order messages list them. */
export const geometryTypes = [
  "Point",
  "MultiPoint",
  "LineString",
  "MultiLineString",
  "Polygon",
  "MultiPolygon",
  "GeometryCollection",
] as const;

const degreesFix = "GeoJSON positions are [longitude, latitude] in decimal degrees";

/**
 * Checks one position: two or three finite numbers, latitude in [-90, 90], longitude in
 * [-180, 180]. Returns true when it can be drawn.
 */
export function checkPosition(value: unknown, path: JsonPath, report: ReportProblem): boolean {
  if (
    !Array.isArray(value) ||
    value.length < 2 ||
    value.length > 3 ||
    !value.every((n) => typeof n === "number" && Number.isFinite(n))
  ) {
    report(
      path,
      `position ${formatValue(value)} is not a position`,
      "write a position as [longitude, latitude] in decimal degrees, e.g. [47.81, 30.515]",
    );
    return false;
  }
  const [longitude, latitude] = value as [number, number];
  if (latitude < -90 || latitude > 90) {
    if (longitude >= -90 && longitude <= 90 && latitude >= -180 && latitude <= 180) {
      report(
        path,
        `position ${formatPosition(value)} looks like [latitude, longitude]: latitude ${latitude} is outside [-90, 90]; GeoJSON positions are [longitude, latitude]`,
        `write ${formatPosition([latitude, longitude])}`,
      );
    } else {
      report(
        path,
        `position ${formatPosition(value)} has latitude ${latitude} outside [-90, 90]`,
        degreesFix,
      );
    }
    return false;
  }
  if (longitude < -180 || longitude > 180) {
    report(
      path,
      `position ${formatPosition(value)} has longitude ${longitude} outside [-180, 180]`,
      degreesFix,
    );
    return false;
  }
  return true;
}

/** Checks an array of at least `minimum` positions; `what` names it ("LineString"). */
function checkPositions(
  value: unknown,
  path: JsonPath,
  minimum: number,
  what: string,
  report: ReportProblem,
): boolean {
  if (!Array.isArray(value) || value.length < minimum) {
    report(
      path,
      `${what} needs an array of at least ${minimum} positions`,
      "write it as [[longitude, latitude], [longitude, latitude], ...]",
    );
    return false;
  }
  return value
    .map((position, index) => checkPosition(position, [...path, index], report))
    .every(Boolean);
}

/** Checks a polygon ring: four positions or more, the last the same as the first. */
function checkRing(value: unknown, path: JsonPath, ringNumber: number, report: ReportProblem) {
  if (!checkPositions(value, path, 4, `polygon ring ${ringNumber}`, report)) return;
  const ring = value as number[][];
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) {
    report(
      [...path, ring.length - 1],
      `polygon ring ${ringNumber} is not closed: it starts at ${formatPosition(first)} and ends at ${formatPosition(last)}`,
      `repeat the first position ${formatPosition(first)} as the last position of the ring`,
    );
  }
}

/** Checks a polygon: one ring or more, each numbered from 1 in messages. */
function checkPolygon(value: unknown, path: JsonPath, report: ReportProblem): void {
  if (!Array.isArray(value) || value.length === 0) {
    report(path, "polygon needs an array of rings", "write [[[lon, lat], ..., [lon, lat]]]");
    return;
  }
  value.forEach((ring, index) => checkRing(ring, [...path, index], index + 1, report));
}

/**
 * Checks a Multi* geometry's `coordinates`: a non-empty array whose every member `check`s.
 * @param type the geometry's type, for the message
 */
function checkMembers(
  coordinates: unknown,
  at: JsonPath,
  type: string,
  report: ReportProblem,
  check: (item: unknown, itemPath: JsonPath) => void,
): void {
  if (!Array.isArray(coordinates) || coordinates.length === 0) {
    report(
      at,
      `${type} needs "coordinates" as an array with at least one member`,
      "give it coordinates, or remove the feature",
    );
    return;
  }
  coordinates.forEach((item, index) => check(item, [...at, index]));
}

/** Checks the `coordinates` of a geometry of a known type other than GeometryCollection. */
function checkCoordinates(
  type: string,
  coordinates: unknown,
  at: JsonPath,
  report: ReportProblem,
): void {
  switch (type) {
    case "Point":
      checkPosition(coordinates, at, report);
      break;
    case "MultiPoint":
      checkPositions(coordinates, at, 1, "MultiPoint", report);
      break;
    case "LineString":
      checkPositions(coordinates, at, 2, "LineString", report);
      break;
    case "MultiLineString":
      checkMembers(coordinates, at, type, report, (line, linePath) =>
        checkPositions(line, linePath, 2, "LineString", report),
      );
      break;
    case "Polygon":
      checkPolygon(coordinates, at, report);
      break;
    case "MultiPolygon":
      checkMembers(coordinates, at, type, report, (polygon, polygonPath) =>
        checkPolygon(polygon, polygonPath, report),
      );
      break;
  }
}

/**
 * Checks a feature's `geometry` (at `path`), reporting every problem of every position; a
 * GeometryCollection's members are checked the same way.
 */
export function checkGeometry(value: unknown, path: JsonPath, report: ReportProblem): void {
  if (!isRecord(value)) {
    report(
      path,
      "has no geometry",
      'give it a "geometry" such as {"type": "Point", "coordinates": [47.81, 30.515]}',
    );
    return;
  }
  const type = value.type;
  if (typeof type !== "string" || !(geometryTypes as readonly string[]).includes(type)) {
    report(
      [...path, "type"],
      `geometry type ${JSON.stringify(type)} is not a GeoJSON geometry`,
      `use one of ${geometryTypes.join(", ")}`,
    );
    return;
  }
  if (type !== "GeometryCollection") {
    checkCoordinates(type, value.coordinates, [...path, "coordinates"], report);
    return;
  }
  if (!Array.isArray(value.geometries) || value.geometries.length === 0) {
    report(
      path,
      'GeometryCollection needs a "geometries" array with at least one geometry',
      "add a geometry, or remove the feature",
    );
    return;
  }
  value.geometries.forEach((g, index) => checkGeometry(g, [...path, "geometries", index], report));
}
