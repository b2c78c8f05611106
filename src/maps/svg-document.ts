/**
 * The parts of a map's SVG document around its drawing: the light palette in attributes and the
 * dark one in a `<style>` (an SVG image follows its page's colour scheme), the scale bar and the
 * outer `<svg>` element.
 */
import { geoDistance, type GeoProjection } from "d3-geo";
import { darkGround, lightGround } from "./draw/palette.ts";
import { earthRadiusMetres } from "./projection.ts";

/** Colours of the static map's base in the light scheme: sea, land, borders, text. */
export const basemap = lightGround;

/**
 * The `<style>` of a map SVG: in the dark scheme (an SVG image follows its page's), the ground's
 * dark palette, the same as the live map's, and `features` (CSS rules, e.g. `.f1{stroke:#c55959}`)
 * for feature colours made to stand out on it; on screen only, so that print gets the light map
 * (an SVG image cannot see its page's print styles). Attributes give the light look, so a
 * renderer without CSS draws the light map.
 */
export function darkSchemeStyle(features: readonly string[] = []): string {
  const d = darkGround;
  return [
    // Screen only: print gets the light map, whatever scheme the reader's system is in.
    "<style>@media screen and (prefers-color-scheme: dark){",
    `.sea{fill:${d.sea}}.land{fill:${d.land};stroke:${d.border}}.home{fill:${d.highlight}}`,
    `.frame{stroke:${d.frame}}.edge{stroke:${d.border}}.ink{fill:${d.text}}.ink path{stroke:${d.text}}`,
    ...features,
    "}</style>",
  ].join("");
}

/** The opening tag of a map's SVG document, `width` × `height` pixels, an image to readers. */
export function svgStart(width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img">`;
}

/** Rounds a distance in metres down to 1, 2 or 5 times a power of ten. */
export function niceDistance(metres: number): number {
  const power = 10 ** Math.floor(Math.log10(metres));
  const leading = metres / power;
  return (leading >= 5 ? 5 : leading >= 2 ? 2 : 1) * power;
}

/**
 * A scale bar about a fifth of the map's width, measured at the map's centre, in the bottom left
 * corner: an SVG `<g>`, or "" when the projection cannot be inverted there.
 */
export function scaleBar(projection: GeoProjection, width: number, height: number): string {
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

/**
 * The rectangle a {@link scaleBar} may take on a map `width` × `height` pixels, `[x0, y0, x1, y1]`
 * in pixels: its bar (at most a fifth of the width, from 16 pixels in) and its label above.
 */
export function scaleBarBox(width: number, height: number): [number, number, number, number] {
  return [8, height - 34, 24 + Math.max(width / 5, 36), height - 8];
}
