/**
 * Popup content for a feature, built with DOM methods: every string from the map data is set as
 * text (`textContent`), never parsed as HTML.
 */
import type { GeoJsonProperties, Geometry } from "geojson";
import { describePrecision, featureKind } from "../maps/feature-list.ts";

function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.className = className;
  p.textContent = text;
  return p;
}

/** Builds the popup of a feature: title, precision note, description and source. */
export function popupContent(
  properties: GeoJsonProperties,
  geometry: Geometry | null,
): HTMLElement {
  const p = properties ?? {};
  const root = document.createElement("div");
  root.className = "dispatch-map__popup";
  const title = document.createElement("strong");
  title.className = "dispatch-map__popup-title";
  title.textContent = String(p.title ?? "");
  root.append(title);
  const precision = describePrecision({
    kind: geometry ? featureKind(geometry) : "place",
    approximate: p.approximate === true,
    uncertainty: typeof p.uncertainty === "number" ? p.uncertainty : undefined,
  });
  if (precision) root.append(paragraph("dispatch-map__popup-precision", `(${precision})`));
  if (typeof p.description === "string")
    root.append(paragraph("dispatch-map__popup-description", p.description));
  if (typeof p.source === "string")
    root.append(paragraph("dispatch-map__popup-source", `Source: ${p.source}`));
  return root;
}
