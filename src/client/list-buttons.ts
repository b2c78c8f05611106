/**
 * The feature list under the map, wired to it: each title becomes a button that opens the
 * feature's popup and moves keyboard focus into it.
 */
import type { Feature, FeatureCollection } from "geojson";
import type { Layer, Popup } from "leaflet";

/**
 * Makes each title in the feature list a button that opens the feature's popup on the map and
 * moves keyboard focus into it; Escape in the popup returns focus to the button.
 */
export function linkList(
  figure: HTMLElement,
  collection: FeatureCollection,
  layers: Map<Feature, Layer>,
  canvas: HTMLElement,
): void {
  collection.features.forEach((feature, index) => {
    // By id, as the build numbers them: a dated map's list is grouped by step, not in order.
    const item = document.getElementById(`${figure.id}-feature-${index + 1}`);
    const title = item?.querySelector<HTMLElement>(".dispatch-map__feature-title");
    const layer = layers.get(feature);
    if (!title || !layer || title.querySelector("a")) return;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "dispatch-map__show";
    button.textContent = title.textContent;
    button.setAttribute("aria-label", `Show ${title.textContent ?? ""} on the map`);
    title.replaceChildren(button);
    button.addEventListener("click", () => {
      canvas.scrollIntoView({ block: "nearest" });
      layer.once("popupopen", (event) => {
        const content = (event as unknown as { popup: Popup }).popup
          .getElement()
          ?.querySelector<HTMLElement>(".dispatch-map__popup");
        if (!content) return;
        content.tabIndex = -1;
        content.focus();
        // Escape anywhere in the popup (its close button too) closes it and returns to the list.
        const container = content.closest<HTMLElement>(".leaflet-popup");
        if (!container || container.dataset.escapeReturns) return;
        container.dataset.escapeReturns = "true";
        container.addEventListener("keydown", (key) => {
          if (key.key !== "Escape") return;
          layer.closePopup();
          button.focus();
        });
      });
      layer.openPopup();
    });
  });
}
