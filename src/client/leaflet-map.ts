/**
 * The interactive map of one figure, drawn with Leaflet from the figure's JSON data island:
 * tiles from the site's provider, points as pins, areas and lines styled by simplestyle
 * properties, approximate features dashed, uncertainty radii as circles, popups set as text,
 * number badges matching the feature list, labels on areas from zoom 12 clear of pins, the static
 * map's vector ground under the tiles, colours for the dark scheme, a scale bar, credits behind a
 * toggle, the key and the locator inset on the map, the feature list wired to the popups, a
 * dated map's time control (`time-control.ts`), no wheel zoom or one-finger pan until the reader
 * engages the map, and a quiet note when tiles fail. Loaded by `map.ts` when the map nears the viewport.
 */
import type { FeatureCollection } from "geojson";
import {
  Browser,
  control,
  Icon,
  layerGroup,
  map as leafletMap,
  type Map as LeafletMap,
  type Marker,
} from "leaflet";
import { unwrapLongitudes } from "../maps/draw/antimeridian.ts";
import { badgeLayer } from "./badges.ts";
import { elementControl, locatorControl } from "./controls.ts";
import { collapsibleCredits } from "./credits.ts";
import { engageOnUse } from "./engage.ts";
import { featureLayers, followColorScheme, type FeatureLayers } from "./feature-layers.ts";
import { loadGround } from "./ground-layer.ts";
import { setInitialView } from "./initial-view.ts";
import { layoutLabels, type PlacedLabel } from "./labels.ts";
import { linkList } from "./list-buttons.ts";
import type { addTimeControl } from "./time-control.ts";
import { addTiles } from "./tiles.ts";

// Leaflet's own marker images are served beside this module's folder (`assets/leaflet/images/`);
// setting the path stops Leaflet guessing it from CSS, so no default icon can 404.
Icon.Default.imagePath = new URL("../leaflet/images/", import.meta.url).href;

/** Zoom from which areas and lines carry their title as a label. */
export const labelMinZoom = 12;

/**
 * Draws the map of one figure and returns the Leaflet map. When drawing fails, the container is
 * hidden again and the static map shown, leaving the figure as it was without JavaScript.
 * @param timeControl a dated map's time control (`time-control.ts`, loaded beside this module
 *   only for a figure with a timeline island); none for an undated map
 * @throws Error when the figure has no map container or data island (the build always writes both)
 */
export function drawMap(figure: HTMLElement, timeControl?: typeof addTimeControl): LeafletMap {
  const canvas = figure.querySelector<HTMLElement>("[data-map-canvas]");
  const island = figure.querySelector("script[data-map-features]");
  if (!canvas || !island) throw new Error(`map figure #${figure.id} has no container or data`);
  const collection = unwrapLongitudes(JSON.parse(island.textContent ?? "") as FeatureCollection);
  const caption = figure.querySelector("figcaption")?.textContent ?? "";
  const staticMap = figure.querySelector<HTMLElement>(".dispatch-map__static");

  canvas.hidden = false;
  // The author's height; otherwise the CSS gives the live map the static map's shape.
  if (canvas.dataset.height) canvas.style.height = `${Number(canvas.dataset.height)}px`;
  canvas.setAttribute("role", "region");
  canvas.setAttribute("aria-label", `Interactive map. ${caption}`);
  const map = leafletMap(canvas, { scrollWheelZoom: false, dragging: !Browser.mobile });
  const { ground } = canvas.dataset;
  // Drawn when it arrives; until then, and if it never does, the map is as before.
  if (ground) void loadGround(map, new URL(ground, document.baseURI).href);
  try {
    drawFeatures(map, figure, canvas, collection, timeControl);
  } catch (error) {
    map.remove();
    canvas.hidden = true;
    throw error;
  }
  if (staticMap) staticMap.hidden = true;
  figure.classList.add("dispatch-map--interactive");
  // A container that changes size (a sidebar opening, a rotated phone) keeps its map whole.
  new ResizeObserver(() => map.invalidateSize()).observe(canvas);
  return map;
}

/** Everything on the map but its ground: tiles, features, badges, labels, controls, the list. */
function drawFeatures(
  map: LeafletMap,
  figure: HTMLElement,
  canvas: HTMLElement,
  collection: FeatureCollection,
  timeControl: typeof addTimeControl | undefined,
): void {
  engageOnUse(map, canvas);
  addTiles(map, canvas);
  const layers = featureLayers(collection);
  const circles = [...layers.circles.values()];
  setInitialView(map, canvas, layers.features.getBounds(), circles, layers.pins);
  layerGroup(circles).addTo(map);
  layers.features.addTo(map);
  const badges = showLabels(map, collection, layers);
  followColorScheme(layers);
  addControls(map, figure, canvas);
  linkList(figure, collection, layers.layers, canvas);
  timeControl?.(figure, canvas, collection, { ...layers, badges });
}

/**
 * Numbers the features with badges and, from {@link labelMinZoom}, shows the labels of areas and
 * lines placed clear of pins and badges, again after every zoom and move; returns the badges'
 * markers, in feature order.
 */
function showLabels(
  map: LeafletMap,
  collection: FeatureCollection,
  layers: FeatureLayers,
): (Marker | undefined)[] {
  const { badges, markers } = badgeLayer(map, collection);
  const labels: PlacedLabel[] = collection.features.flatMap((feature, index) => {
    const labelTooltip = layers.labels.get(feature);
    const badge = badges[index];
    return labelTooltip && badge ? [{ tooltip: labelTooltip, badge }] : [];
  });
  const placed = badges.filter((badge) => badge !== undefined);
  const show = () => {
    const visible = map.getZoom() >= labelMinZoom;
    layers.features.eachLayer((layer) => (visible ? layer.openTooltip() : layer.closeTooltip()));
    if (visible) layoutLabels(map, labels, placed);
  };
  map.on("zoomend", show);
  // Placed again once the map settles, should a pan or resize have run into the zoom.
  map.on("moveend", () => {
    if (map.getZoom() >= labelMinZoom) layoutLabels(map, labels, placed);
  });
  show();
  return markers;
}

/** The scale bar, the credits behind a toggle, the author's credit, the key and the locator. */
function addControls(map: LeafletMap, figure: HTMLElement, canvas: HTMLElement): void {
  control.scale({ position: "bottomleft" }).addTo(map);
  collapsibleCredits(map, `${figure.id}-credits`);
  // The map's credit joins the tiles' attribution; Leaflet writes attributions as HTML, so the
  // author's text goes in as an escaped element.
  const credit = figure.querySelector(".dispatch-map__credit")?.textContent;
  if (credit) {
    const text = document.createElement("span");
    text.textContent = credit;
    map.attributionControl.addAttribution(text.outerHTML);
  }
  const legend = figure.querySelector<HTMLElement>(".dispatch-map__legend");
  // On a wide map the key sits on it; on a phone it would cover the map, so it stays below.
  if (legend && window.matchMedia("(min-width: 40rem)").matches) {
    elementControl(legend.cloneNode(true) as HTMLElement, "bottomright").addTo(map);
    legend.hidden = true;
  }
  const { locator, locatorAlt = "Locator map" } = canvas.dataset;
  if (locator) locatorControl(locator, locatorAlt).addTo(map);
}
