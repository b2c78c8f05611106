/**
 * The map's credits (Leaflet's attribution) behind a small "©" button on narrow maps, so that
 * they never cover the map or its scale bar; on wide maps the stylesheet keeps them open. The
 * button says whether they are shown (`aria-expanded`) and works from the keyboard.
 */
import { DomEvent, type Map as LeafletMap } from "leaflet";
import { elementControl } from "./controls.ts";

/**
 * Moves `map`'s attribution into a bottom-right control with a toggle button, collapsed at
 * first; returns the button.
 * @param id a page-unique id for the credits' element
 */
export function collapsibleCredits(map: LeafletMap, id: string): HTMLButtonElement {
  const attribution = map.attributionControl.getContainer();
  const wrapper = document.createElement("div");
  wrapper.className = "dispatch-map__credits";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "dispatch-map__credits-toggle";
  button.textContent = "©";
  button.setAttribute("aria-label", "Map credits");
  button.setAttribute("aria-expanded", "false");
  if (attribution) {
    attribution.id = id;
    button.setAttribute("aria-controls", id);
    // Moved, not removed: Leaflet keeps writing the tiles' and the author's credits into it.
    wrapper.append(button, attribution);
  }
  DomEvent.on(button, "click", () => {
    const open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    wrapper.classList.toggle("dispatch-map__credits--open", open);
  });
  elementControl(wrapper, "bottomright").addTo(map);
  return button;
}
