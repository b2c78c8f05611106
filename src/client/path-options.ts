/** Leaflet path options of the live map's shapes, from a feature's style (`maps/draw/style.ts`). */
import type { PathOptions } from "leaflet";
import type { FeatureStyle } from "../maps/draw/style.ts";

/** Leaflet path options of an area or line: its stroke and fill, dashed when approximate. */
export function pathOptions(style: FeatureStyle): PathOptions {
  return {
    color: style.color,
    weight: style.weight,
    opacity: style.opacity,
    fillColor: style.fillColor,
    fillOpacity: style.fillOpacity,
    ...(style.dashArray ? { dashArray: style.dashArray } : {}),
  };
}

/** Path options of an uncertainty circle: its marker colour, faint fill, dashed when approximate. */
export function circleOptions(style: FeatureStyle): PathOptions {
  return {
    color: style.markerColor,
    weight: 1.5,
    fillColor: style.markerColor,
    fillOpacity: 0.12,
    ...(style.dashArray ? { dashArray: style.dashArray } : {}),
  };
}
