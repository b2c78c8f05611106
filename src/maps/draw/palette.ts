/**
 * The maps' colours in the light and the dark scheme: the ground (sea, land, borders, text) the
 * static map draws and the live map draws under its tiles, and feature colours made light enough
 * to stand out on the dark ground. Pure and DOM-free: the build and the browser share it, and
 * `styles/site.css` repeats the ground colours as `--map-*` custom properties (a test keeps
 * them equal), so both maps match in each scheme.
 */
import { normalizeColor, type FeatureStyle } from "./style.ts";

/** Colours of a map's ground, `#rrggbb`. */
export interface GroundPalette {
  sea: string;
  land: string;
  border: string;
  /** The country the locator inset highlights. */
  highlight: string;
  text: string;
  /** The locator inset's frame around the main map. */
  frame: string;
}

/** The ground in the light scheme (and in print and feeds, where no scheme applies). */
export const lightGround: GroundPalette = {
  sea: "#dfe8ef",
  land: "#f5f2ea",
  border: "#b4ab9a",
  highlight: "#e4d9c0",
  text: "#333333",
  frame: "#c8102e",
};

/** The ground in the dark scheme (`prefers-color-scheme: dark`). */
export const darkGround: GroundPalette = {
  sea: "#18222c",
  land: "#2c2d31",
  border: "#6b6e76",
  highlight: "#45413a",
  text: "#e8e6e1",
  frame: "#ff6b6b",
};

/** WCAG 2 contrast a graphic needs against what is next to it (success criterion 1.4.11). */
export const graphicContrast = 3;

/** Relative luminance of a `#rgb`/`#rrggbb` colour, 0 (black) to 1 (white), as WCAG 2 defines it. */
export function luminance(color: string): number {
  const hex = normalizeColor(color).slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/**
 * Returns `color` mixed with white in steps of 5% until it has at least `minimum` contrast
 * against every colour of `grounds`, or `color` itself when it already has; `#rrggbb`.
 */
export function contrastingColor(
  color: string,
  grounds: readonly string[],
  minimum = graphicContrast,
): string {
  const base = normalizeColor(color);
  const channels = [1, 3, 5].map((i) => parseInt(base.slice(i, i + 2), 16));
  for (let step = 0; step <= 20; step++) {
    const mixed = `#${channels
      .map((c) =>
        Math.round(c + ((255 - c) * step) / 20)
          .toString(16)
          .padStart(2, "0"),
      )
      .join("")}`;
    if (grounds.every((ground) => contrastRatio(mixed, ground) >= minimum)) return mixed;
  }
  return "#ffffff";
}

/** A feature's style for the dark ground: each colour made to stand out on its land and sea. */
export function darkStyle(style: FeatureStyle): FeatureStyle {
  const grounds = [darkGround.land, darkGround.sea];
  return {
    ...style,
    color: contrastingColor(style.color, grounds),
    fillColor: contrastingColor(style.fillColor, grounds),
    markerColor: contrastingColor(style.markerColor, grounds),
  };
}
