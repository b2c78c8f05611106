/**
 * Static maps, rendered at build time as SVG: the same features as the interactive map, numbered
 * like the feature list, over Natural Earth country outlines, with a scale bar and a locator
 * inset. It is what readers see before JavaScript runs and where it never runs: in print, in feed
 * readers, with JavaScript off. Projection: Web Mercator (d3-geo `geoMercator`), as the tiles
 * (`projection.ts`); the parts: `static-features.ts`, `locator.ts`, `svg-document.ts`.
 */
import type { FeatureCollection } from "geojson";
import { geoPath, type GeoProjection } from "d3-geo";
import { escapeHtml } from "../shared/html.ts";
import { assertXmlCharacters } from "../text/control-characters.ts";
import type { Countries } from "./atlas.ts";
import type { BBox } from "./bbox.ts";
import { visibleCountries } from "./countries-in-view.ts";
import {
  insetCorner,
  insetLocator,
  locatorInset,
  locatorInsetSize,
  type PixelBox,
} from "./locator.ts";
import { boundsFeature, extentFeatures, fittedProjection, forD3 } from "./projection.ts";
import { drawFeature, placedBadges, type FeatureDrawing } from "./static-features.ts";
import { markerIcons } from "./maki.ts";
import { markerSize, pinRoom, pinSize } from "./draw/marker.ts";
import { badgeRadius } from "./draw/anchors.ts";
import { basemap, darkSchemeStyle, scaleBar, scaleBarBox, svgStart } from "./svg-document.ts";
import { rememberer, weakRememberer } from "../shared/memo.ts";

/**
 * The countries' outlines as a view projects them, by outlines and then by projection: two maps
 * of one area (the same fitted projection) project the world once.
 */
const rememberLand = weakRememberer<Countries, (key: string, make: () => string) => string>();

/**
 * The `<path class="land">` elements of the countries in view, projected by `projection` and
 * clipped to `width` × `height` pixels; remembered by the projection's parameters (scale,
 * translation, rotation) and size, which decide every coordinate.
 */
export function projectedLand(
  countries: Countries,
  projection: GeoProjection,
  width: number,
  height: number,
): string {
  const key = [projection.scale(), ...projection.translate(), ...projection.rotate(), width, height]
    .map(String)
    .join(",");
  return rememberLand(countries, () => rememberer<string>(500))(key, () => {
    const path = geoPath(projection).digits(1);
    return visibleCountries(countries, projection, width, height)
      .map((country) => path(country))
      .filter(Boolean)
      .map((d) => `<path class="land" d="${d}"/>`)
      .join("");
  });
}

/** The boxes of the pins of a collection wound for d3-geo, in `projection`'s pixels. */
function pinBoxes(collection: FeatureCollection, projection: GeoProjection): PixelBox[] {
  return collection.features.flatMap((feature) => {
    const geometry = feature.geometry;
    if (geometry?.type !== "Point" && geometry?.type !== "MultiPoint") return [];
    const points = geometry.type === "Point" ? [geometry.coordinates] : geometry.coordinates;
    const [w, h] = pinSize(markerSize(feature.properties));
    return points.flatMap((position): PixelBox[] => {
      const tip = projection([position[0] as number, position[1] as number]);
      return tip ? [[tip[0] - w / 2, tip[1] - h, tip[0] + w / 2, tip[1]]] : [];
    });
  });
}

/** The box of the locator inset whose top left corner is `[x, y]`. */
const insetBox = ([x, y]: [number, number]): PixelBox => [
  x,
  y,
  x + locatorInsetSize.width,
  y + locatorInsetSize.height,
];

/** Options of {@link renderStaticMap}. */
export interface StaticMapOptions {
  /** Country outlines for the map itself (1:50m is enough at city scale, and quick to read). */
  countries: Countries;
  /** Coarse outlines (1:110m) for the locator inset; without them (or `locator`), no inset. */
  locatorCountries?: Countries;
  /**
   * The locator inset already drawn: its SVG document at `locatorInsetSize` (locator.ts), used
   * instead of drawing it from `locatorCountries`.
   */
  locator?: string;
  /** Text of the SVG's `<title>`. */
  title: string;
  /** The area the author chose to show, `[west, south, east, north]`; default: the features. */
  bounds?: BBox;
  /** @default 720 */
  width?: number;
  /** @default 420 */
  height?: number;
}

/**
 * Renders a validated FeatureCollection as an SVG document: features styled as on the
 * interactive map (approximate ones dashed, uncertainty as circles), each numbered as in the
 * feature list, over country outlines, with a scale bar, a locator inset and a credit.
 * @throws Error when the document would hold a character XML cannot carry
 */
export function renderStaticMap(collection: FeatureCollection, options: StaticMapOptions): string {
  const width = options.width ?? 720;
  const height = options.height ?? 420;
  const extent = extentFeatures(collection);
  const wound = forD3(collection);
  const icons = markerIcons(collection);
  // Room for the tallest pin and its badge above a point at the top (48 px for a medium pin).
  const pins = pinRoom(collection, icons);
  const top = Math.max(48, Math.ceil(pins.above) + 7);
  const side = Math.max(24, Math.ceil(pins.side) + 4);
  const projection = fittedProjection(
    options.bounds ? boundsFeature(options.bounds) : extent,
    [
      [side, top],
      [width - side, height - 36],
    ],
    width,
    height,
  );
  const path = geoPath(projection).digits(1);
  const land = projectedLand(options.countries, projection, width, height);
  const drawings = wound.features
    .map((feature, index) => drawFeature(feature, index + 1, projection, path, icons))
    .filter((drawing): drawing is FeatureDrawing => drawing !== undefined);
  const layer = (part: "shapes" | "pins") => drawings.flatMap((drawing) => drawing[part]).join("");
  // The inset goes to a corner where it hides no pin or badge, or is left out.
  const corner = insetCorner(width, height, [
    ...pinBoxes(wound, projection),
    ...drawings.map(
      ({
        badgeSpot: {
          wanted: [x, y],
        },
      }): PixelBox => [x - badgeRadius, y - badgeRadius, x + badgeRadius, y + badgeRadius],
    ),
  ]);
  const locator =
    corner === undefined
      ? ""
      : options.locator !== undefined
        ? insetLocator(options.locator, width, corner)
        : options.locatorCountries
          ? locatorInset(wound, options.locatorCountries, width, corner)
          : "";
  const svg = [
    svgStart(width, height),
    `<title>${escapeHtml(options.title)}</title>`,
    darkSchemeStyle(drawings.flatMap((drawing) => drawing.darkRules)),
    `<rect class="sea" width="${width}" height="${height}" fill="${basemap.sea}"/>`,
    `<g fill="${basemap.land}" stroke="${basemap.border}" stroke-width="0.75">${land}</g>`,
    `<g>${layer("shapes")}</g>`,
    `<g>${layer("pins")}</g>`,
    // Badges that would cover one another (two events at one place) are nudged apart.
    placedBadges(drawings, 1, width, height, [
      scaleBarBox(width, height),
      ...(locator && corner ? [insetBox(corner)] : []),
    ]),
    scaleBar(projection, width, height),
    locator ? `<g>${locator}</g>` : "",
    `<text class="ink" x="${width - 8}" y="${height - 8}" text-anchor="end" font-family="system-ui, sans-serif" font-size="10" fill="${basemap.text}">Boundaries: Natural Earth</text>`,
    "</svg>",
  ].join("");
  return assertXmlCharacters(svg, "a static map's SVG");
}
