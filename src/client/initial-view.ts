/** The live map's first view: the author's, or every feature and circle with room for pins. */
import { latLng, latLngBounds, type Circle, type Map as LeafletMap } from "leaflet";
import { minimumExtentDegrees, minimumExtentMetres } from "../maps/draw/extent.ts";
import { readAuthorView } from "./author-view.ts";
import { pinSize } from "./pin.ts";

/** Highest zoom the view is fitted to, so a single point is shown with its surroundings. */
export const fitMaxZoom = 14;

/** Fits the view: the author's centre and zoom or bounds, else every feature and circle. */
export function setInitialView(
  map: LeafletMap,
  canvas: HTMLElement,
  featureBounds: ReturnType<typeof latLngBounds>,
  circles: Circle[],
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
  // Room above each point for its pin (drawn above its tip), so no pin is cut at an edge.
  const [pinWidth, pinHeight] = pinSize;
  map.fitBounds(bounds, {
    paddingTopLeft: [16 + pinWidth / 2, 16 + pinHeight],
    paddingBottomRight: [16 + pinWidth / 2, 16],
    maxZoom: fitMaxZoom,
  });
}
