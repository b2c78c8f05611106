/**
 * Validation of a post's map data: a GeoJSON FeatureCollection (RFC 7946) whose features carry
 * Dispatch's properties (`title`, `description`, `source`, `approximate`, `uncertainty`) and
 * simplestyle-spec styling. Pure: every problem comes back with the JSON path it is about.
 */
import { closest } from "fastest-levenshtein";
import type { Feature, FeatureCollection, Position } from "geojson";
import { controlCharactersIn, type ControlCharacterProblem } from "../text/control-characters.ts";
import { colorKeys, numberKeys } from "./draw/style.ts";
import { eachPosition } from "./draw/positions.ts";
import { classifyLink, httpOrSitePathProblem, leavesSite, leavesSiteFix } from "../shared/urls.ts";

/** A path into the map's JSON: property names and 0-based array indices. */
export type JsonPath = (string | number)[];

/** One thing wrong with map data: what, where (as a JSON path), and how to fix it. */
export interface MapProblem {
  /** Path of the value the problem is about, e.g. `["features", 2, "geometry", "coordinates"]`. */
  path: JsonPath;
  /** What is wrong, naming the feature by 1-based number and title. */
  message: string;
  /** What the author should do. */
  fix?: string;
}

const geometryTypes = [
  "Point",
  "MultiPoint",
  "LineString",
  "MultiLineString",
  "Polygon",
  "MultiPolygon",
  "GeometryCollection",
] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const formatPosition = (position: readonly number[]) => `[${position.join(", ")}]`;

/** Formats a JSON value for a message, keeping numbers JSON cannot print (`Infinity` for 1e400). */
function formatValue(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return `[${value.map(formatValue).join(", ")}]`;
  return JSON.stringify(value) ?? String(value);
}

/** Names a feature for messages: `map feature 3 ("Hayyaniyah")`, numbered from 1. */
export function featureLabel(index: number, feature: unknown): string {
  const title =
    isRecord(feature) && isRecord(feature.properties) ? feature.properties.title : undefined;
  return typeof title === "string" && title.trim() !== ""
    ? `map feature ${index + 1} (${JSON.stringify(title)})`
    : `map feature ${index + 1}`;
}

class Checker {
  readonly problems: MapProblem[] = [];
  constructor(private readonly label: string) {}

  report(path: JsonPath, message: string, fix?: string): void {
    this.problems.push({ path, message: `${this.label}: ${message}`, fix });
  }

  /** Checks one position; returns true when it can be drawn. */
  position(value: unknown, path: JsonPath): boolean {
    if (
      !Array.isArray(value) ||
      value.length < 2 ||
      value.length > 3 ||
      !value.every((n) => typeof n === "number" && Number.isFinite(n))
    ) {
      this.report(
        path,
        `position ${formatValue(value)} is not a position`,
        "write a position as [longitude, latitude] in decimal degrees, e.g. [47.81, 30.515]",
      );
      return false;
    }
    const [longitude, latitude] = value as [number, number];
    if (latitude < -90 || latitude > 90) {
      if (longitude >= -90 && longitude <= 90 && latitude >= -180 && latitude <= 180) {
        this.report(
          path,
          `position ${formatPosition(value)} looks like [latitude, longitude]: latitude ${latitude} is outside [-90, 90]; GeoJSON positions are [longitude, latitude]`,
          `write ${formatPosition([latitude, longitude])}`,
        );
      } else {
        this.report(
          path,
          `position ${formatPosition(value)} has latitude ${latitude} outside [-90, 90]`,
          "GeoJSON positions are [longitude, latitude] in decimal degrees",
        );
      }
      return false;
    }
    if (longitude < -180 || longitude > 180) {
      this.report(
        path,
        `position ${formatPosition(value)} has longitude ${longitude} outside [-180, 180]`,
        "GeoJSON positions are [longitude, latitude] in decimal degrees",
      );
      return false;
    }
    return true;
  }

  positions(value: unknown, path: JsonPath, minimum: number, what: string): boolean {
    if (!Array.isArray(value) || value.length < minimum) {
      this.report(
        path,
        `${what} needs an array of at least ${minimum} positions`,
        "write it as [[longitude, latitude], [longitude, latitude], ...]",
      );
      return false;
    }
    return value.map((position, index) => this.position(position, [...path, index])).every(Boolean);
  }

