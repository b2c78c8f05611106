/**
 * The interactive map of one figure, drawn with Leaflet from the figure's JSON data island:
 * tiles from the site's provider, points as pins, areas and lines styled by simplestyle
 * properties, approximate features dashed, uncertainty radii as circles, popups set as text,
 * labels on areas from zoom 12, a scale bar, the key and the locator inset on the map, the
 * feature list wired to the popups, no wheel zoom or one-finger pan until the reader engages the
 * map, and a quiet note when tiles fail. Loaded by `map.ts` when the map nears the viewport.
 */
import type { Feature, FeatureCollection, Point } from "geojson";
import {
  Browser,
  circle,
  control,
  geoJSON,
  Icon,
  latLng,
  latLngBounds,
  layerGroup,
  map as leafletMap,
  marker,
  tileLayer,
  tooltip,
  type Circle,
  type Layer,
  type Map as LeafletMap,
  type PathOptions,
  type TileLayerOptions,
  type Popup,
} from "leaflet";
import { unwrapLongitudes } from "../maps/antimeridian.ts";
import { minimumExtentDegrees, minimumExtentMetres } from "../maps/extent.ts";
import { featureStyle, type FeatureStyle } from "../maps/style.ts";
import { elementControl, locatorControl } from "./controls.ts";
import { pinIcon } from "./pin.ts";
import { popupContent } from "./popup.ts";

// Leaflet's own marker images are served beside this module's folder (`assets/leaflet/images/`);
// setting the path stops Leaflet guessing it from CSS, so no default icon can 404.
Icon.Default.imagePath = new URL("../leaflet/images/", import.meta.url).href;

/** Highest zoom the view is fitted to, so a single point is shown with its surroundings. */
export const fitMaxZoom = 14;

/** Zoom from which areas and lines carry their title as a label. */
export const labelMinZoom = 12;

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
  });
}

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
 * Draws the map of one figure and returns the Leaflet map. When drawing fails, the container is
 * hidden again and the static map shown, leaving the figure as it was without JavaScript.
 * @throws Error when the figure has no map container or data island (the build always writes both)
 */
export function drawMap(figure: HTMLElement): LeafletMap {
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
  try {
    drawFeatures(map, figure, canvas, collection);
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

function drawFeatures(
  map: LeafletMap,
  figure: HTMLElement,
  canvas: HTMLElement,
  collection: FeatureCollection,
): void {
  // No scroll or touch hijack: wheel zoom and one-finger pan only once the reader engages.
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

  const layersByFeature = new Map<Feature, Layer>();
  const circles: Circle[] = [];
  for (const feature of collection.features) {
    const radius = feature.properties?.uncertainty;
    if (feature.geometry?.type === "Point" && typeof radius === "number") {
      const ring = uncertaintyCircle(feature as Feature<Point>, radius);
      ring.bindPopup(() => popupContent(feature.properties, feature.geometry));
      circles.push(ring);
    }
  }
  const features = geoJSON(collection, {
    style: (feature) => pathOptions(featureStyle(feature?.properties ?? null)),
    pointToLayer: (feature, latlng) =>
      marker(latlng, {
        icon: pinIcon(
          featureStyle(feature.properties).markerColor,
          typeof feature.properties?.["marker-symbol"] === "string"
            ? feature.properties["marker-symbol"]
            : undefined,
        ),
        title: String(feature.properties?.title ?? ""),
        alt: String(feature.properties?.title ?? ""),
      }),
    onEachFeature: (feature, layer) => {
      layersByFeature.set(feature, layer);
      layer.bindPopup(() => popupContent(feature.properties, feature.geometry));
      if (feature.geometry.type !== "Point" && feature.geometry.type !== "MultiPoint") {
        const label = document.createElement("span");
        label.textContent = String(feature.properties?.title ?? "");
        layer.bindTooltip(
          tooltip({
            permanent: true,
            direction: "center",
            className: "dispatch-map__label",
          }).setContent(label),
        );
      }
    },
  });

  setInitialView(map, canvas, features.getBounds(), circles);
  layerGroup(circles).addTo(map);
  features.addTo(map);
  const showLabels = () => {
    const visible = map.getZoom() >= labelMinZoom;
    features.eachLayer((layer) => (visible ? layer.openTooltip() : layer.closeTooltip()));
  };
  map.on("zoomend", showLabels);
  showLabels();

  control.scale({ position: "bottomleft" }).addTo(map);
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

  linkList(figure, collection, layersByFeature, canvas);
}

/** Fits the view: the author's centre and zoom or bounds, else every feature and circle. */
function setInitialView(
  map: LeafletMap,
  canvas: HTMLElement,
  featureBounds: ReturnType<typeof latLngBounds>,
  circles: Circle[],
): void {
  const view = JSON.parse(canvas.dataset.view ?? "{}") as {
    zoom?: number;
    center?: [number, number];
    bounds?: [number, number, number, number];
  };
  if (view.center && view.zoom !== undefined) {
    map.setView([view.center[1], view.center[0]], view.zoom);
    return;
  }
  if (view.bounds) {
    const [west, south, east, north] = view.bounds;
    map.fitBounds([
      [south, west],
      [north, east],
    ]);
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
  map.fitBounds(bounds, { padding: [16, 16], maxZoom: fitMaxZoom });
}

/**
 * Makes each title in the feature list a button that opens the feature's popup on the map and
 * moves keyboard focus into it; Escape in the popup returns focus to the button.
 */
function linkList(
  figure: HTMLElement,
  collection: FeatureCollection,
  layers: Map<Feature, Layer>,
  canvas: HTMLElement,
): void {
  const items = figure.querySelectorAll<HTMLElement>(".dispatch-map__features > li");
  collection.features.forEach((feature, index) => {
    const item = items[index];
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
