/**
 * The locator inset: a small map of the country the main map lies in (highlighted) and its
 * neighbours, with a frame around the main map's extent; its own SVG document, or an inset in the
 * static map's corner.
 */
import type { Feature, FeatureCollection } from "geojson";
import { geoBounds, geoPath } from "d3-geo";
import { escapeHtml } from "../shared/html.ts";
import type { Countries } from "./atlas.ts";
import { countryAt, visibleCountries } from "./countries-in-view.ts";
import { extentFeatures, fittedProjection, uncertaintyCircle } from "./projection.ts";
import { basemap, darkSchemeStyle, svgStart } from "./svg-document.ts";

/** Options of {@link renderLocator}. */
export interface LocatorOptions {
  /** Coarse country outlines (1:110m is plenty). */
  countries: Countries;
  /** @default 132 */
  width?: number;
  /** @default 99 */
  height?: number;
}

/** Size of the inset in the static map, in pixels. */
const inset = { width: 132, height: 99 } as const;

/**
 * What a locator inset shows of a map: the spherical bounds of its extent (`geoBounds` of the
 * features with their uncertainty circles, `[[west, south], [east, north]]` in degrees, west > east
 * across the antimeridian). Two maps of one area have the same, so one locator serves both.
 */
export type LocatorExtent = [[number, number], [number, number]];

/** The {@link LocatorExtent} of a map's features (see `extentFeatures` in projection.ts). */
export function locatorExtent(collection: FeatureCollection): LocatorExtent {
  return geoBounds(extentFeatures(collection));
}

/**
 * The frame of the main map's extent in the locator's pixels: at least 6 × 6, so that a city
 * still shows as a mark.
 */
function extentFrame(
  projection: (position: [number, number]) => [number, number] | null,
  [[west, south], [east, north]]: LocatorExtent,
): string {
  const [x0, y0] = projection([west, north]) ?? [0, 0];
  const [x1, y1] = projection([east, south]) ?? [0, 0];
  const frameWidth = Math.max(x1 - x0, 6);
  const frameHeight = Math.max(y1 - y0, 6);
  const frameX = (x0 + x1) / 2 - frameWidth / 2;
  const frameY = (y0 + y1) / 2 - frameHeight / 2;
  return `<rect class="frame" x="${frameX.toFixed(1)}" y="${frameY.toFixed(1)}" width="${frameWidth.toFixed(1)}" height="${frameHeight.toFixed(1)}" fill="none" stroke="${basemap.frame}" stroke-width="2"/>`;
}

/**
 * Renders a locator inset: the country the map lies in (highlighted) and its neighbours, with a
 * frame around the main map's extent. At sea, the region is 800 km around the extent's centre.
 * Returns an SVG document whose `<title>` says where the area lies.
 */
export function renderLocator(collection: FeatureCollection, options: LocatorOptions): string {
  return renderLocatorOf(locatorExtent(collection), options);
}

/**
 * Renders the locator inset of a map whose extent is `extent` ({@link locatorExtent}), as
 * {@link renderLocator} does: what it draws depends on the extent only, not on the features.
 */
export function renderLocatorOf(extent: LocatorExtent, options: LocatorOptions): string {
  const width = options.width ?? inset.width;
  const height = options.height ?? inset.height;
  const [[west, south], [east, north]] = extent;
  const center: [number, number] = [(west + east) / 2, (south + north) / 2];
  const home = countryAt(options.countries, center);
  const region: Feature = home ?? {
    type: "Feature",
    properties: {},
    geometry: uncertaintyCircle(center, 800_000),
  };
  const projection = fittedProjection(
    region,
    [
      [width * 0.2, height * 0.2],
      [width * 0.8, height * 0.8],
    ],
    width,
    height,
  );
  const path = geoPath(projection).digits(1);
  const where = home ? `in ${home.properties.name}` : "at sea";
  const title = `Locator map: the area shown lies ${where}`;
  const countriesMarkup = visibleCountries(options.countries, projection, width, height)
    .map((country) => {
      const d = path(country);
      if (!d) return "";
      if (country === home) return `<path class="land home" d="${d}" fill="${basemap.highlight}"/>`;
      return `<path class="land" d="${d}" fill="${basemap.land}"/>`;
    })
    .join("");
  return [
    svgStart(width, height),
    `<title>${escapeHtml(title)}</title>`,
    darkSchemeStyle(),
    `<rect class="sea" width="${width}" height="${height}" fill="${basemap.sea}"/>`,
    `<g stroke="${basemap.border}" stroke-width="0.5">${countriesMarkup}</g>`,
    extentFrame(projection, extent),
    home
      ? `<text class="ink" x="${width / 2}" y="${height - 6}" text-anchor="middle" font-family="system-ui, sans-serif" font-size="11" fill="${basemap.text}">${escapeHtml(home.properties.name)}</text>`
      : "",
    "</svg>",
  ].join("");
}

/** Size of the inset in the static map, in pixels, and the size to draw its locator at. */
export const locatorInsetSize = inset;

/** A rectangle on a map, `[x0, y0, x1, y1]` in pixels (left, top, right, bottom). */
export type PixelBox = [number, number, number, number];

/**
 * Where the locator inset goes on a map `width` × `height` pixels, its top left corner `[x, y]`:
 * the first corner, of top right, top left, bottom right (above the credit) and bottom left
 * (above the scale bar), 8 pixels from the edges, where it covers none of `occupied` (the
 * boxes of the map's pins and badges); undefined when every corner would cover one, and the map
 * goes without its inset rather than hide a feature.
 */
export function insetCorner(
  width: number,
  height: number,
  occupied: readonly PixelBox[],
): [number, number] | undefined {
  const { width: w, height: h } = inset;
  const corners: Array<[number, number]> = [
    [width - w - 8, 8],
    [8, 8],
    [width - w - 8, height - h - 24],
    [8, height - h - 40],
  ];
  return corners.find(
    ([x, y]) =>
      x >= 0 &&
      y >= 0 &&
      !occupied.some(([x0, y0, x1, y1]) => x1 > x && x0 < x + w && y1 > y && y0 < y + h),
  );
}

/**
 * The locator as an inset on a map `mapWidth` pixels wide: a nested `<svg>` at `at` (its top left
 * corner; default the top right corner, 8 pixels from the edges), with a border.
 */
export function locatorInset(
  collection: FeatureCollection,
  countries: Countries,
  mapWidth: number,
  at?: [number, number],
): string {
  const { width, height } = inset;
  return insetLocator(renderLocator(collection, { countries, width, height }), mapWidth, at);
}

/**
 * {@link locatorInset} of a locator already drawn: `locator` is its SVG document at
 * {@link locatorInsetSize} (132 × 99).
 */
export function insetLocator(locator: string, mapWidth: number, at?: [number, number]): string {
  const { width, height } = inset;
  const [x, y] = at ?? [mapWidth - width - 8, 8];
  return (
    locator.replace(
      /^<svg [^>]*>/,
      `<svg x="${x}" y="${y}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    ) +
    `<rect class="edge" x="${x}" y="${y}" width="${width}" height="${height}" fill="none" stroke="${basemap.border}"/>`
  );
}
