/**
 * The HTML of a map: a `<figure>` holding the static map (an SVG image, what readers see before
 * and without JavaScript), the container the browser module draws Leaflet into, the
 * FeatureCollection as a JSON data island, the key, the numbered list of features (the text
 * alternative: what the map shows; grouped by step, with the timeline's own island, on a dated
 * map: timeline-figure.ts), and the caption with its credit.
 */
import type { FeatureCollection } from "geojson";
import { decodeHTML } from "entities";
import { escapeHtml, jsonForScript } from "../shared/html.ts";
import { classifyLink } from "../shared/urls.ts";
import type { TileProvider } from "../site.ts";
import { isHttpUrl, listFeatures, type FeatureListItem } from "./draw/feature-list.ts";
import { legendEntries, renderLegend } from "./legend.ts";
import { withMarkerIcons } from "./maki.ts";
import type { MapOptions } from "./options.ts";
import type { MapTimeline } from "./draw/timeline.ts";
import { renderStepList, renderTimelineIsland } from "./timeline-figure.ts";
import { renderSmallMultiples, type SmallMultiples } from "./small-multiples.ts";

/** Options of {@link renderMapFigure}. */
export interface MapFigureOptions {
  /** `id` of the figure, unique in the page. */
  id: string;
  /** Tile provider the browser draws under the features. */
  tiles: TileProvider;
  /** The map's options from its block or tag. */
  options?: MapOptions;
  /** The static SVG map: URL relative to the page, and its size in pixels. */
  staticMap?: { src: string; width: number; height: number };
  /**
   * Path prefix of the site: site paths in features' `url` (`/posts/basra/`) get it in the data
   * island, which the browser reads as it is; links in the HTML get it from Eleventy.
   * @default "/"
   */
  pathPrefix?: string;
  /**
   * The live map's vector ground (`map-<key>-ground.json`, see `ground.ts`): URL relative to
   * the page; without it, the live map has only its tiles.
   */
  ground?: string;
  /** The locator inset SVG: URL relative to the page, and its text alternative. */
  locator?: { src: string; alt: string };
  /**
   * A dated map's timeline (timeline.ts): its steps and the steps each feature is true in; none
   * for a map without dates.
   */
  timeline?: MapTimeline;
  /**
   * A dated map's small multiples (small-multiples.ts), shown in place of the static map without
   * JavaScript and in print; the static map stays in the page, hidden, for share images.
   */
  smallMultiples?: SmallMultiples;
}

function renderSource(source: string): string {
  const inner = isHttpUrl(source)
    ? `<a href="${escapeHtml(source)}">${escapeHtml(source)}</a>`
    : escapeHtml(source);
  return `<p class="dispatch-map__source">Source: ${inner}</p>`;
}

function renderItem(item: FeatureListItem, id: string, value?: number): string {
  const title = item.url
    ? `<a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a>`
    : escapeHtml(item.title);
  return [
    `<li class="dispatch-map__feature dispatch-map__feature--${item.kind}${item.approximate ? " dispatch-map__feature--approximate" : ""}" id="${escapeHtml(id)}"${value === undefined ? "" : ` value="${value}"`}>`,
    `<strong class="dispatch-map__feature-title">${title}</strong>`,
    item.precision
      ? ` <span class="dispatch-map__precision">(${escapeHtml(item.precision)})</span>`
      : "",
    item.description ? `<p>${escapeHtml(item.description)}</p>` : "",
    item.source ? renderSource(item.source) : "",
    "</li>",
  ].join("");
}

