/**
 * The key of a map: one entry per `category` (in the order categories first appear), drawn in
 * the style of its first feature, and entries explaining the approximate style. Rendered as HTML
 * with inline SVG swatches, shown under the map without JavaScript and moved onto the map by the
 * browser module. A category of pins with a `marker-symbol` shows its pin's head: the symbol, a
 * Maki icon or a letter, in black or white on the pin's colour, as both maps draw it.
 */
import type { FeatureCollection } from "geojson";
import { escapeHtml } from "../shared/html.ts";
import { featureKind, type FeatureKind } from "./draw/feature-list.ts";
import { pinLook, symbolInk, symbolShape, type PinSymbol } from "./draw/marker.ts";
import { approximateDashArray, featureStyle, pinPath, type FeatureStyle } from "./draw/style.ts";
import { markerIcons } from "./maki.ts";
import { svgShape } from "./static-features.ts";

/** One line of the key. */
export interface LegendEntry {
  label: string;
  /** What the swatch draws: a pin, a line, an area, or a dashed circle. */
  swatch: FeatureKind | "circle";
  style: FeatureStyle;
  dashed: boolean;
  /** For a pin: the symbol in its head (simplestyle `marker-symbol`), drawn in the swatch. */
  symbol?: PinSymbol;
}

const neutral = featureStyle({});

/**
 * Returns the key of a collection: its categories, then "approximate" and "uncertainty" entries
 * when any feature is approximate or has an uncertainty radius. Empty when there is nothing to
 * explain.
 */
export function legendEntries(collection: FeatureCollection): LegendEntry[] {
  const entries: LegendEntry[] = [];
  const seen = new Set<string>();
  const approximateKinds = new Set<FeatureKind>();
  let uncertainty = false;
  const icons = markerIcons(collection);
  for (const feature of collection.features) {
    const properties = feature.properties ?? {};
    const kind = feature.geometry ? featureKind(feature.geometry) : "place";
    const category = properties.category;
    if (typeof category === "string" && !seen.has(category)) {
      seen.add(category);
      const style = featureStyle({ ...properties, approximate: false });
      const { symbol } = pinLook(properties, icons);
      entries.push({
        label: category,
        swatch: kind,
        style,
        dashed: false,
        ...(kind === "place" && symbol ? { symbol } : {}),
      });
    }
    if (properties.approximate === true) approximateKinds.add(kind);
    if (typeof properties.uncertainty === "number") uncertainty = true;
  }
  // Approximate areas and lines are dashed; an approximate point is explained by its circle.
  const dashedKind = approximateKinds.has("area")
    ? "area"
    : approximateKinds.has("line")
      ? "line"
      : undefined;
  if (dashedKind) {
    entries.push({
      label: `Dashed outline: ${dashedKind === "area" ? "area" : "route"} known only approximately`,
      swatch: dashedKind,
      style: { ...neutral, dashArray: approximateDashArray, fillOpacity: 0.15 },
      dashed: true,
    });
  }
  if (uncertainty) {
    entries.push({
      label: "Circle: how far the true location may lie from the pin",
      swatch: "circle",
      style: { ...neutral, dashArray: approximateDashArray },
      dashed: true,
    });
  }
  return entries;
}

/**
 * A pin's head for the key, 18 pixels across in the 28 × 18 swatch: a disc of the pin's colour
 * with its symbol at 12 pixels (a Maki icon at 0.8 of its size), as on the maps.
 */
function pinHead(color: string, symbol: PinSymbol): string {
  const shape = symbolShape(symbol, symbolInk(color));
  const scale = 0.8;
  // The symbol is placed in the medium pin's box, head centred at (12.5, 12.5): moved so that
  // the head's centre falls on the swatch's (14, 9).
  const dx = 14 - 12.5 * scale;
  const dy = 9 - 12.5 * scale;
  const head = `<circle cx="14" cy="9" r="8.5" fill="${color}" stroke="#ffffff" stroke-width="1"/>`;
  const inner = shape ? svgShape(shape) : "";
  return `${head}<g transform="translate(${dx} ${dy}) scale(${scale})">${inner}</g>`;
}

/** An SVG swatch, 28×18 pixels, drawn with attributes only (no inline style). */
export function legendSwatch(entry: LegendEntry): string {
  const { style } = entry;
  if (entry.swatch === "place" && entry.symbol) {
    return `<svg class="dispatch-map__swatch" viewBox="0 0 28 18" width="28" height="18" aria-hidden="true" focusable="false">${pinHead(style.markerColor, entry.symbol)}</svg>`;
  }
  const dash = entry.dashed ? ` stroke-dasharray="4 3"` : "";
  const shape = {
    place: `<path transform="translate(9 1) scale(0.4)" d="${pinPath}" fill="${style.markerColor}"/>`,
    line: `<path d="M2 14 L12 5 L26 11" fill="none" stroke="${style.color}" stroke-width="${Math.min(style.weight, 4)}"${dash}/>`,
    area: `<rect x="2" y="2" width="24" height="14" fill="${style.fillColor}" fill-opacity="${style.fillOpacity}" stroke="${style.color}" stroke-width="1.5"${dash}/>`,
    circle: `<circle cx="14" cy="9" r="7" fill="${style.markerColor}" fill-opacity="0.12" stroke="${style.markerColor}" stroke-width="1.5"${dash}/>`,
  }[entry.swatch];
  return `<svg class="dispatch-map__swatch" viewBox="0 0 28 18" width="28" height="18" aria-hidden="true" focusable="false">${shape}</svg>`;
}

/** Renders the key as an HTML list, or an empty string when there are no entries. */
export function renderLegend(entries: readonly LegendEntry[]): string {
  if (entries.length === 0) return "";
  const items = entries
    .map((entry) => `<li>${legendSwatch(entry)} <span>${escapeHtml(entry.label)}</span></li>`)
    .join("");
  return `<div class="dispatch-map__legend"><p class="dispatch-map__legend-title">Key</p><ul class="dispatch-map__key">${items}</ul></div>`;
}
