/**
 * No scroll or touch hijack: the live map takes wheel zoom and one-finger pan only once the reader
 * engages it (a click, or focus), and says so when a wheel or a finger reaches it before.
 */
import type { Map as LeafletMap } from "leaflet";

/** A short message over the map that fades after a moment. */
function flashHint(canvas: HTMLElement, text: string): void {
  let hint = canvas.querySelector<HTMLElement>(".dispatch-map__hint");
  if (!hint) {
    hint = document.createElement("p");
    hint.className = "dispatch-map__hint";
    hint.setAttribute("aria-hidden", "true");
    canvas.append(hint);
  }
  hint.textContent = text;
  hint.classList.add("dispatch-map__hint--visible");
  window.setTimeout(() => hint.classList.remove("dispatch-map__hint--visible"), 1500);
}

/**
 * Turns on wheel zoom and dragging when the reader clicks or focuses the map, and wheel zoom off
 * again when focus leaves it; until then a wheel or one finger on `canvas` shows a hint.
 */
export function engageOnUse(map: LeafletMap, canvas: HTMLElement): void {
  let engaged = false;
  const engage = () => {
    if (engaged) return;
    engaged = true;
    map.scrollWheelZoom.enable();
    map.dragging.enable();
  };
  map.on("focus click", engage);
  // A reader who tabs on past the map scrolls the page again with the wheel.
  map.on("blur", () => {
    engaged = false;
    map.scrollWheelZoom.disable();
  });
  canvas.addEventListener(
    "wheel",
    () => {
      if (!engaged) flashHint(canvas, "Click the map first to zoom with the scroll wheel");
    },
    { passive: true },
  );
  canvas.addEventListener(
    "touchstart",
    (event) => {
      if (!engaged && event.touches.length === 1)
        flashHint(canvas, "Tap the map first, then drag to move it");
    },
    { passive: true },
  );
}
