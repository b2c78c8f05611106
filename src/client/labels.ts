/**
 * Labels of areas and lines on the live map, placed beside their number badge where they cover
 * no pin, badge or other label (`label-placement.ts`), and hidden where every place is taken.
 */
import { point, type Map as LeafletMap, type Tooltip } from "leaflet";
import { badgeRadius } from "../maps/draw/anchors.ts";
import type { Badge } from "./badges.ts";
import { placeLabel, type Box } from "./label-placement.ts";

/** A label to place: its tooltip (bound to the feature's layer) and the feature's badge. */
export interface PlacedLabel {
  tooltip: Tooltip;
  badge: Badge;
}

/** The box of `element` in pixels from the top left of `map`'s container. */
function boxIn(map: LeafletMap, element: Element): Box {
  const outer = map.getContainer().getBoundingClientRect();
  const inner = element.getBoundingClientRect();
  return {
    left: inner.left - outer.left,
    top: inner.top - outer.top,
    right: inner.right - outer.left,
    bottom: inner.bottom - outer.top,
  };
}

/**
 * Places each open label of `labels` beside its badge, clear of every pin (`.dispatch-map__pin`),
 * every badge and the labels placed before it; a label with no free place is hidden
 * (`dispatch-map__label--hidden`) until the next zoom.
 */
export function layoutLabels(
  map: LeafletMap,
  labels: readonly PlacedLabel[],
  badges: readonly Badge[],
): void {
  const container = map.getContainer();
  const obstacles: Box[] = [...container.querySelectorAll(".dispatch-map__pin")].map((pin) =>
    boxIn(map, pin),
  );
  for (const badge of badges) {
    const { x: px, y } = map.latLngToContainerPoint(badge.latLng);
    const x = px + badge.offset[0];
    const cy = y + badge.offset[1];
    obstacles.push({
      left: x - badgeRadius,
      right: x + badgeRadius,
      top: cy - badgeRadius,
      bottom: cy + badgeRadius,
    });
  }
  for (const { tooltip, badge } of labels) {
    const element = tooltip.getElement();
    if (!element) continue;
    const { x, y } = map.latLngToContainerPoint(badge.latLng);
    const anchor: [number, number] = [x + badge.offset[0], y + badge.offset[1]];
    const offset = placeLabel(anchor, [element.offsetWidth, element.offsetHeight], obstacles, {
      clearance: badgeRadius + 3,
    });
    element.classList.toggle("dispatch-map__label--hidden", !offset);
    if (!offset) continue;
    tooltip.options.offset = point(offset);
    tooltip.setLatLng(badge.latLng);
    obstacles.push(boxIn(map, element));
  }
}
