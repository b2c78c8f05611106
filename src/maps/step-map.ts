/**
 * One panel of a dated map's small multiples, rendered at build time as SVG: the map at one step
 * of its timeline (src/maps/draw/timeline.ts), the features true in that step drawn in full and
 * the others faded to grey, all numbered as in the feature list. Every panel of a map has the
 * same projection (fitted to all its features, or to its bounds) and size, so a position lands
 * on the same pixel in each and one scale serves them all. Smaller than the static map
 * (static-map.ts): smaller pins and badges, no locator inset, no credit (the figure gives it once).
 * Only the step's features carry their number: in a panel a few centimetres wide, the numbers of
 * every other day's places would cover the day's own.
 */
import type { Feature, FeatureCollection } from "geojson";
import { geoPath, type GeoProjection } from "d3-geo";
import { escapeHtml } from "../shared/html.ts";
import { assertXmlCharacters } from "../text/control-characters.ts";
import type { Countries } from "./atlas.ts";
import type { BBox } from "./bbox.ts";
import { boundsFeature, fittedProjection, forD3, positionExtentFeatures } from "./projection.ts";
import { drawFeature, placedBadges, type FeatureDrawing } from "./static-features.ts";
import { markerIcons } from "./maki.ts";
import { markerSize, pinSize } from "./draw/marker.ts";
import { projectedLand } from "./static-map.ts";
import { basemap, darkSchemeStyle, scaleBar, scaleBarBox, svgStart } from "./svg-document.ts";

/**
 * Size of a panel in pixels: 3:2, legible two to a row on a 390-pixel phone (about 170 pixels
 * wide there) and four to a row on a wide screen (about 200).
 */
export const stepMapSize = { width: 240, height: 160 } as const;

/** Size of a panel's pins against the static map's (pins 17.5 × 28.7 pixels). */
export const stepMarks = 0.7;

/**
 * Size of a panel's number badges against the static map's (radius 9, 11-pixel type): larger,
 * so that the numbers still read at about 10 pixels where a panel is shown 175 pixels wide (two
 * to a row on a phone).
 */
export const stepBadgeMarks = 1.2;

/**
 * Size of the pins of features outside the step against those in it: smaller, and drawn as grey
 * outlines, so that a pin the author left in simplestyle's default grey (#7e7e7e), filled, still
 * stands out in its step.
 */
export const fadedMarks = 0.8;

/** The colour of a feature outside the step: the outline of its area, line, circle or pin. */
export const fadedColor = "#8c8c8c";

/** Opacity of everything outside the step, over the colour {@link fadedColor}. */
export const fadedOpacity = 0.75;

/** Options of {@link renderStepMap}. */
export interface StepMapOptions {
  /** Country outlines (1:50m or 1:110m, as the map's static map). */
  countries: Countries;
  /** Text of the SVG's `<title>`. */
  title: string;
  /** The 0-based indices of the features true in this step, drawn in full; the others fade. */
  active: readonly number[];
  /** The area the author chose to show, `[west, south, east, north]`; default: the features. */
  bounds?: BBox;
  /** @default 240 */
  width?: number;
  /** @default 160 */
  height?: number;
}

/** Each pin's position and height in a panel, in pixels: what must fit below its top edge. */
function pinHeights(collection: FeatureCollection): Array<[[number, number], number]> {
  return forD3(collection).features.flatMap((feature) => {
    const geometry = feature.geometry;
    if (geometry?.type !== "Point" && geometry?.type !== "MultiPoint") return [];
    const points = geometry.type === "Point" ? [geometry.coordinates] : geometry.coordinates;
    const height = pinSize(markerSize(feature.properties))[1] * stepMarks;
    return points.map((position): [[number, number], number] => [
      [position[0] as number, position[1] as number],
      height,
    ]);
  });
}

/**
 * The projection of every panel of a map: Web Mercator fitted to all its features' positions and
 * areas (`positionExtentFeatures`: uncertainty circles may run off the edge, clipped), or to
 * `bounds`, whatever the step, leaving room below for the scale bar and above for the pins: as
 * much as the northernmost pin's height (its tip is where its position is) needs, so that no pin
 * is cut at the top edge; with `bounds`, a large pin's height.
 */
