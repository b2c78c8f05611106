/**
 * A point's pin as simplestyle-spec 1.1.0 describes it
 * (https://github.com/mapbox/simplestyle-spec/tree/master/1.1.0): `marker-size` (`small`,
 * `medium`, `large`) scales it about its tip, and `marker-symbol` puts a Maki icon
 * (https://labs.mapbox.com/maki-icons/) or one letter or digit in its head, white or black,
 * whichever has WCAG's 3:1 contrast for graphics on `marker-color`. The number badge sits on the
 * head of a pin without a symbol, and beside the head of one with a symbol. Pure and DOM-free: the
 * static map, the key and the browser's map draw the same pin from it.
 */
import type { FeatureCollection, GeoJsonProperties } from "geojson";
import { badgeLift, badgeRadius } from "./anchors.ts";
import { contrastRatio, graphicContrast } from "./palette.ts";

/** simplestyle-spec's values of `marker-size`. */
export const markerSizes = ["small", "medium", "large"] as const;

/** A value of `marker-size`. */
export type MarkerSize = (typeof markerSizes)[number];

/** How much each size scales the medium pin (25 × 41 pixels) about its tip. */
export const markerScales: Readonly<Record<MarkerSize, number>> = {
  small: 0.8,
  medium: 1,
  large: 1.4,
};

/** The medium pin's box in pixels, `[width, height]`; its tip is at the bottom centre. */
export const pinBox = [25, 41] as const;

/** A Maki icon's box: 15 × 15 pixels, drawn centred in the pin's head (centre 12.5, 12.5). */
export const makiIconSize = 15;

/**
 * The path data (SVG `d`) of the Maki icons a map uses, by name: only those, read from
 * `@mapbox/maki` at build time (src/maps/maki.ts).
 */
export type MarkerIcons = Readonly<Record<string, string>>;

/**
 * Name of the FeatureCollection member in which a map's data island carries its
 * {@link MarkerIcons} to the browser (an RFC 7946 foreign member the build sets, never the author's).
 */
export const markerIconsMember = "markerIcons";

/** What a pin's head shows: an icon's path data, one letter or digit, or nothing. */
export type PinSymbol = { kind: "icon"; path: string } | { kind: "letter"; text: string };

/** A pin as drawn: its size and what its head shows. */
export interface PinLook {
  size: MarkerSize;
  symbol?: PinSymbol;
}

/** An SVG element to draw, with its attributes in their order (text set as text, never markup). */
export interface SvgShape {
  name: "path" | "text" | "circle";
  attributes: Record<string, string>;
  text?: string;
}

/** The `marker-size` of `properties`, `medium` (simplestyle's default) unless it names another. */
export function markerSize(properties: GeoJsonProperties): MarkerSize {
  const value = properties?.["marker-size"];
  return (markerSizes as readonly unknown[]).includes(value) ? (value as MarkerSize) : "medium";
}

/** True for a `marker-symbol` drawn as a letter or digit rather than an icon: `"a"`, `"7"`. */
export const isLetterSymbol = (value: string): boolean => /^[a-z0-9]$/i.test(value);

/**
 * The icons of a map's data island ({@link markerIconsMember}), or none; only string values
 * are kept, so that a value that is not path data is never drawn.
 */
export function markerIconsOf(collection: FeatureCollection): MarkerIcons {
  const value = (collection as unknown as Record<string, unknown>)[markerIconsMember];
  if (typeof value !== "object" || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
}

/**
 * How the pin of a feature with `properties` is drawn: its size, and in its head the Maki icon
 * `icons` holds for its `marker-symbol`, or its letter or digit (upper case); no symbol for an
 * unknown name (the build warned of it) or none.
 */
export function pinLook(properties: GeoJsonProperties, icons: MarkerIcons): PinLook {
  const size = markerSize(properties);
  const symbol = properties?.["marker-symbol"];
  if (typeof symbol !== "string") return { size };
  if (isLetterSymbol(symbol))
    return { size, symbol: { kind: "letter", text: symbol.toUpperCase() } };
  const path = Object.hasOwn(icons, symbol) ? icons[symbol] : undefined;
  return path ? { size, symbol: { kind: "icon", path } } : { size };
}

/** The pin's size in pixels, `[width, height]`. */
export function pinSize(size: MarkerSize): [number, number] {
  const scale = markerScales[size];
  return [pinBox[0] * scale, pinBox[1] * scale];
}

/**
 * The colour a symbol is drawn in on a pin of `markerColor`: white when it has WCAG 2's 3:1
 * contrast for graphics (success criterion 1.4.11) against it, else black (which then has more).
 */
export function symbolInk(markerColor: string): "#ffffff" | "#000000" {
  return contrastRatio("#ffffff", markerColor) >= graphicContrast ? "#ffffff" : "#000000";
}

/**
 * The shape of a pin's symbol in the medium pin's box (25 × 41; scale it with the pin), in `ink`:
 * a Maki icon's path centred in the head, or a letter; undefined for a pin without a symbol.
 */
export function symbolShape(symbol: PinSymbol | undefined, ink: string): SvgShape | undefined {
  if (!symbol) return undefined;
  if (symbol.kind === "icon") {
    const offset = (pinBox[0] - makiIconSize) / 2;
    return {
      name: "path",
      attributes: { transform: `translate(${offset} ${offset})`, d: symbol.path, fill: ink },
    };
  }
  return {
    name: "text",
    attributes: {
      x: "12.5",
      y: "17",
      "text-anchor": "middle",
      "font-family": "system-ui, sans-serif",
      "font-size": "12",
      "font-weight": "700",
      fill: ink,
    },
    text: symbol.text,
  };
}

/**
 * Where a pin's number badge goes, in pixels from its tip, `[right, down]`: on the head of a pin
 * without a symbol (lifted with the pin's scale); beside the head of a pin with one, up and to
 * the right, overlapping the head's edge, so the symbol stays whole. Badges keep their size
 * ({@link badgeRadius}) on every pin, so the numbers read the same.
 * @param beside put it beside the head even without a symbol (a small multiple's pins are too
 *   small to carry it)
 */
export function pinBadgeOffset(
  look: PinLook,
  beside = look.symbol !== undefined,
): [number, number] {
  const scale = markerScales[look.size];
  const round = (value: number) => Math.round(value * 10) / 10;
  if (!beside) return [0, round(-badgeLift * scale)];
  const headRadius = (pinBox[0] / 2) * scale;
  const headCentre = -(pinBox[1] - pinBox[0] / 2) * scale;
  const distance = headRadius + badgeRadius - 2;
  const angle = Math.PI / 6;
  return [round(distance * Math.cos(angle)), round(headCentre - distance * Math.sin(angle))];
}

/**
 * The room the pins of `collection` need around their tips, in pixels: `above` (the tallest pin
 * or badge) and `side` (the widest reach left or right); at least a medium pin's.
 */
export function pinRoom(
  collection: FeatureCollection,
  icons: MarkerIcons,
): { above: number; side: number } {
  let above: number = pinBox[1];
  let side: number = pinBox[0] / 2;
  for (const feature of collection.features) {
    const type = feature.geometry?.type;
    if (type !== "Point" && type !== "MultiPoint") continue;
    const look = pinLook(feature.properties, icons);
    const [width, height] = pinSize(look.size);
    const [dx, dy] = pinBadgeOffset(look);
    above = Math.max(above, height, badgeRadius - dy);
    side = Math.max(side, width / 2, Math.abs(dx) + badgeRadius);
  }
  return { above, side };
}
