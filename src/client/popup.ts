/**
 * Popup content for a feature, built with DOM methods: every string from the map data is set as
 * text (`textContent`), never parsed as HTML.
 */
import type { GeoJsonProperties, Geometry } from "geojson";
import { describePrecision, featureKind, isHttpUrl } from "../maps/draw/feature-list.ts";

function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.className = className;
  p.textContent = text;
  return p;
}

/** "Source: …", with the source as a link when it is an http(s) URL, as in the feature list. */
function sourceParagraph(source: string): HTMLParagraphElement {
  const p = paragraph("dispatch-map__popup-source", "Source: ");
  if (isHttpUrl(source)) {
    const link = document.createElement("a");
    link.href = source;
    link.textContent = source;
    p.append(link);
  } else {
    p.append(source);
  }
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
  const url =
    typeof p.url === "string" && (isHttpUrl(p.url) || p.url.startsWith("/")) ? p.url : undefined;
  if (url) {
    const link = document.createElement("a");
    link.href = url;
    link.textContent = String(p.title ?? "");
    title.append(link);
  } else {
    title.textContent = String(p.title ?? "");
  }
  root.append(title);
  const precision = describePrecision({
    kind: geometry ? featureKind(geometry) : "place",
    approximate: p.approximate === true,
    uncertainty: typeof p.uncertainty === "number" ? p.uncertainty : undefined,
  });
  if (precision) root.append(paragraph("dispatch-map__popup-precision", `(${precision})`));
  if (typeof p.description === "string")
    root.append(paragraph("dispatch-map__popup-description", p.description));
  if (typeof p.source === "string") root.append(sourceParagraph(p.source));
  return root;
}
