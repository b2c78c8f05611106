/**
 * A map pin drawn as SVG in the feature's `marker-color`, as a Leaflet `DivIcon`: sized by
 * `marker-size` about its tip, with its `marker-symbol` (a Maki icon or a letter) in its head
 * in black or white, as the static map draws it (`src/maps/draw/marker.ts`).
 */
import { divIcon, type DivIcon } from "leaflet";
import {
  pinBox,
  pinSize as sizeOf,
  symbolInk,
  symbolShape,
  type PinLook,
  type SvgShape,
} from "../maps/draw/marker.ts";
import { pinPath } from "../maps/draw/style.ts";

/** A medium pin's size in CSS pixels, `[width, height]`; the tip is at the bottom centre. */
export const pinSize: [number, number] = [pinBox[0], pinBox[1]];

/** An SVG element with `attributes`, set in their order. */
function svgElement(name: string, attributes: Record<string, string>): SVGElement {
  const element = document.createElementNS("http://www.w3.org/2000/svg", name) as SVGElement;
  for (const [attribute, value] of Object.entries(attributes))
    element.setAttribute(attribute, value);
  return element;
}

/** A shape of `draw/marker.ts` as an SVG element; its text set as text, never parsed. */
function shapeElement(shape: SvgShape): SVGElement {
  const element = svgElement(shape.name, shape.attributes);
  if (shape.text !== undefined) element.textContent = shape.text;
  return element;
}

/**
 * Returns a pin icon filled with `color` (a `#rrggbb` value validated at build time), of
 * `look.size`, with its symbol in its head (a Maki icon's path data or a letter, in black or
 * white for contrast with `color`), or a dot there when it has none. The SVG is built with DOM
 * methods; nothing is parsed as HTML.
 */
export function pinIcon(color: string, look: PinLook = { size: "medium" }): DivIcon {
  const [width, height] = sizeOf(look.size);
  const svg = svgElement("svg", {
    viewBox: `0 0 ${pinBox[0]} ${pinBox[1]}`,
    width: String(width),
    height: String(height),
    "aria-hidden": "true",
  });
  const body = svgElement("path", {
    d: pinPath,
    fill: color,
    stroke: "#ffffff",
    "stroke-width": "1.5",
  });
  const symbol = symbolShape(look.symbol, symbolInk(color));
  const head = symbol
    ? shapeElement(symbol)
    : svgElement("circle", { cx: "12.5", cy: "12.5", r: "4.5", fill: "#ffffff" });
  svg.append(body, head);
  return divIcon({
    html: svg as unknown as HTMLElement,
    className: "dispatch-map__pin",
    iconSize: [width, height],
    // A whole pixel, so that the head's symbol falls on the screen's pixels and stays sharp.
    iconAnchor: [Math.round(width / 2), height],
    popupAnchor: [0, -height + 6],
  });
}
