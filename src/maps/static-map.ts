/**
 * Static maps, rendered at build time as SVG: the same features as the interactive map, numbered
 * like the feature list, over Natural Earth country outlines, with a scale bar and a locator
 * inset. It is what readers see before JavaScript runs and where it never runs: in print, in feed
 * readers, with JavaScript off. Projection: Web Mercator (d3-geo `geoMercator`), as the tiles.
 */
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from "geojson";
import {
  geoBounds,
  geoCircle,
  geoContains,
  geoDistance,
  geoMercator,
  geoPath,
  type GeoProjection,
} from "d3-geo";
import rewind from "@mapbox/geojson-rewind";
import { escapeHtml } from "../shared/html.ts";
import { assertXmlCharacters } from "../text/control-characters.ts";
import { countries, type AtlasScale, type Countries } from "./atlas.ts";
import { minimumExtentDegrees, minimumExtentMetres } from "./draw/extent.ts";
import { badgeAnchor, badgeLift, badgeRadius } from "./draw/anchors.ts";
import { darkGround, darkStyle, lightGround } from "./draw/palette.ts";
import { featureStyle, pinPath, type FeatureStyle } from "./draw/style.ts";
import { bbox, type BBox } from "./bbox.ts";
import { eachPosition } from "./draw/positions.ts";

/** Mean Earth radius in metres (IUGG), for converting distances to angles. */
export const earthRadiusMetres = 6_371_008.8;

/** Colours of the static map's base in the light scheme: sea, land, borders, text. */
export const basemap = lightGround;

/**
 * The `<style>` of a map SVG: in the dark scheme (an SVG image follows its page's), the ground's
 * dark palette, the same as the live map's, and `features` (CSS rules, e.g. `.f1{stroke:#c55959}`)
 * for feature colours made to stand out on it. Attributes give the light look, so a renderer
 * without CSS draws the light map.
 */
function darkSchemeStyle(features: readonly string[] = []): string {
  const d = darkGround;
  return [
    "<style>@media (prefers-color-scheme: dark){",
    `.sea{fill:${d.sea}}.land{fill:${d.land};stroke:${d.border}}.home{fill:${d.highlight}}`,
    `.frame{stroke:${d.frame}}.edge{stroke:${d.border}}.ink{fill:${d.text}}.ink path{stroke:${d.text}}`,
    ...features,
    "}</style>",
  ].join("");
}

/**
 * Dark-scheme CSS rules for feature `n`'s shapes whose colour changes on the dark ground:
 * `.f<n>` (an area or line), `.c<n>` (an uncertainty circle), `.p<n>` (a pin).
 */