  ring(value: unknown, path: JsonPath, ringNumber: number): void {
    if (!this.positions(value, path, 4, `polygon ring ${ringNumber}`)) return;
    const ring = value as number[][];
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) {
      this.report(
        [...path, ring.length - 1],
        `polygon ring ${ringNumber} is not closed: it starts at ${formatPosition(first)} and ends at ${formatPosition(last)}`,
        `repeat the first position ${formatPosition(first)} as the last position of the ring`,
      );
    }
  }

  polygon(value: unknown, path: JsonPath): void {
    if (!Array.isArray(value) || value.length === 0) {
      this.report(path, "polygon needs an array of rings", "write [[[lon, lat], ..., [lon, lat]]]");
      return;
    }
    value.forEach((ring, index) => this.ring(ring, [...path, index], index + 1));
  }

  geometry(value: unknown, path: JsonPath): void {
    if (!isRecord(value)) {
      this.report(
        path,
        "has no geometry",
        'give it a "geometry" such as {"type": "Point", "coordinates": [47.81, 30.515]}',
      );
      return;
    }
    const type = value.type;
    if (typeof type !== "string" || !(geometryTypes as readonly string[]).includes(type)) {
      this.report(
        [...path, "type"],
        `geometry type ${JSON.stringify(type)} is not a GeoJSON geometry`,
        `use one of ${geometryTypes.join(", ")}`,
      );
      return;
    }
    if (type === "GeometryCollection") {
      if (!Array.isArray(value.geometries) || value.geometries.length === 0) {
        this.report(
          path,
          'GeometryCollection needs a "geometries" array with at least one geometry',
          "add a geometry, or remove the feature",
        );
        return;
      }
      value.geometries.forEach((g, index) => this.geometry(g, [...path, "geometries", index]));
      return;
    }
    const coordinates = value.coordinates;
    const at: JsonPath = [...path, "coordinates"];
    const arrayOf = (check: (item: unknown, itemPath: JsonPath) => void) => {
      if (!Array.isArray(coordinates) || coordinates.length === 0) {
        this.report(
          at,
          `${type} needs "coordinates" as an array with at least one member`,
          "give it coordinates, or remove the feature",
        );
        return;
      }
      coordinates.forEach((item, index) => check(item, [...at, index]));
    };
    switch (type) {
      case "Point":
        this.position(coordinates, at);
        break;
      case "MultiPoint":
        this.positions(coordinates, at, 1, "MultiPoint");
        break;
      case "LineString":
        this.positions(coordinates, at, 2, "LineString");
        break;
      case "MultiLineString":
        arrayOf((line, linePath) => this.positions(line, linePath, 2, "LineString"));
        break;
      case "Polygon":
        this.polygon(coordinates, at);
        break;
      case "MultiPolygon":
        arrayOf((polygon, polygonPath) => this.polygon(polygon, polygonPath));
        break;
    }
  }

  properties(value: unknown, path: JsonPath, geometryType: unknown): void {
    if (!isRecord(value)) {
      this.report(path, 'has no "properties"', 'add "properties": {"title": "..."}');
      return;
    }
    const at = (key: string): JsonPath => [...path, key];
    if (!("title" in value) || (typeof value.title === "string" && value.title.trim() === "")) {
      this.report(
        at("title"),
        'has no "title"',
        'add a "title" property: it names the feature on the map and in its list',
      );
    }
    for (const key of ["title", "description", "source"]) {
      if (key in value && typeof value[key] !== "string") {
        this.report(
          at(key),
          `"${key}" must be text, found ${formatValue(value[key])}`,
          `put it in quotes: "${key}": "${String(value[key])}"`,
        );
      }
    }
    if ("category" in value && typeof value.category !== "string") {
      this.report(
        at("category"),
        `"category" must be text, found ${formatValue(value.category)}`,
        `put it in quotes: "category": "${String(value.category)}"`,
      );
    }
    const url = typeof value.url === "string" ? classifyLink(value.url) : undefined;
    if (url?.kind === "elsewhere") {
      this.report(
        at("url"),
        `"url" ${formatValue(value.url)} ${leavesSite(url.host)}`,
        leavesSiteFix(url.host),
      );
    } else if (typeof value.url === "string" && value.url.trim() !== value.url) {
      const trimmed = value.url.trim();
      this.report(
        at("url"),
        `"url" ${formatValue(value.url)} has a space or line break at its start or end`,
        httpOrSitePathProblem(trimmed)
          ? 'remove it, e.g. "url": "/posts/basra/"'
          : `remove it: "url": ${JSON.stringify(trimmed)}`,
      );
    } else if (
      "url" in value &&
      !(typeof value.url === "string" && !httpOrSitePathProblem(value.url))
    ) {
      this.report(
        at("url"),
        `"url" must be an http(s) URL or a path of this site starting with /, found ${formatValue(value.url)}`,
        'write e.g. "url": "/posts/basra/"',
      );
    }
    if ("approximate" in value && typeof value.approximate !== "boolean") {
      this.report(
        at("approximate"),
        `"approximate" must be true or false, found ${formatValue(value.approximate)}`,
        "write true or false without quotes",
      );
    }
    if ("uncertainty" in value) {
      const radius = value.uncertainty;
      if (typeof radius !== "number" || !(radius > 0) || radius > 1_000_000) {
        this.report(
          at("uncertainty"),
          `"uncertainty" must be a radius in metres from 0 to 1,000,000 (1,000 km), found ${formatValue(radius)}`,
          'write a number of metres, e.g. "uncertainty": 10000 for 10 km',
        );
      } else if (geometryType !== "Point") {
        this.report(
          at("uncertainty"),
          '"uncertainty" applies only to a Point',
          "remove it, or make the feature a Point",
        );
      }
    }
    for (const key of colorKeys) {
      if (
        key in value &&
        !(typeof value[key] === "string" && /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value[key]))
      ) {
        this.report(
          at(key),
          `"${key}" must be a colour like "#b22222", found ${formatValue(value[key])}`,
          'write a colour as "#rrggbb" or "#rgb"',
        );
      }
    }
    for (const [key, [min, max]] of Object.entries(numberKeys)) {
      const n = value[key];
      if (key in value && !(typeof n === "number" && n >= min && n <= max)) {
        this.report(
          at(key),
          `"${key}" must be a number from ${min} to ${max}, found ${formatValue(n)}`,
          `write a number from ${min} to ${max}, without quotes`,
        );
      }
    }
  }
}

