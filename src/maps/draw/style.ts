/**
 * Feature styling from simplestyle-spec 1.1.0 properties (https://github.com/mapbox/simplestyle-spec),
 * with Dispatch's `approximate` look. Pure and DOM-free: the browser module and the build share it.
 */
import type { GeoJsonProperties } from "geojson";

/** simplestyle properties whose value is a colour, `#rgb` or `#rrggbb`. */
export const colorKeys = ["stroke", "fill", "marker-color"] as const;

/** simplestyle properties whose value is a number, with their allowed range. */
export const numberKeys: Readonly<Record<string, readonly [number, number]>> = {
  "stroke-width": [0, 100],
  "stroke-opacity": [0, 1],
  "fill-opacity": [0, 1],
};

/** simplestyle-spec defaults. */
export const simplestyleDefaults = {
  stroke: "#555555",
  "stroke-width": 2,
  "stroke-opacity": 1,
  fill: "#555555",
  "fill-opacity": 0.6,
  "marker-color": "#7e7e7e",
} as const;

/**
 * The map pin's outline as an SVG path in a 25 × 41 box, tip at (12.5, 41): the same pin on the
 * interactive map, the static map and the key.
 */
export const pinPath =
  "M12.5 0C5.6 0 0 5.6 0 12.5 0 21.9 12.5 41 12.5 41S25 21.9 25 12.5C25 5.6 19.4 0 12.5 0z";

/** How much lighter an approximate area's fill is than the author asked: opacity × this. */
export const approximateFillFactor = 0.5;

/** Dash pattern of an approximate outline, in pixels (SVG `stroke-dasharray`). */
export const approximateDashArray = "6 6";

/** How a feature is drawn; the same names as Leaflet's path options. */
export interface FeatureStyle {
  /** Outline colour, `#rrggbb`. */
  color: string;
  /** Outline width in pixels. */
  weight: number;
  /** Outline opacity, 0–1. */
  opacity: number;
  /** Fill colour, `#rrggbb`. */
  fillColor: string;
  /** Fill opacity, 0–1. */
  fillOpacity: number;
  /** SVG dash pattern for approximate features; absent for exact ones. */
  dashArray?: string;
  /** Marker colour for points, `#rrggbb`. */
  markerColor: string;
}

/** Normalises a simplestyle colour (`"b22"`, `"#b22"`, `"#bb2222"`) to `#rrggbb`. */
export function normalizeColor(value: string): string {
  const hex = value.replace(/^#/, "").toLowerCase();
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  return `#${full}`;
}

function color(properties: GeoJsonProperties, key: (typeof colorKeys)[number]): string {
  const value = properties?.[key];
  return normalizeColor(typeof value === "string" ? value : simplestyleDefaults[key]);
}

function number(properties: GeoJsonProperties, key: keyof typeof simplestyleDefaults): number {
  const value = properties?.[key];
  return typeof value === "number" ? value : (simplestyleDefaults[key] as number);
}

/**
 * Returns the style of a feature from its properties: simplestyle values or their defaults;
 * when `approximate` is true, a dashed outline and a fill half as opaque.
 */
export function featureStyle(properties: GeoJsonProperties): FeatureStyle {
  const approximate = properties?.approximate === true;
  const fillOpacity = number(properties, "fill-opacity");
  return {
    color: color(properties, "stroke"),
    weight: number(properties, "stroke-width"),
    opacity: number(properties, "stroke-opacity"),
    fillColor: color(properties, "fill"),
    fillOpacity: approximate ? fillOpacity * approximateFillFactor : fillOpacity,
    ...(approximate ? { dashArray: approximateDashArray } : {}),
    markerColor: color(properties, "marker-color"),
  };
}