export function stepProjection(
  collection: FeatureCollection,
  bounds: BBox | undefined,
  width: number,
  height: number,
): GeoProjection {
  const fit = (top: number) =>
    fittedProjection(
      bounds ? boundsFeature(bounds) : positionExtentFeatures(collection),
      [
        [12, top],
        [width - 12, height - 22],
      ],
      width,
      height,
    );
  if (bounds) return fit(Math.ceil(pinSize("large")[1] * stepMarks) + 4);
  const pins = pinHeights(collection);
  let top = 8;
  let projection = fit(top);
  // Each pass lowers the top edge of the fit by what the highest pin still lacks, and refits.
  for (let pass = 0; pass < 4; pass++) {
    const lacking = Math.max(
      0,
      ...pins.map(([position, pin]) => pin + 3 - (projection(position)?.[1] ?? Infinity)),
    );
    if (lacking < 0.5) break;
    top += lacking;
    projection = fit(top);
  }
  return projection;
}

/** `feature` with its outline, fill and pin in {@link fadedColor} (simplestyle-spec keys). */
function faded(feature: Feature): Feature {
  return {
    ...feature,
    properties: {
      ...feature.properties,
      stroke: fadedColor,
      fill: fadedColor,
      "marker-color": fadedColor,
    },
  };
}

/** The shapes and pins of some drawings, bottom to top. */
function layers(drawings: readonly FeatureDrawing[]): string {
  const shapes = drawings.flatMap((drawing) => drawing.shapes).join("");
  const pins = drawings.flatMap((drawing) => drawing.pins).join("");
  return `<g>${shapes}</g><g>${pins}</g>`;
}

/**
 * Renders one step of a validated, dated FeatureCollection as an SVG document `width` × `height`
 * pixels: country outlines, the features outside the step in grey at {@link fadedOpacity} (their
 * pins smaller, {@link fadedMarks}, and without their numbers) under the features of the step in
 * their own style, each numbered as in the feature list, and a scale bar. In the dark scheme the
 * ground and the features' colours change as on the static map.
 * @throws Error when the document would hold a character XML cannot carry
 */
export function renderStepMap(collection: FeatureCollection, options: StepMapOptions): string {
  const width = options.width ?? stepMapSize.width;
  const height = options.height ?? stepMapSize.height;
  const projection = stepProjection(collection, options.bounds, width, height);
  const path = geoPath(projection).digits(1);
  const land = projectedLand(options.countries, projection, width, height);
  const active = new Set(options.active);
  const icons = markerIcons(collection);
  const inStep: FeatureDrawing[] = [];
  const outside: FeatureDrawing[] = [];
  forD3(collection).features.forEach((feature, index) => {
    const shown = active.has(index);
    const drawing = shown
      ? drawFeature(feature, index + 1, projection, path, icons, stepMarks, { badgeBeside: true })
      : drawFeature(faded(feature), index + 1, projection, path, icons, stepMarks * fadedMarks, {
          hollow: true,
        });
    if (drawing) (shown ? inStep : outside).push(drawing);
  });
  const darkRules = [...inStep, ...outside].flatMap((drawing) => drawing.darkRules);
  const svg = [
    svgStart(width, height),
    `<title>${escapeHtml(options.title)}</title>`,
    // On the dark ground the pins' white outlines stand out: the other steps fade a little more.
    darkSchemeStyle([...darkRules, ".faded{opacity:0.6}"]),
    `<rect class="sea" width="${width}" height="${height}" fill="${basemap.sea}"/>`,
    `<g fill="${basemap.land}" stroke="${basemap.border}" stroke-width="0.5">${land}</g>`,
    outside.length > 0 ? `<g class="faded" opacity="${fadedOpacity}">${layers(outside)}</g>` : "",
    layers(inStep),
    // Only the step's features are numbered, beside their pins, nudged apart where they meet.
    placedBadges(inStep, stepBadgeMarks, width, height, [scaleBarBox(width, height)]),
    scaleBar(projection, width, height),
    "</svg>",
  ].join("");
  return assertXmlCharacters(svg, "a small multiple's SVG");
}