function darkFeatureRules(n: number, style: FeatureStyle): string[] {
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

/**
 * Returns the uncertainty circle of a point as a polygon: `radius` metres around
 * `[longitude, latitude]` (degrees), as d3-geo's `geoCircle` draws it on the sphere.
 */
export function uncertaintyCircle(center: Position, radius: number): Polygon {
  const degrees = (radius / earthRadiusMetres) * (180 / Math.PI);
  return geoCircle()
    .center([center[0] as number, center[1] as number])
    .radius(degrees)
    .precision(4)();
}

/**
 * Returns a copy of a collection with polygon rings wound as d3-geo reads them (exterior rings
 * clockwise). RFC 7946 winds them the other way, which d3-geo would read as the whole globe
 * except the polygon.
 */
export function forD3(collection: FeatureCollection): FeatureCollection {
  const copy = rewind(structuredClone(collection), true);
  // Web Mercator cannot show the poles: positions beyond its edge are drawn at the edge.
  for (const feature of copy.features) {
    if (!feature.geometry) continue;
    eachPosition(feature.geometry, (position) => {
      position[1] = Math.max(-mercatorLatitude, Math.min(mercatorLatitude, position[1] as number));
    });
  }
  return copy;
}

/** The latitude, in degrees, at which Web Mercator maps (and tiles) end. */
export const mercatorLatitude = 85.0511;

/**
 * A Mercator projection centred on the longitude of `feature`'s bounds (so a map across the
 * antimeridian, Fiji say, is not drawn around the whole globe), fitted into `frame` and clipped
 * to `width` × `height` pixels.
 */
export function fittedProjection(
  feature: Feature | FeatureCollection,
  frame: [[number, number], [number, number]],
  width: number,
  height: number,
): GeoProjection {
  const [[west], [east]] = geoBounds(feature);
  // geoBounds gives west > east for bounds that cross the antimeridian.
  const middle = west <= east ? (west + east) / 2 : (((west + east + 360) / 2 + 180) % 360) - 180;
  return geoMercator()
    .rotate([-middle, 0])
    .fitExtent(frame, feature)
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

/**
 * The features to fit a view to: every geometry, the uncertainty circle of each point, and for
 * a lone point a circle of {@link minimumExtentMetres} around it.
 */
export function extentFeatures(collection: FeatureCollection): FeatureCollection {
  const features: Feature[] = [];
  for (const feature of forD3(collection).features) {
    features.push(feature);
    const radius = feature.properties?.uncertainty;
    if (feature.geometry?.type === "Point" && typeof radius === "number") {
      features.push({
        type: "Feature",
        properties: {},
        geometry: uncertaintyCircle(feature.geometry.coordinates, radius),
      });
    }
  }
  // A lone point (or points close together) is shown with its surroundings, not at infinite zoom.
  const box = bbox(features);
  if (box && box[2] - box[0] < minimumExtentDegrees && box[3] - box[1] < minimumExtentDegrees) {
    const center = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
    features.push({
      type: "Feature",
      properties: {},
      geometry: uncertaintyCircle(center, minimumExtentMetres),
    });
  }
  return { type: "FeatureCollection", features };
}

/** Rounds a distance in metres down to 1, 2 or 5 times a power of ten. */
export function niceDistance(metres: number): number {
  const power = 10 ** Math.floor(Math.log10(metres));
  const leading = metres / power;
  return (leading >= 5 ? 5 : leading >= 2 ? 2 : 1) * power;
}

/** A scale bar about a fifth of the map's width, measured at the map's centre. */
function scaleBar(projection: GeoProjection, width: number, height: number): string {
  const y = height / 2;
  const left = projection.invert?.([width / 2, y]);
  const right = projection.invert?.([width / 2 + 100, y]);
  if (!left || !right) return "";
  const metresPer100px = geoDistance(left, right) * earthRadiusMetres;
  const metres = niceDistance(metresPer100px * (width / 5 / 100));
  const pixels = (metres / metresPer100px) * 100;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  const x0 = 16;
  const y0 = height - 16;
  return [
    `<g class="scale ink" font-family="system-ui, sans-serif" font-size="11" fill="${basemap.text}">`,
    `<path d="M${x0} ${y0 - 5}V${y0}H${(x0 + pixels).toFixed(1)}V${y0 - 5}" fill="none" stroke="${basemap.text}" stroke-width="1.5"/>`,
    `<text x="${x0}" y="${y0 - 8}">${label}</text>`,
    "</g>",
  ].join("");
}

const countryBoxes = new WeakMap<object, BBox>();

/** A country's planar bounding box, `[west, south, east, north]`, computed once. */
function countryBox(country: Countries["features"][number]): BBox {
  let box = countryBoxes.get(country);
  if (!box) {
    box = bbox([country]) ?? [-180, -90, 180, 90];
    countryBoxes.set(country, box);
  }
  return box;
}

/**
 * Reads a scale of Natural Earth outlines and works out each country's bounding box, so that
 * the first map of a build does not pay for it. Returns the countries.
 */
export function prepareCountries(scale: AtlasScale): Countries {
  const loaded = countries(scale);
  for (const country of loaded.features) countryBox(country);
  return loaded;
}

/**
 * The countries whose bounding box meets the projection's visible area, so that only they are
 * projected and clipped. A view of a large part of the world draws every country; a view across
 * the antimeridian is tested on both sides of it.
 */
function visibleCountries(
  countriesData: Countries,
  projection: GeoProjection,
  width: number,
  height: number,
) {
  if (2 * Math.PI * projection.scale() < 4 * width) return countriesData.features;
  const at = (x: number, y: number) => projection.invert?.([x, y]) ?? [0, 0];
  const [left] = at(0, height / 2);
  const [right] = at(width, height / 2);
  const [, north] = at(width / 2, 0);
  const [, south] = at(width / 2, height);
  const ranges: [number, number][] =
    left <= right
      ? [[left, right]]
      : [
          [left, 180],
          [-180, right],
        ];
  return countriesData.features.filter((country) => {
    const [cWest, cSouth, cEast, cNorth] = countryBox(country);
    if (cSouth > north || cNorth < south) return false;
    return ranges.some(([west, east]) => cWest <= east && cEast >= west);
  });
}

/** Bounding boxes of countries (`geoBounds`, west > east across the antimeridian), made once. */
const countryBounds = new WeakMap<object, [[number, number], [number, number]]>();

/** True when `position` may lie in `country`: inside its bounding box, with a margin of 0.01°. */
function inBounds(country: Countries["features"][number], position: [number, number]): boolean {
  let bounds = countryBounds.get(country);
  if (!bounds) {
    bounds = geoBounds(country);
    countryBounds.set(country, bounds);
  }
  const [[west, south], [east, north]] = bounds;
  const [lon, lat] = position;
  const margin = 0.01;
  if (lat < south - margin || lat > north + margin) return false;
  if (west <= east) return lon >= west - margin && lon <= east + margin;
  return lon >= west - margin || lon <= east + margin;
}

/**
 * The country containing a position (`[longitude, latitude]` in degrees), or undefined at sea.
 * Countries whose bounding box does not hold the position are skipped before the exact test.
 */
export function countryAt(countriesData: Countries, position: [number, number]) {
  return countriesData.features.find(
    (country) => inBounds(country, position) && geoContains(country, position),
  );
}

/** Centre of the extent of features (and their uncertainty circles), `[longitude, latitude]`. */
export function extentCenter(collection: FeatureCollection): [number, number] {
  const extent = extentFeatures(collection);
  const [[west, south], [east, north]] = geoBounds(extent);
  return [(west + east) / 2, (south + north) / 2];
}

/** Options of {@link renderLocator}. */
export interface LocatorOptions {
  /** Coarse country outlines (1:110m is plenty). */
  countries: Countries;
  /** @default 132 */
  width?: number;
  /** @default 99 */
  height?: number;
}

/**
 * Renders a locator inset: the country the map lies in (highlighted) and its neighbours, with a
 * frame around the main map's extent. Returns an SVG document.
 */
export function renderLocator(collection: FeatureCollection, options: LocatorOptions): string {
  const width = options.width ?? 132;
  const height = options.height ?? 99;
  const extent = extentFeatures(collection);
  const center = extentCenter(collection);
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
  const [[west, south], [east, north]] = geoBounds(extent);
  const [x0, y0] = projection([west, north]) ?? [0, 0];
  const [x1, y1] = projection([east, south]) ?? [0, 0];
  const frameWidth = Math.max(x1 - x0, 6);
  const frameHeight = Math.max(y1 - y0, 6);
  const frameX = (x0 + x1) / 2 - frameWidth / 2;
  const frameY = (y0 + y1) / 2 - frameHeight / 2;
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
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img">`,
    `<title>${escapeHtml(title)}</title>`,
    darkSchemeStyle(),
    `<rect class="sea" width="${width}" height="${height}" fill="${basemap.sea}"/>`,
    `<g stroke="${basemap.border}" stroke-width="0.5">${countriesMarkup}</g>`,
    `<rect class="frame" x="${frameX.toFixed(1)}" y="${frameY.toFixed(1)}" width="${frameWidth.toFixed(1)}" height="${frameHeight.toFixed(1)}" fill="none" stroke="${basemap.frame}" stroke-width="2"/>`,
    home
      ? `<text class="ink" x="${width / 2}" y="${height - 6}" text-anchor="middle" font-family="system-ui, sans-serif" font-size="11" fill="${basemap.text}">${escapeHtml(home.properties.name)}</text>`
      : "",
    "</svg>",
  ].join("");
}

/** A rectangle `[west, south, east, north]` as a polygon d3-geo reads (clockwise). */
function boundsFeature([west, south, east, north]: BBox): Feature {
  return {
    type: "Feature",
    properties: {},
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [west, south],
          [west, north],
          [east, north],
          [east, south],
          [west, south],
        ],
      ],
    },
  };
}