/** Feature properties Dispatch reads: its own and simplestyle-spec 1.1.0's. */
export const knownProperties = [
  "title",
  "description",
  "source",
  "url",
  "category",
  "approximate",
  "uncertainty",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "fill",
  "fill-opacity",
  "marker-color",
  "marker-size",
  "marker-symbol",
] as const;

/**
 * The known property an unknown style key most likely meant: a colour key of the same part
 * (`stroke-colour` → `stroke`, `marker_colour` → `marker-color`), else the nearest name by edit
 * distance among keys of the same part (`fill_opacity` → `fill-opacity`), else among all.
 */
export function nearestStyleKey(key: string): string {
  const normalized = key.toLowerCase().replace(/_/g, "-").replace("colour", "color");
  const part = normalized.split("-")[0] ?? "";
  const colorKeys: Record<string, string> = {
    stroke: "stroke",
    fill: "fill",
    marker: "marker-color",
  };
  if (normalized.includes("color") && colorKeys[part]) return colorKeys[part];
  const samePart = knownProperties.filter((known) => known.split("-")[0] === part);
  return closest(normalized, samePart.length > 0 ? samePart : [...knownProperties]);
}

/**
 * Finds style properties Dispatch does not know but that look like simplestyle (a misspelt
 * `stroke-colour`, `fill_opacity`): they are ignored, so the author is warned, with the nearest
 * known name.
 */
export function unknownStyleKeys(collection: FeatureCollection): MapProblem[] {
  const problems: MapProblem[] = [];
  collection.features.forEach((feature, index) => {
    for (const key of Object.keys(feature.properties ?? {})) {
      if ((knownProperties as readonly string[]).includes(key)) continue;
      if (!/^(stroke|fill|marker)|colou?r|opacity|width/i.test(key)) continue;
      const nearest = nearestStyleKey(key);
      problems.push({
        path: ["features", index, "properties", key],
        message: `${featureLabel(index, feature)}: "${key}" is not a simplestyle property and is ignored`,
        fix: `did you mean "${nearest}"?`,
      });
    }
  });
  return problems;
}

/** `[minLon, minLat, maxLon, maxLat]` in degrees. */
export type BBox = [number, number, number, number];

/** Returns the bounding box `[minLon, minLat, maxLon, maxLat]` of features' positions, in degrees (RFC 7946 §5). */
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

const inside = (box: BBox, [lon, lat]: Position) =>
  lon !== undefined &&
  lat !== undefined &&
  lon >= box[0] &&
  lon <= box[2] &&
  lat >= box[1] &&
  lat <= box[3];

/**
 * Finds features whose positions were written `[latitude, longitude]` although both numbers are
 * valid as written: every position of the feature lies far outside the area of the other
 * features, and swapped, every one lies inside it. Needs at least two other features.
 */
