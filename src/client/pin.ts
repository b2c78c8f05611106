/** A map pin drawn as SVG in the feature's `marker-color`, as a Leaflet `DivIcon`. */
import { divIcon, type DivIcon } from "leaflet";
import { pinPath } from "../maps/draw/style.ts";

const svgNs = "http://www.w3.org/2000/svg";

/** Pin size in CSS pixels, `[width, height]`; the tip is at the bottom centre. */
export const pinSize: [number, number] = [25, 41];

/**
 * Returns a pin icon filled with `color` (a `#rrggbb` value validated at build time), with a
 * white dot in its head, or `symbol` there when it is one letter or digit (simplestyle's
 * `marker-symbol`; Maki icon names are not drawn). The SVG is built with DOM methods; nothing is
 * parsed as HTML.
 */
export function pinIcon(color: string, symbol?: string): DivIcon {
  const svg = document.createElementNS(svgNs, "svg");
  svg.setAttribute("viewBox", "0 0 25 41");
  svg.setAttribute("width", String(pinSize[0]));
  svg.setAttribute("height", String(pinSize[1]));
  svg.setAttribute("aria-hidden", "true");
  const body = document.createElementNS(svgNs, "path");
  body.setAttribute("d", pinPath);
  body.setAttribute("fill", color);
  body.setAttribute("stroke", "#ffffff");
  body.setAttribute("stroke-width", "1.5");
  let head: SVGElement;
  if (symbol && /^[a-z0-9]$/i.test(symbol)) {
    head = document.createElementNS(svgNs, "text");
    head.setAttribute("x", "12.5");
    head.setAttribute("y", "17");
    head.setAttribute("text-anchor", "middle");
    head.setAttribute("font-family", "system-ui, sans-serif");
    head.setAttribute("font-size", "12");
    head.setAttribute("font-weight", "700");
    head.setAttribute("fill", "#ffffff");
    head.textContent = symbol.toUpperCase();
  } else {
    head = document.createElementNS(svgNs, "circle");
    head.setAttribute("cx", "12.5");
    head.setAttribute("cy", "12.5");
    head.setAttribute("r", "4.5");
    head.setAttribute("fill", "#ffffff");
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
