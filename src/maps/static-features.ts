/**
 * The features of a static map as SVG: areas and lines styled as on the interactive map
 * (approximate ones dashed), uncertainty circles, pins (sized by `marker-size`, with their
 * `marker-symbol`: draw/marker.ts), and number badges as in the feature list, with dark-scheme
 * CSS rules for colours that change on the dark ground.
 */
import type { Feature, Geometry } from "geojson";
import type { GeoPath, GeoProjection } from "d3-geo";
import { escapeHtml } from "../shared/html.ts";
import { badgeAnchor, badgeRadius } from "./draw/anchors.ts";
import {
  markerScales,
  pinBadgeOffset,
  pinBox,
  pinLook,
  symbolInk,
  symbolShape,
  type MarkerIcons,
  type PinLook,
  type SvgShape,
} from "./draw/marker.ts";
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
 * `.f<n>` (an area or line), `.c<n>` (an uncertainty circle), `.p<n>` (a pin), `.s<n>` (the
 * symbol in its head, black or white for contrast with the pin's dark-scheme colour).
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
  if (symbolInk(dark.markerColor) !== symbolInk(style.markerColor)) {
    rules.push(`.s${n}{fill:${symbolInk(dark.markerColor)}}`);
  }
  return rules;
}

/** ` scale(s)` for marks drawn at `s` times their size, "" at their own size. */
const scaled = (marks: number) => (marks === 1 ? "" : ` scale(${Number(marks.toFixed(3))})`);

/** An SVG shape as markup, every attribute and text escaped. */
export function svgShape(shape: SvgShape, className?: string): string {
  const attributes = Object.entries({
    ...(className ? { class: className } : {}),
    ...shape.attributes,
  })
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join("");
  return shape.text === undefined
    ? `<${shape.name}${attributes}/>`
    : `<${shape.name}${attributes}>${escapeHtml(shape.text)}</${shape.name}>`;
}

/**
 * A map pin with its tip at `(x, y)`, the same shape as the interactive map's: `look.size` scales
 * it about its tip, and its symbol (class `s<n>`) is drawn in its head in black or white.
 * @param marks size of the marks on this map, 1 for their own (a small multiple's are smaller)
 */
export function pin(
  x: number,
  y: number,
  color: string,
  n: number,
  look: PinLook = { size: "medium" },
  marks = 1,
): string {
  const scale = markerScales[look.size] * marks;
  const left = (x - (pinBox[0] / 2) * scale).toFixed(1);
  const top = (y - pinBox[1] * scale).toFixed(1);
  const body = `class="p${n}" d="${pinPath}" fill="${color}" stroke="#ffffff" stroke-width="1.5"`;
  const symbol = symbolShape(look.symbol, symbolInk(color));
  if (!symbol) return `<path transform="translate(${left} ${top})${scaled(scale)}" ${body}/>`;
  const transform = `translate(${left} ${top})${scaled(scale)}`;
  return `<g transform="${transform}"><path ${body}/>${symbol ? svgShape(symbol, `s${n}`) : ""}</g>`;
}

/**
 * Feature `n`'s number badge, placed as {@link badgeAnchor} says: on a pin, where
 * {@link pinBadgeOffset} puts it for the first pin's look; `marks` times its size.
 */
function badge(
  projection: GeoProjection,
  geometry: Geometry,
  n: number,
  look: PinLook,
  marks: number,
): string {
  const anchor = badgeAnchor(geometry);
  const [x, y] = projection(anchor.position) ?? [0, 0];
  const [dx, dy] = anchor.onPin ? pinBadgeOffset(look) : [0, 0];
  return `<g transform="translate(${(x + dx * marks).toFixed(1)} ${(y + dy * marks).toFixed(1)})${scaled(marks)}"><circle r="${badgeRadius}" fill="#ffffff" stroke="${basemap.text}" stroke-width="1"/><text y="4" text-anchor="middle">${n}</text></g>`;
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
 * @param icons the Maki icons the map uses, by name (src/maps/maki.ts `markerIcons`)
 * @param marks size of its pins and badge, 1 for their own size (a small multiple's are smaller)
 */
export function drawFeature(
  feature: Feature,
  n: number,
  projection: GeoProjection,
  path: GeoPath,
  icons: MarkerIcons = {},
  marks = 1,
): FeatureDrawing | undefined {
  const geometry = feature.geometry;
  if (!geometry) return undefined;
  const style = featureStyle(feature.properties);
  const look = pinLook(feature.properties, icons);
  const shapes = uncertaintyShape(feature, n, style, path);
  const pins: string[] = [];
  if (geometry.type === "Point" || geometry.type === "MultiPoint") {
    const points = geometry.type === "Point" ? [geometry.coordinates] : geometry.coordinates;
    for (const position of points) {
      const [x, y] = projection(position as [number, number]) ?? [0, 0];
      pins.push(pin(x, y, style.markerColor, n, look, marks));
    }
  } else {
    shapes.push(...lineOrAreaShape(feature, n, style, path));
  }
  return {
    shapes,
    pins,
    badge: badge(projection, geometry, n, look, marks),
    darkRules: darkFeatureRules(n, style),
  };
}
