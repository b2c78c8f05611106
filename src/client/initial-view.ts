/** The live map's first view: the author's, or every feature and circle with room for pins. */
import { latLng, latLngBounds, type Circle, type Map as LeafletMap } from "leaflet";
import { minimumExtentDegrees, minimumExtentMetres } from "../maps/draw/extent.ts";
import { readAuthorView } from "./author-view.ts";

/** Highest zoom the view is fitted to, so a single point is shown with its surroundings. */
export const fitMaxZoom = 14;

/**
 * Fits the view: the author's centre and zoom or bounds, else every feature and circle, with
 * `pins` pixels of room around each point for its pin and badge (draw/marker.ts `pinRoom`; a
 * medium pin's by default).
 */
export function setInitialView(
  map: LeafletMap,
  canvas: HTMLElement,
  featureBounds: ReturnType<typeof latLngBounds>,
  circles: Circle[],
  pins: { above: number; side: number } = { above: 41, side: 12.5 },
): void {
  const view = readAuthorView(canvas.dataset.view);
  if (view) {
    if ("zoom" in view) map.setView(view.center, view.zoom);
    else map.fitBounds(view.bounds);
    return;
  }
  const bounds = latLngBounds([]).extend(featureBounds);
  for (const c of circles) bounds.extend(latLng(c.getLatLng()).toBounds(c.getRadius() * 2));
  // A lone point (or points close together) is shown with its surroundings, as on the static map.
  if (
    bounds.isValid() &&
    Math.max(bounds.getEast() - bounds.getWest(), bounds.getNorth() - bounds.getSouth()) <
      minimumExtentDegrees
  ) {
    bounds.extend(bounds.getCenter().toBounds(minimumExtentMetres * 2));
  }
  // Room above each point for its pin and badge (drawn above its tip), so none is cut at an edge.
  map.fitBounds(bounds, {
    paddingTopLeft: [16 + pins.side, 16 + pins.above],
    paddingBottomRight: [16 + pins.side, 16],
    maxZoom: fitMaxZoom,
  });
}