/**
 * The Natural Earth scale a static map needs: 1:50m outlines for a city or a region, 1:110m for
 * a view of a large part of the world, which would otherwise make the SVG heavy.
 */
export function atlasScaleFor(collection: FeatureCollection, bounds?: BBox): "50m" | "110m" {
  const [[west, south], [east, north]] = geoBounds(
    bounds ? boundsFeature(bounds) : extentFeatures(collection),
  );
  const span = west <= east ? east - west : east - west + 360;
  return span > 30 || north - south > 20 ? "110m" : "50m";
}

/** Options of {@link renderStaticMap}. */
export interface StaticMapOptions {
  /** Country outlines for the map itself (1:50m is enough at city scale, and quick to read). */
  countries: Countries;
  /** Coarse outlines (1:110m) for the locator inset; without them, no inset. */
  locatorCountries?: Countries;
  /** Text of the SVG's `<title>`. */
  title: string;
  /** The area the author chose to show, `[west, south, east, north]`; default: the features. */
  bounds?: BBox;
  /** @default 720 */
  width?: number;
  /** @default 420 */
  height?: number;
}

/** Where a feature's number badge goes, in SVG pixels: see {@link badgeAnchor}. */
function badgePosition(projection: GeoProjection, geometry: Geometry): [number, number] {
  const anchor = badgeAnchor(geometry);
  const [x, y] = projection(anchor.position) ?? [0, 0];
  return [x, anchor.onPin ? y - badgeLift : y];
}

/** A map pin with its tip at `(x, y)`, the same shape as the interactive map's. */
function pin(x: number, y: number, color: string, n: number): string {
  const left = (x - 12.5).toFixed(1);
  const top = (y - 41).toFixed(1);
  return `<path transform="translate(${left} ${top})" class="p${n}" d="${pinPath}" fill="${color}" stroke="#ffffff" stroke-width="1.5"/>`;
}