/** A copy of `collection` whose site-path `url` properties (`/posts/…`) carry `pathPrefix`. */
export function withPathPrefix(
  collection: FeatureCollection,
  pathPrefix: string,
): FeatureCollection {
  if (pathPrefix === "/") return collection;
  return {
    ...collection,
    features: collection.features.map((feature) => {
      const url = feature.properties?.url;
      if (typeof url !== "string" || classifyLink(url).kind !== "site") return feature;
      return { ...feature, properties: { ...feature.properties, url: pathPrefix + url.slice(1) } };
    }),
  };
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
export function renderMapFigure(collection: FeatureCollection, figure: MapFigureOptions): string {
  const items = listFeatures(collection);
  const options = figure.options ?? {};
  const caption = options.caption ?? defaultCaption(items);
  const { tiles, id } = figure;
  const view = {
    ...(options.zoom !== undefined && options.center
      ? { zoom: options.zoom, center: options.center }
      : {}),
    ...(options.bounds ? { bounds: options.bounds } : {}),
  };
  const attributes = [
    `data-tile-url="${escapeHtml(tiles.url)}"`,
    `data-tile-attribution="${escapeHtml(tiles.attribution)}"`,
    `data-tile-max-zoom="${tiles.maxZoom}"`,
    tiles.referrerPolicy ? `data-tile-referrer-policy="${escapeHtml(tiles.referrerPolicy)}"` : "",
    options.height ? `data-height="${options.height}"` : "",
    Object.keys(view).length > 0 ? `data-view="${escapeHtml(JSON.stringify(view))}"` : "",
    figure.ground ? `data-ground="${escapeHtml(figure.ground)}"` : "",
    figure.locator ? `data-locator="${escapeHtml(figure.locator.src)}"` : "",
    figure.locator ? `data-locator-alt="${escapeHtml(figure.locator.alt)}"` : "",
  ].filter(Boolean);
  const multiples = figure.smallMultiples;
  // A dated map's static map is for share images: its small multiples take its place.
  const dated = multiples ? ` dispatch-map__static--dated" hidden` : `"`;
  const staticMap = figure.staticMap
    ? `<img class="dispatch-map__static${dated} src="${escapeHtml(figure.staticMap.src)}" width="${figure.staticMap.width}" height="${figure.staticMap.height}" loading="lazy" decoding="async" alt="${escapeHtml(`Map. ${caption} The numbered places are described in the list below the map.`)}">\n`
    : "";
  return [
    `<figure class="dispatch-map" id="${escapeHtml(id)}" data-dispatch-map>\n`,
    staticMap,
    multiples ? renderSmallMultiples(multiples) : "",
    `<div class="dispatch-map__canvas" data-map-canvas hidden ${attributes.join(" ")}></div>\n`,
    `<script type="application/json" data-map-features>${jsonForScript(withMarkerIcons(withPathPrefix(collection, figure.pathPrefix ?? "/")))}</script>\n`,
    figure.timeline ? renderTimelineIsland(figure.timeline) : "",
    renderLegend(legendEntries(collection)),
    `<div class="dispatch-map__list">`,
    `<p class="dispatch-map__list-title">What the map shows</p>\n`,
    figure.timeline
      ? renderStepList({
          figureId: id,
          timeline: figure.timeline,
          titles: items.map((item) => item.title),
          itemId: (index) => `${id}-feature-${index + 1}`,
          renderItem: (index) => renderItem(items[index]!, `${id}-feature-${index + 1}`, index + 1),
        })
      : `<ol class="dispatch-map__features">\n${items.map((item, index) => renderItem(item, `${id}-feature-${index + 1}`)).join("\n")}\n</ol>`,
    `</div>\n`,
    // Last in the figure, as HTML requires of a figcaption after other content; CSS shows it
    // right under the map.
    `<figcaption class="dispatch-map__caption">${escapeHtml(caption)}`,
    options.credit
      ? ` <span class="dispatch-map__credit">${escapeHtml(options.credit)}</span>`
      : "",
    `</figcaption>\n`,
    `</figure>\n`,
  ].join("");
}

/** The first map of rendered HTML, read back from what {@link renderMapFigure} writes. */
export interface StaticMapInHtml {
  /** The static SVG's URL as written, relative to the page: `map-25.svg`. */
  src: string;
  /** The image's width and height attributes, in CSS pixels. */
  width: number;
  height: number;
  /** The image's alt text, entities decoded. */
  alt: string;
  /** The text of the figure's caption, without its credit; white space collapsed. */
  caption: string;
}

/** The value of an attribute in one HTML start tag, entities decoded, or undefined. */
function attribute(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return value === undefined ? undefined : decodeHTML(value);
}

/**
 * The first map of a page's rendered HTML that has a static image (`<img
 * class="dispatch-map__static">`, as {@link renderMapFigure} writes it), or undefined. Read by
 * lists of posts (a story's picture) and by share images (the map they are drawn from).
 */
export function firstStaticMap(html: string): StaticMapInHtml | undefined {
  const image = /<img\s[^>]*\bclass="[^"]*\bdispatch-map__static\b[^"]*"[^>]*>/.exec(html);
  const src = image ? attribute(image[0], "src") : undefined;
  if (!image || !src) return undefined;
  const caption =
    /<figcaption class="dispatch-map__caption">([\s\S]*?)(?:<span class="dispatch-map__credit">[\s\S]*?<\/span>)?\s*<\/figcaption>/.exec(
      html.slice(image.index),
    );
  return {
    src,
    width: Number(attribute(image[0], "width") ?? 0),
    height: Number(attribute(image[0], "height") ?? 0),
    alt: attribute(image[0], "alt") ?? "",
    caption: caption
      ? decodeHTML(caption[1]!.replace(/<[^>]*>/g, ""))
          .replace(/\s+/g, " ")
          .trim()
      : "",
  };
}
