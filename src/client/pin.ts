/** A map pin drawn as SVG in the feature's `marker-color`, as a Leaflet `DivIcon`. */
import { divIcon, type DivIcon } from "leaflet";
import { pinPath } from "../maps/draw/style.ts";

/** Pin size in CSS pixels, `[width, height]`; the tip is at the bottom centre. */
export const pinSize: [number, number] = [25, 41];

/** An SVG element with `attributes`, set in their order. */
function svgElement(name: string, attributes: Record<string, string>): SVGElement {
  const element = document.createElementNS("http://www.w3.org/2000/svg", name) as SVGElement;
  for (const [attribute, value] of Object.entries(attributes))
    element.setAttribute(attribute, value);
  return element;
}

/**
 * Returns a pin icon filled with `color` (a `#rrggbb` value validated at build time), with a
 * white dot in its head, or `symbol` there when it is one letter or digit (simplestyle's
 * `marker-symbol`; Maki icon names are not drawn). The SVG is built with DOM methods; nothing is
 * parsed as HTML.
 */
export function pinIcon(color: string, symbol?: string): DivIcon {
  const svg = svgElement("svg", {
    viewBox: "0 0 25 41",
    width: String(pinSize[0]),
    height: String(pinSize[1]),
    "aria-hidden": "true",
  });
  const body = svgElement("path", {
    d: pinPath,
    fill: color,
    stroke: "#ffffff",
    "stroke-width": "1.5",
  });
  let head: SVGElement;
  if (symbol && /^[a-z0-9]$/i.test(symbol)) {
    head = svgElement("text", {
      x: "12.5",
      y: "17",
      "text-anchor": "middle",
      "font-family": "system-ui, sans-serif",
      "font-size": "12",
      "font-weight": "700",
      fill: "#ffffff",
    });
    head.textContent = symbol.toUpperCase();
  } else {
    head = svgElement("circle", { cx: "12.5", cy: "12.5", r: "4.5", fill: "#ffffff" });
  }
  svg.append(body, head);
  return divIcon({
    html: svg as unknown as HTMLElement,
    className: "dispatch-map__pin",
    iconSize: pinSize,
    iconAnchor: [pinSize[0] / 2, pinSize[1]],
    popupAnchor: [0, -pinSize[1] + 6],
  });
}