/**
 * Renders a validated FeatureCollection as an SVG document: features styled as on the
 * interactive map (approximate ones dashed, uncertainty as circles), each numbered as in the
 * feature list, over country outlines, with a scale bar, a locator inset and a credit.
 */
export function renderStaticMap(collection: FeatureCollection, options: StaticMapOptions): string {
  const width = options.width ?? 720;
  const height = options.height ?? 420;
  const extent = extentFeatures(collection);
  collection = forD3(collection);
  const frame = options.bounds ? boundsFeature(options.bounds) : extent;
  const projection = fittedProjection(
    frame,
    [
      [24, 48],
      [width - 24, height - 36],
    ],
    width,
    height,
  );
  const path = geoPath(projection).digits(1);

  const land = visibleCountries(options.countries, projection, width, height)
    .map((country) => path(country))
    .filter(Boolean)
    .map((d) => `<path class="land" d="${d}"/>`)
    .join("");

  const shapes: string[] = [];
  const pins: string[] = [];
  const badges: string[] = [];
  const darkRules: string[] = [];
  collection.features.forEach((feature, index) => {
    if (!feature.geometry) return;
    const n = index + 1;
    const style = featureStyle(feature.properties);
    darkRules.push(...darkFeatureRules(n, style));
    const dash = style.dashArray ? ` stroke-dasharray="${style.dashArray}"` : "";
    const radius = feature.properties?.uncertainty;
    if (feature.geometry.type === "Point" && typeof radius === "number") {
      const d = path(uncertaintyCircle(feature.geometry.coordinates, radius));
      if (d) {
        shapes.push(
          `<path class="c${n}" d="${d}" fill="${style.markerColor}" fill-opacity="0.12" stroke="${style.markerColor}" stroke-width="1.5"${dash}/>`,
        );
      }
    }
    if (feature.geometry.type === "Point" || feature.geometry.type === "MultiPoint") {
      const points =
        feature.geometry.type === "Point"
          ? [feature.geometry.coordinates]
          : feature.geometry.coordinates;
      for (const position of points) {
        const [x, y] = projection(position as [number, number]) ?? [0, 0];
        pins.push(pin(x, y, style.markerColor, n));
      }
    } else {
      const d = path(feature as Feature);
      const isLine =
        feature.geometry.type === "LineString" || feature.geometry.type === "MultiLineString";
      const fill = isLine
        ? `fill="none"`
        : `fill="${style.fillColor}" fill-opacity="${style.fillOpacity}"`;
      if (d)
        shapes.push(
          `<path class="f${n}" d="${d}" ${fill} stroke="${style.color}" stroke-width="${style.weight}" stroke-opacity="${style.opacity}"${dash}/>`,
        );
    }
    const [bx, by] = badgePosition(projection, feature.geometry);
    badges.push(
      `<g transform="translate(${bx.toFixed(1)} ${by.toFixed(1)})"><circle r="${badgeRadius}" fill="#ffffff" stroke="${basemap.text}" stroke-width="1"/><text y="4" text-anchor="middle">${n}</text></g>`,
    );
  });

  const locatorWidth = 132;
  const locatorHeight = 99;
  const locator = options.locatorCountries
    ? renderLocator(collection, {
        countries: options.locatorCountries,
        width: locatorWidth,
        height: locatorHeight,
      }).replace(
        /^<svg [^>]*>/,
        `<svg x="${width - locatorWidth - 8}" y="8" width="${locatorWidth}" height="${locatorHeight}" viewBox="0 0 ${locatorWidth} ${locatorHeight}">`,
      ) +
      `<rect class="edge" x="${width - locatorWidth - 8}" y="8" width="${locatorWidth}" height="${locatorHeight}" fill="none" stroke="${basemap.border}"/>`
    : "";

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img">`,
    `<title>${escapeHtml(options.title)}</title>`,
    darkSchemeStyle(darkRules),
    `<rect class="sea" width="${width}" height="${height}" fill="${basemap.sea}"/>`,
    `<g fill="${basemap.land}" stroke="${basemap.border}" stroke-width="0.75">${land}</g>`,
    `<g>${shapes.join("")}</g>`,
    `<g>${pins.join("")}</g>`,
    `<g font-family="system-ui, sans-serif" font-size="11" font-weight="700" fill="${basemap.text}">${badges.join("")}</g>`,
    scaleBar(projection, width, height),
    locator ? `<g>${locator}</g>` : "",
    `<text class="ink" x="${width - 8}" y="${height - 8}" text-anchor="end" font-family="system-ui, sans-serif" font-size="10" fill="${basemap.text}">Boundaries: Natural Earth</text>`,
    "</svg>",
  ].join("");
  return assertXmlCharacters(svg, "a static map's SVG");
}
