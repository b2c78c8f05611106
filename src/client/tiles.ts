/** The live map's tiles, from the provider the build wrote on the canvas (`data-tile-*`). */
import { tileLayer, type Map as LeafletMap, type TileLayerOptions } from "leaflet";

/**
 * Adds the tile layer `canvas.dataset` names (URL, attribution, highest zoom, referrer policy);
 * when a tile fails, a quiet note after the canvas says the places are still shown.
 */
export function addTiles(map: LeafletMap, canvas: HTMLElement): void {
  const {
    tileUrl = "",
    tileAttribution = "",
    tileMaxZoom = "19",
    tileReferrerPolicy,
  } = canvas.dataset;
  const tiles = tileLayer(tileUrl, {
    attribution: tileAttribution,
    maxZoom: Number(tileMaxZoom),
    ...(tileReferrerPolicy
      ? { referrerPolicy: tileReferrerPolicy as TileLayerOptions["referrerPolicy"] }
      : {}),
  }).addTo(map);
  tiles.once("tileerror", () => {
    const note = document.createElement("p");
    note.className = "dispatch-map__note";
    note.setAttribute("role", "status");
    note.textContent = "The background map could not be loaded; the places are still shown.";
    canvas.after(note);
  });
}
