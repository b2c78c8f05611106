/** A map pin drawn as SVG in the feature's `marker-color`, as a Leaflet `DivIcon`. */
import { divIcon, type DivIcon } from "leaflet";

const svgNs = "http://www.w3.org/2000/svg";

/** Pin size in CSS pixels, `[width, height]`; the tip is at the bottom centre. */
export const pinSize: [number, number] = [25, 41];

/**
 * Returns a pin icon filled with `color` (a `#rrggbb` value validated at build time).
 * The SVG is built with DOM methods; nothing is parsed as HTML.
 */
export function pinIcon(color: string): DivIcon {
  const svg = document.createElementNS(svgNs, "svg");
  svg.setAttribute("viewBox", "0 0 25 41");
  svg.setAttribute("width", String(pinSize[0]));
  svg.setAttribute("height", String(pinSize[1]));
  svg.setAttribute("aria-hidden", "true");
  const body = document.createElementNS(svgNs, "path");
  body.setAttribute(
    "d",
    "M12.5 0C5.6 0 0 5.6 0 12.5 0 21.9 12.5 41 12.5 41S25 21.9 25 12.5C25 5.6 19.4 0 12.5 0z",
  );
  body.setAttribute("fill", color);
  body.setAttribute("stroke", "#ffffff");
  body.setAttribute("stroke-width", "1.5");
  const dot = document.createElementNS(svgNs, "circle");
  dot.setAttribute("cx", "12.5");
  dot.setAttribute("cy", "12.5");
  dot.setAttribute("r", "4.5");
  dot.setAttribute("fill", "#ffffff");
  svg.append(body, dot);
  return divIcon({
    html: svg as unknown as HTMLElement,
    className: "dispatch-map__pin",
    iconSize: pinSize,
    iconAnchor: [pinSize[0] / 2, pinSize[1]],
    popupAnchor: [0, -pinSize[1] + 6],
  });
}
