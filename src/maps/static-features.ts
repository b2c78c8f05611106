/**
 * The features of a static map as SVG: areas and lines styled as on the interactive map
 * (approximate ones dashed), uncertainty circles, pins (sized by `marker-size`, with their
 * `marker-symbol`: draw/marker.ts), and number badges as in the feature list, with dark-scheme
 * CSS rules for colours that change on the dark ground.
 */
import type { Feature, Geometry } from "geojson";
import type { GeoPath, GeoProjection } from "d3-geo";
import { escapeHtml } from "../shared/html.ts";
import { badgeAnchor, badgeRadius, placeBadges, type BadgeSpot } from "./draw/anchors.ts";
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
  /** Its number badge, where it would like to be (see {@link placedBadges}). */
  badge: string;
  /** Its number, as in the feature list. */
  n: number;
  /** Where its badge would like to be and the point it marks, in pixels. */
  badgeSpot: BadgeSpot;
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
 * @param hollow draw its outline only, in `color`, without its symbol (a feature of another
 *   step in a small multiple)
 */
export function pin(
  x: number,
  y: number,
  color: string,
  n: number,
  look: PinLook = { size: "medium" },
  marks = 1,
  hollow = false,
): string {
  const scale = markerScales[look.size] * marks;
  const left = (x - (pinBox[0] / 2) * scale).toFixed(1);
  const top = (y - pinBox[1] * scale).toFixed(1);
  const body = hollow
    ? `class="p${n}" d="${pinPath}" fill="none" stroke="${color}" stroke-width="3"`
    : `class="p${n}" d="${pinPath}" fill="${color}" stroke="#ffffff" stroke-width="1.5"`;
  const symbol = hollow ? undefined : symbolShape(look.symbol, symbolInk(color));
  if (!symbol) return `<path transform="translate(${left} ${top})${scaled(scale)}" ${body}/>`;
  const transform = `translate(${left} ${top})${scaled(scale)}`;
  return `<g transform="${transform}"><path ${body}/>${symbol ? svgShape(symbol, `s${n}`) : ""}</g>`;
}

/**
 * Where feature `n`'s number badge would like to go, as {@link badgeAnchor} says: on a pin,
 * where {@link pinBadgeOffset} puts it for the first pin's look (`beside` its head if asked),
 * `marks` times as far; and the point it marks (the pin's head, or the anchor).
 */
function badgeSpot(
  projection: GeoProjection,
  geometry: Geometry,
  look: PinLook,
  marks: number,
  beside: boolean,
): BadgeSpot {
  const anchor = badgeAnchor(geometry);
  const [x, y] = projection(anchor.position) ?? [0, 0];
  if (!anchor.onPin) return { wanted: [x, y], marks: [x, y] };
  const [dx, dy] = pinBadgeOffset(look, beside || look.symbol !== undefined);
  const [, headY] = pinBadgeOffset({ size: look.size }, false);
  return { wanted: [x + dx * marks, y + dy * marks], marks: [x, y + headY * marks] };
}

/** A number badge centred at `(x, y)`, `marks` times its size (radius {@link badgeRadius}). */
function badgeAt(x: number, y: number, n: number, marks: number): string {
  return `<g transform="translate(${x.toFixed(1)} ${y.toFixed(1)})${scaled(marks)}"><circle r="${badgeRadius}" fill="#ffffff" stroke="${basemap.text}" stroke-width="1"/><text y="4" text-anchor="middle">${n}</text></g>`;
}

/**
 * The number badges of some drawings, placed apart ({@link placeBadges}) on a map `width` ×
 * `height` pixels, `marks` times their size: a layer of leader lines (class `ink`, from the
 * point a moved badge marks to the badge) and a layer of badges, in 11-pixel bold type.
 * @param keepOut rectangles `[x0, y0, x1, y1]` badges should not cover (the scale bar)
 */
export function placedBadges(
  drawings: readonly FeatureDrawing[],
  marks: number,
  width: number,
  height: number,
  keepOut: ReadonlyArray<[number, number, number, number]> = [],
): string {
  const places = placeBadges(
    drawings.map((drawing) => drawing.badgeSpot),
    badgeRadius * marks,
    width,
    height,
    keepOut,
  );
  const leaders = places.flatMap(({ at, moved }, index) => {
    const from = drawings[index]?.badgeSpot.marks;
    if (!moved || !from) return [];
    return [`M${from[0].toFixed(1)} ${from[1].toFixed(1)}L${at[0].toFixed(1)} ${at[1].toFixed(1)}`];
  });
  const badges = places.map(({ at }, index) =>
    badgeAt(at[0], at[1], drawings[index]?.n ?? 0, marks),
  );
  return [
    leaders.length > 0
      ? `<g class="ink leaders"><path d="${leaders.join("")}" fill="none" stroke="${basemap.text}" stroke-width="1"/></g>`
      : "",
    `<g font-family="system-ui, sans-serif" font-size="11" font-weight="700" fill="${basemap.text}">${badges.join("")}</g>`,
  ].join("");
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
function lineOrAreaShape(
  feature: Feature,
  n: number,
  style: FeatureStyle,
  path: GeoPath,
  hollow: boolean,
) {
  const d = path(feature);
  if (!d) return [];
  const type = feature.geometry?.type;
  const isLine = type === "LineString" || type === "MultiLineString";
  const fill =
    isLine || hollow
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
 * @param how `badgeBeside`: its badge beside its pin's head rather than on it; `hollow`: outlines
 *   only (areas and pins unfilled, pins without symbols, no uncertainty circle), for a feature of
 *   another step in a small multiple
 */
export function drawFeature(
  feature: Feature,
  n: number,
  projection: GeoProjection,
  path: GeoPath,
  icons: MarkerIcons = {},
  marks = 1,
  { badgeBeside = false, hollow = false }: { badgeBeside?: boolean; hollow?: boolean } = {},
): FeatureDrawing | undefined {
  const geometry = feature.geometry;
  if (!geometry) return undefined;
  const style = featureStyle(feature.properties);
  const look = pinLook(feature.properties, icons);
  // Another step's uncertainty circle, as large as it may be, would outweigh the step's marks.
  const shapes = hollow ? [] : uncertaintyShape(feature, n, style, path);
  const pins: string[] = [];
  if (geometry.type === "Point" || geometry.type === "MultiPoint") {
    const points = geometry.type === "Point" ? [geometry.coordinates] : geometry.coordinates;
    for (const position of points) {
      const [x, y] = projection(position as [number, number]) ?? [0, 0];
      pins.push(pin(x, y, style.markerColor, n, look, marks, hollow));
    }
  } else {
    shapes.push(...lineOrAreaShape(feature, n, style, path, hollow));
  }
  const spot = badgeSpot(projection, geometry, look, marks, badgeBeside);
  return {
    shapes,
    pins,
    badge: badgeAt(spot.wanted[0], spot.wanted[1], n, marks),
    n,
    badgeSpot: spot,
    // Outlines keep their grey on the dark ground: a rule there would fill them.
    darkRules: hollow ? [] : darkFeatureRules(n, style),
  };
}
