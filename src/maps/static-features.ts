/**
 * The features of a static map as SVG: areas and lines styled as on the interactive map
 * (approximate ones dashed), uncertainty circles, pins, and number badges as in the feature list,
 * with dark-scheme CSS rules for colours that change on the dark ground.
 */
import type { Feature, Geometry } from "geojson";
import type { GeoPath, GeoProjection } from "d3-geo";
import { badgeAnchor, badgeLift, badgeRadius } from "./draw/anchors.ts";
import { darkStyle } from "./draw/palette.ts";
import { featureStyle, pinPath, type FeatureStyle } from "./draw/style.ts";
import { uncertaintyCircle } from "./projection.ts";
import { basemap } from "./svg-document.ts";

/** One feature's SVG, in the layers it goes into, bottom to top. */
export interface FeatureDrawing {
  /** Its area or line and its uncertainty circle: `<path>` elements. */
  shapes: string[];
  /** A pin per point. */
  pins: string[];
  /** Its number badge. */
  badge: string;
  /** Dark-scheme CSS rules for its colours. */
  darkRules: string[];
}

/**
 * Dark-scheme CSS rules for feature `n`'s shapes whose colour changes on the dark ground:
 * `.f<n>` (an area or line), `.c<n>` (an uncertainty circle), `.p<n>` (a pin).
 */
export function darkFeatureRules(n: number, style: FeatureStyle): string[] {
  const dark = darkStyle(style);
  const rules: string[] = [];
  if (dark.color !== style.color || dark.fillColor !== style.fillColor) {
    rules.push(`.f${n}{stroke:${dark.color};fill:${dark.fillColor}}`);
  }
  if (dark.markerColor !== style.markerColor) {
    rules.push(`.c${n}{stroke:${dark.markerColor};fill:${dark.markerColor}}`);
    rules.push(`.p${n}{fill:${dark.markerColor}}`);
  }
  return rules;
}

/** ` scale(s)` for marks drawn at `s` times their size, "" at their own size. */
const scaled = (marks: number) => (marks === 1 ? "" : ` scale(${Number(marks.toFixed(3))})`);

/**
 * A map pin with its tip at `(x, y)`, the same shape as the interactive map's, `marks` times its
 * size (25 × 41 pixels at 1; a small multiple's panel draws smaller ones).
 */
export function pin(x: number, y: number, color: string, n: number, marks = 1): string {
  const left = (x - 12.5 * marks).toFixed(1);
  const top = (y - 41 * marks).toFixed(1);
  return `<path transform="translate(${left} ${top})${scaled(marks)}" class="p${n}" d="${pinPath}" fill="${color}" stroke="#ffffff" stroke-width="1.5"/>`;
}

/** Feature `n`'s number badge, placed as {@link badgeAnchor} says (above a pin), `marks` × size. */
function badge(projection: GeoProjection, geometry: Geometry, n: number, marks: number): string {
  const anchor = badgeAnchor(geometry);
  const [x, y] = projection(anchor.position) ?? [0, 0];
  const by = anchor.onPin ? y - badgeLift * marks : y;
  return `<g transform="translate(${x.toFixed(1)} ${by.toFixed(1)})${scaled(marks)}"><circle r="${badgeRadius}" fill="#ffffff" stroke="${basemap.text}" stroke-width="1"/><text y="4" text-anchor="middle">${n}</text></g>`;
}

/** A point's uncertainty circle, when it has one, as a `<path>` in its marker colour. */
function uncertaintyShape(feature: Feature, n: number, style: FeatureStyle, path: GeoPath) {
  const radius = feature.properties?.uncertainty;
  if (feature.geometry?.type !== "Point" || typeof radius !== "number") return [];
  const d = path(uncertaintyCircle(feature.geometry.coordinates, radius));
  if (!d) return [];
  const dash = style.dashArray ? ` stroke-dasharray="${style.dashArray}"` : "";
  return [
    `<path class="c${n}" d="${d}" fill="${style.markerColor}" fill-opacity="0.12" stroke="${style.markerColor}" stroke-width="1.5"${dash}/>`,
  ];
}

/** A line (unfilled) or area as a `<path>`, or none when it lies outside the view. */
function lineOrAreaShape(feature: Feature, n: number, style: FeatureStyle, path: GeoPath) {
  const d = path(feature);
  if (!d) return [];
  const type = feature.geometry?.type;
  const isLine = type === "LineString" || type === "MultiLineString";
  const fill = isLine
    ? `fill="none"`
    : `fill="${style.fillColor}" fill-opacity="${style.fillOpacity}"`;
  const dash = style.dashArray ? ` stroke-dasharray="${style.dashArray}"` : "";
  return [
    `<path class="f${n}" d="${d}" ${fill} stroke="${style.color}" stroke-width="${style.weight}" stroke-opacity="${style.opacity}"${dash}/>`,
  ];
}

/**
 * Draws feature `n` (numbered from 1, as in the feature list) of a collection wound for d3-geo,
 * or returns undefined for a feature without geometry.
 * @param path `geoPath(projection)`, with the precision the map writes
 * @param marks size of its pins and badge, 1 for their own size (a small multiple's are smaller)
 */
export function drawFeature(
  feature: Feature,
  n: number,
  projection: GeoProjection,
  path: GeoPath,
  marks = 1,
): FeatureDrawing | undefined {
  const geometry = feature.geometry;
  if (!geometry) return undefined;
  const style = featureStyle(feature.properties);
  const shapes = uncertaintyShape(feature, n, style, path);
  const pins: string[] = [];
  if (geometry.type === "Point" || geometry.type === "MultiPoint") {
    const points = geometry.type === "Point" ? [geometry.coordinates] : geometry.coordinates;
    for (const position of points) {
      const [x, y] = projection(position as [number, number]) ?? [0, 0];
      pins.push(pin(x, y, style.markerColor, n, marks));
    }
  } else {
    shapes.push(...lineOrAreaShape(feature, n, style, path));
  }
  return {
    shapes,
    pins,
    badge: badge(projection, geometry, n, marks),
    darkRules: darkFeatureRules(n, style),
  };
}
