/**
 * The live map's vector ground under its tiles: sea, land and borders from the figure's
 * `map-<key>-ground.json` (written at build time from the static map's Natural Earth outlines,
 * see `src/maps/ground.ts`), in a pane below the tile pane, so that a reader whose tiles fail
 * still sees the coast and the borders. Colours come from the stylesheet (`--map-sea`,
 * `--map-land`, `--map-border`), light or dark with the page.
 */
import {
  layerGroup,
  polygon,
  polyline,
  rectangle,
  svg,
  type LatLngExpression,
  type LayerGroup,
  type Map as LeafletMap,
} from "leaflet";
import type { Ground } from "../maps/draw/ground-data.ts";

/** Name of the map pane the ground is drawn in. */
export const groundPane = "dispatch-ground";

/** Leaflet positions (`[latitude, longitude]`) of GeoJSON-ordered positions. */
const latLngs = (line: number[][]): LatLngExpression[] =>
  line.map(([lon, lat]) => [lat as number, lon as number]);

/** Draws `ground` into a pane under the tiles of `map`; returns its layer. */
export function groundLayer(map: LeafletMap, ground: Ground): LayerGroup {
  const pane = map.createPane(groundPane);
  // Below the tile pane (z-index 200): tiles, when they load, cover the ground.
  pane.style.zIndex = "150";
  const renderer = svg({ pane: groundPane });
  const common = { renderer, pane: groundPane, interactive: false };
  const [west, south, east, north] = ground.box;
  return layerGroup([
    rectangle(
      [
        [south, west],
        [north, east],
      ],
      { ...common, className: "dispatch-map__sea", stroke: false, fillOpacity: 1 },
    ),
    polygon(ground.land.map(latLngs), {
      ...common,
      className: "dispatch-map__land",
      weight: 0.75,
      fillOpacity: 1,
    }),
    polyline(ground.lines.map(latLngs), {
      ...common,
      className: "dispatch-map__border",
      weight: 0.75,
    }),
  ]).addTo(map);
}

/**
 * Fetches the ground at `url` and draws it; a ground that cannot be fetched leaves the tiles
 * alone (the map is as it was before the ground existed), logged as a warning.
 */
export async function loadGround(map: LeafletMap, url: string): Promise<LayerGroup | undefined> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    return groundLayer(map, (await response.json()) as Ground);
  } catch (error) {
    console.warn("map ground not drawn:", error);
    return undefined;
  }
}
