/**
 * The HTML of a map: a `<figure>` holding the map container (filled by `src/client/map.ts`), the
 * FeatureCollection as a JSON data island, a caption, and the list of features, which says what
 * the map shows to every reader, with or without JavaScript.
 */
import type { FeatureCollection } from "geojson";
import { escapeHtml, jsonForScript } from "../html.ts";
import type { TileProvider } from "../site.ts";
import { isHttpUrl, listFeatures, type FeatureListItem } from "./feature-list.ts";

/** Options of {@link renderMapFigure}. */
export interface MapFigureOptions {
  /** `id` of the figure, unique in the page. */
  id: string;
  /** Tile provider the browser draws under the features. */
  tiles: TileProvider;
  /**
   * Caption under the map.
   * @default "Map: " followed by the feature titles
   */
  caption?: string;
}

function renderSource(source: string): string {
  const inner = isHttpUrl(source)
    ? `<a href="${escapeHtml(source)}">${escapeHtml(source)}</a>`
    : escapeHtml(source);
  return `<p class="dispatch-map__source">Source: ${inner}</p>`;
}

function renderItem(item: FeatureListItem): string {
  return [
    `<li class="dispatch-map__feature dispatch-map__feature--${item.kind}${item.approximate ? " dispatch-map__feature--approximate" : ""}">`,
    `<strong class="dispatch-map__feature-title">${escapeHtml(item.title)}</strong>`,
    item.precision
      ? ` <span class="dispatch-map__precision">(${escapeHtml(item.precision)})</span>`
      : "",
    item.description ? `<p>${escapeHtml(item.description)}</p>` : "",
    item.source ? renderSource(item.source) : "",
    "</li>",
  ].join("");
}

/** Returns the default caption: `"Map: A, B and C"`. */
export function defaultCaption(items: readonly FeatureListItem[]): string {
  const titles = items.map((item) => item.title);
  const last = titles.pop();
  return `Map: ${titles.length > 0 ? `${titles.join(", ")} and ${last}` : (last ?? "")}`;
}

/**
 * Renders a validated FeatureCollection as a map figure. Every string from the data is escaped
 * for where it lands; the data island cannot be closed by a `</script>` inside a property.
 */
export function renderMapFigure(collection: FeatureCollection, options: MapFigureOptions): string {
  const items = listFeatures(collection);
  const caption = options.caption ?? defaultCaption(items);
  const { tiles } = options;
  const listId = `${options.id}-features`;
  return [
    `<figure class="dispatch-map" id="${escapeHtml(options.id)}" data-dispatch-map>`,
    `<div class="dispatch-map__canvas" data-map-canvas hidden`,
    ` data-tile-url="${escapeHtml(tiles.url)}"`,
    ` data-tile-attribution="${escapeHtml(tiles.attribution)}"`,
    ` data-tile-max-zoom="${tiles.maxZoom}"></div>\n`,
    `<script type="application/json" data-map-features>${jsonForScript(collection)}</script>\n`,
    `<div class="dispatch-map__legend">`,
    `<p class="dispatch-map__legend-title">What the map shows</p>\n`,
    `<ul class="dispatch-map__features" id="${escapeHtml(listId)}">\n`,
    items.map(renderItem).join("\n"),
    `\n</ul></div>\n`,
    // Last in the figure, as HTML requires of a figcaption after other content; CSS shows it
    // right under the map.
    `<figcaption class="dispatch-map__caption">${escapeHtml(caption)}</figcaption>\n`,
    `</figure>\n`,
  ].join("");
}
