/**
 * Number badges on the live map, the same numbers in the same places as on the static map
 * (`src/maps/draw/anchors.ts`) and in the list "What the map shows" under it: on each pin's head, at
 * the centre of each area, halfway along each line. They are pictures of the list's numbers, so
 * screen readers skip them (`aria-hidden`); the list is the map's text.
 */
import type { FeatureCollection } from "geojson";
import {
  divIcon,
  latLng,
  layerGroup,
  marker,
  type LatLng,
  type LayerGroup,
  type Map as LeafletMap,
  type Marker,
} from "leaflet";
import { badgeAnchor, badgeRadius } from "../maps/draw/anchors.ts";
import { markerIconsOf, pinBadgeOffset, pinLook } from "../maps/draw/marker.ts";

/** Name of the map pane the badges are drawn in, above the pins and below labels and popups. */
export const badgePane = "dispatch-badges";

/** A feature's badge: its anchor on the map, whether it is a pin's, and its centre's offset. */
export interface Badge {
  latLng: LatLng;
  onPin: boolean;
  /** Pixels from the anchor to the badge's centre, `[right, down]` (`pinBadgeOffset`). */
  offset: [number, number];
}

/**
 * Draws a badge numbered 1…N for each feature of `collection` onto `map`; returns the layer,
 * each feature's badge and its marker (undefined for a feature without geometry).
 */
export function badgeLayer(
  map: LeafletMap,
  collection: FeatureCollection,
): { layer: LayerGroup; badges: (Badge | undefined)[]; markers: (Marker | undefined)[] } {
  const pane = map.createPane(badgePane);
  pane.style.zIndex = "620";
  const layer = layerGroup();
  const size = badgeRadius * 2;
  const icons = markerIconsOf(collection);
  const markers: (Marker | undefined)[] = [];
  const badges = collection.features.map((feature, index) => {
    if (!feature.geometry) return undefined;
    const anchor = badgeAnchor(feature.geometry);
    const offset: [number, number] = anchor.onPin
      ? pinBadgeOffset(pinLook(feature.properties, icons))
      : [0, 0];
    const [lon, lat] = anchor.position;
    const number = document.createElement("span");
    number.textContent = String(index + 1);
    const badge = marker([lat, lon], {
      icon: divIcon({
        html: number,
        className: "dispatch-map__badge",
        iconSize: [size, size],
        iconAnchor: [badgeRadius - offset[0], badgeRadius - offset[1]],
      }),
      pane: badgePane,
      interactive: false,
      keyboard: false,
    });
    layer.addLayer(badge);
    markers[index] = badge;
    return { latLng: latLng(lat, lon), onPin: anchor.onPin, offset };
  });
  layer.addTo(map);
  layer.eachLayer((badge) =>
    (badge as ReturnType<typeof marker>).getElement()?.setAttribute("aria-hidden", "true"),
  );
  return { layer, badges, markers };
}
