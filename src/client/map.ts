/**
 * The browser side of Dispatch maps. For every `<figure data-dispatch-map>` on the page it reads
 * the FeatureCollection from the figure's JSON data island and draws it with Leaflet: tiles from
 * the site's provider, points as pins, areas and lines styled by simplestyle properties,
 * approximate features dashed, uncertainty radii as circles, popups set as text, and the view
 * fitted to the features. Bundled by esbuild into `assets/js/map.js` (see `src/maps/plugin.ts`).
 */
import type { Feature, FeatureCollection, Point } from "geojson";
import {
  circle,
  geoJSON,
  Icon,
  latLng,
  latLngBounds,
  layerGroup,
  map as leafletMap,
  marker,
  tileLayer,
  type Circle,
  type Map as LeafletMap,
  type PathOptions,
} from "leaflet";
import { featureStyle, type FeatureStyle } from "../maps/style.ts";
import { pinIcon } from "./pin.ts";
import { popupContent } from "./popup.ts";

// Leaflet's own marker images are served beside this module (`assets/leaflet/images/`); setting
// the path stops Leaflet guessing it from CSS, so no default icon can 404.
Icon.Default.imagePath = new URL("../leaflet/images/", import.meta.url).href;

/** Leaflet path options from a feature style. */
export function pathOptions(style: FeatureStyle): PathOptions {
  return {
    color: style.color,
    weight: style.weight,
    opacity: style.opacity,
    fillColor: style.fillColor,
    fillOpacity: style.fillOpacity,
    ...(style.dashArray ? { dashArray: style.dashArray } : {}),
  };
}

/** The uncertainty circle of a point: its marker colour, faint fill, dashed when approximate. */
function uncertaintyCircle(feature: Feature<Point>, radius: number): Circle {
  const style = featureStyle(feature.properties);
  const [lon, lat] = feature.geometry.coordinates as [number, number];
  return circle([lat, lon], {
    radius,
    color: style.markerColor,
    weight: 1.5,
    fillColor: style.markerColor,
    fillOpacity: 0.12,
    ...(style.dashArray ? { dashArray: style.dashArray } : {}),
  }).bindPopup(() => popupContent(feature.properties, feature.geometry));
}

/** Highest zoom the view is fitted to, so a single point is shown with its surroundings. */
export const fitMaxZoom = 14;

/**
 * Draws the map of one figure and returns the Leaflet map. When drawing fails, the container is
 * hidden again, leaving the caption and the feature list as they were without JavaScript.
 * @throws Error when the figure has no map container or data island (the build always writes both)
 */
export function drawMap(figure: HTMLElement): LeafletMap {
  const canvas = figure.querySelector<HTMLElement>("[data-map-canvas]");
  const island = figure.querySelector("script[data-map-features]");
  if (!canvas || !island) throw new Error(`map figure #${figure.id} has no container or data`);
  const collection = JSON.parse(island.textContent ?? "") as FeatureCollection;
  const caption = figure.querySelector("figcaption")?.textContent ?? "";

  canvas.hidden = false;
  canvas.setAttribute("role", "region");
  canvas.setAttribute("aria-label", `Interactive map. ${caption}`);
  const map = leafletMap(canvas, { scrollWheelZoom: false });
  try {
    drawFeatures(map, canvas, collection);
  } catch (error) {
    map.remove();
    canvas.hidden = true;
    throw error;
  }
  return map;
}

function drawFeatures(map: LeafletMap, canvas: HTMLElement, collection: FeatureCollection): void {
  // Wheel zoom only once the reader has engaged with the map, so scrolling the page never zooms it.
  map.once("focus click", () => map.scrollWheelZoom.enable());

  const { tileUrl = "", tileAttribution = "", tileMaxZoom = "19" } = canvas.dataset;
  tileLayer(tileUrl, { attribution: tileAttribution, maxZoom: Number(tileMaxZoom) }).addTo(map);

  const circles: Circle[] = [];
  for (const feature of collection.features) {
    const radius = feature.properties?.uncertainty;
    if (feature.geometry?.type === "Point" && typeof radius === "number") {
      circles.push(uncertaintyCircle(feature as Feature<Point>, radius));
    }
  }
  const features = geoJSON(collection, {
    style: (feature) => pathOptions(featureStyle(feature?.properties ?? null)),
    pointToLayer: (feature, latlng) =>
      marker(latlng, {
        icon: pinIcon(featureStyle(feature.properties).markerColor),
        title: String(feature.properties?.title ?? ""),
        alt: String(feature.properties?.title ?? ""),
      }),
    onEachFeature: (feature, layer) => {
      layer.bindPopup(() => popupContent(feature.properties, feature.geometry));
    },
  });

  // Fit the view before adding layers: a circle's own bounds need a map that already has a view.
  const bounds = latLngBounds([]).extend(features.getBounds());
  for (const c of circles) bounds.extend(latLng(c.getLatLng()).toBounds(c.getRadius() * 2));
  map.fitBounds(bounds, { padding: [16, 16], maxZoom: fitMaxZoom });
  layerGroup(circles).addTo(map);
  features.addTo(map);
}

for (const figure of document.querySelectorAll<HTMLElement>("[data-dispatch-map]")) {
  try {
    drawMap(figure);
  } catch (error) {
    console.error(error);
  }
}
