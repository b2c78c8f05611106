/**
 * The text alternative of a map: what each feature is, where, how sure, and from which source.
 * It is the list readers see under every map, with or without JavaScript.
 */
import type { FeatureCollection, Geometry } from "geojson";

/** True when a `source` is an http(s) URL, shown as a link; any other source is shown as text. */
export function isHttpUrl(text: string): boolean {
  return /^https?:\/\/\S+$/.test(text);
}

/** What kind of thing a feature marks, from its geometry. */
export type FeatureKind = "place" | "line" | "area";

/** One entry in a map's feature list. */
export interface FeatureListItem {
  title: string;
  description?: string;
  source?: string;
  /** Where the feature's title links to: a page of this site or an http(s) URL. */
  url?: string;
  /** The feature's `category`, which groups it in the key. */
  category?: string;
  kind: FeatureKind;
  approximate: boolean;
  /** Uncertainty radius in metres, for points whose place is known only roughly. */
  uncertainty?: number;
  /** What a reader is told about precision, e.g. `"approximate location, within about 10 km"`. */
  precision?: string;
}

/** Returns the kind of a geometry: points are places, lines lines, polygons areas. */
export function featureKind(geometry: Geometry): FeatureKind {
  switch (geometry.type) {
    case "LineString":
    case "MultiLineString":
      return "line";
    case "Polygon":
    case "MultiPolygon":
      return "area";
    case "GeometryCollection":
      return geometry.geometries[0] ? featureKind(geometry.geometries[0]) : "place";
    default:
      return "place";
  }
}

/** Formats a distance in metres for readers: `"800 m"`, `"10 km"`, `"2.5 km"`. */
export function formatDistance(metres: number): string {
  if (metres < 1000) return `${Math.round(metres)} m`;
  const km = Math.round(metres / 100) / 10;
  return `${Number.isInteger(km) ? km.toFixed(0) : km.toFixed(1)} km`;
}

const approximateWords: Record<FeatureKind, string> = {
  place: "approximate location",
  line: "approximate route",
  area: "approximate area",
};

/** Says how precise a feature is, or `undefined` for an exact feature with no uncertainty. */
export function describePrecision(
  item: Pick<FeatureListItem, "kind" | "approximate" | "uncertainty">,
): string | undefined {
  const within = item.uncertainty ? `within about ${formatDistance(item.uncertainty)}` : undefined;
  if (item.approximate)
    return within ? `${approximateWords[item.kind]}, ${within}` : approximateWords[item.kind];
  return within;
}

/**
 * Lists a validated FeatureCollection's features in the author's order.
 * Reads `title`, `description`, `source`, `url`, `category`, `approximate` and `uncertainty`
 * (metres).
 */
export function listFeatures(collection: FeatureCollection): FeatureListItem[] {
  return collection.features.map((feature) => {
    const p = feature.properties ?? {};
    const item: FeatureListItem = {
      title: String(p.title),
      kind: feature.geometry ? featureKind(feature.geometry) : "place",
      approximate: p.approximate === true,
    };
    if (typeof p.description === "string") item.description = p.description;
    if (typeof p.source === "string") item.source = p.source;
    if (typeof p.url === "string") item.url = p.url;
    if (typeof p.category === "string") item.category = p.category;
    if (typeof p.uncertainty === "number") item.uncertainty = p.uncertainty;
    const precision = describePrecision(item);
    if (precision) item.precision = precision;
    return item;
  });
}