function swappedFeatures(features: readonly Feature[]): MapProblem[] {
  if (features.length < 3) return [];
  const union = (a: BBox | undefined, b: BBox | undefined): BBox | undefined =>
    !a
      ? b
      : !b
        ? a
        : [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
  // The box of all features but one, from boxes of the features before it and after it: O(n).
  const boxes = features.map((feature) => bbox([feature]));
  const before: (BBox | undefined)[] = [undefined];
  for (const box of boxes) before.push(union(before[before.length - 1], box));
  const after: (BBox | undefined)[] = Array.from({ length: boxes.length + 1 }, () => undefined);
  for (let index = boxes.length - 1; index >= 0; index--)
    after[index] = union(after[index + 1], boxes[index]);
  const problems: MapProblem[] = [];
  features.forEach((feature, index) => {
    const others = union(before[index], after[index + 1]);
    if (!others || !feature.geometry) return;
    const pad = Math.max(1, others[2] - others[0], others[3] - others[1]);
    const area: BBox = [others[0] - pad, others[1] - pad, others[2] + pad, others[3] + pad];
    const positions: Position[] = [];
    eachPosition(feature.geometry, (p) => positions.push(p));
    const looksSwapped =
      positions.length > 0 &&
      positions.every((p) => !inside(area, p) && inside(area, [p[1] as number, p[0] as number]));
    if (looksSwapped) {
      const first = positions[0] as number[];
      problems.push({
        path: ["features", index, "geometry", "coordinates"],
        message: `${featureLabel(index, feature)}: position ${formatPosition(first)} looks like [latitude, longitude]: it lies far from the other features, and swapped it lies among them; GeoJSON positions are [longitude, latitude]`,
        fix: `swap the two numbers of each position, e.g. write ${formatPosition([first[1] as number, first[0] as number])}`,
      });
    }
  });
  return problems;
}

/** A refused character in map data ({@link controlCharactersIn}) as a map problem. */
function mapCharacterProblem({ path, field, key, what, fix }: ControlCharacterProblem): MapProblem {
  return { path, message: `map data ${key ? "property name" : "value"} "${field}" ${what}`, fix };
}

/**
 * Validates map data as read from a ` ```geojson ` block.
 *
 * @param value the parsed JSON
 * @returns every problem found, each with its JSON path; an empty array means the data is a
 *   FeatureCollection (or a single Feature) Dispatch can draw. A string anywhere in it (a title, a
 *   caption, a property's name) holding a control character is reported alone, before the rest.
 */
export function validateMapData(value: unknown): MapProblem[] {
  const characters = controlCharactersIn(value);
  if (characters.length > 0) return characters.map(mapCharacterProblem);
  if (!isRecord(value) || (value.type !== "FeatureCollection" && value.type !== "Feature")) {
    return [
      {
        path: isRecord(value) ? ["type"] : [],
        message: `map data must be a GeoJSON FeatureCollection, found ${isRecord(value) ? `type ${JSON.stringify(value.type)}` : JSON.stringify(value)}`,
        fix: 'write {"type": "FeatureCollection", "features": [...]}',
      },
    ];
  }
  if (value.type === "Feature") return validateFeature(value, 0, []);
  if (!Array.isArray(value.features) || value.features.length === 0) {
    return [
      {
        path: ["features"],
        message: "the FeatureCollection has no features",
        fix: 'add at least one feature to "features", or remove the map block',
      },
    ];
  }
  const problems = value.features.flatMap((feature, index) =>
    validateFeature(feature, index, ["features", index]),
  );
  return problems.length > 0 ? problems : swappedFeatures(value.features as Feature[]);
}

function validateFeature(feature: unknown, index: number, path: JsonPath): MapProblem[] {
  const check = new Checker(featureLabel(index, feature));
  if (!isRecord(feature) || feature.type !== "Feature") {
    check.report(
      path,
      "is not a Feature",
      'write {"type": "Feature", "geometry": {...}, "properties": {...}}',
    );
    return check.problems;
  }
  check.geometry(feature.geometry, [...path, "geometry"]);
  check.properties(
    feature.properties,
    [...path, "properties"],
    isRecord(feature.geometry) ? feature.geometry.type : undefined,
  );
  return check.problems;
}

/**
 * Returns the map data as a FeatureCollection: a single Feature is wrapped in one. Call only on
 * data {@link validateMapData} found no problem in.
 */
export function asFeatureCollection(value: unknown): FeatureCollection {
  const record = value as Feature | FeatureCollection;
  return record.type === "Feature" ? { type: "FeatureCollection", features: [record] } : record;
}
