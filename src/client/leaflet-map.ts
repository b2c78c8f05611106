/**
 * The interactive map of one figure, drawn with Leaflet from the figure's JSON data island:
 * tiles from the site's provider, points as pins, areas and lines styled by simplestyle
 * properties, approximate features dashed, uncertainty radii as circles, popups set as text,
 * number badges matching the feature list, labels on areas from zoom 12 clear of pins, the static
 * map's vector ground under the tiles, colours for the dark scheme, a scale bar, credits behind a
 * toggle, the key and the locator inset on the map, the feature list wired to the popups, no
 * wheel zoom or one-finger pan until the reader engages the map, and a quiet note when tiles
 * fail. Loaded by `map.ts` when the map nears the viewport.
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
  type Marker,
  type Tooltip,
  type Layer,
  type Map as LeafletMap,
  type PathOptions,
  type TileLayerOptions,
  type Popup,
} from "leaflet";
import { unwrapLongitudes } from "../maps/draw/antimeridian.ts";
import { minimumExtentDegrees, minimumExtentMetres } from "../maps/draw/extent.ts";
import { darkStyle } from "../maps/draw/palette.ts";
import { featureStyle, type FeatureStyle } from "../maps/draw/style.ts";
import { badgeLayer } from "./badges.ts";
import { elementControl, locatorControl } from "./controls.ts";
import { collapsibleCredits } from "./credits.ts";
import { loadGround } from "./ground-layer.ts";
import { layoutLabels, type PlacedLabel } from "./labels.ts";
import { pinIcon, pinSize } from "./pin.ts";
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

/** The reader's colour scheme: dark grounds get feature colours that stand out on them. */
const darkScheme = window.matchMedia("(prefers-color-scheme: dark)");

/** A feature's style in the reader's colour scheme. */
function schemeStyle(properties: Feature["properties"]): FeatureStyle {
  const style = featureStyle(properties);
  return darkScheme.matches ? darkStyle(style) : style;
}

/** Path options of an uncertainty circle: its marker colour, faint fill, dashed when approximate. */
function circleOptions(style: FeatureStyle): PathOptions {
  return {
    color: style.markerColor,
    weight: 1.5,
    fillColor: style.markerColor,
    fillOpacity: 0.12,
    ...(style.dashArray ? { dashArray: style.dashArray } : {}),
  };
}

/** The uncertainty circle of a point. */
function uncertaintyCircle(feature: Feature<Point>, radius: number): Circle {
  const [lon, lat] = feature.geometry.coordinates as [number, number];
  return circle([lat, lon], { radius, ...circleOptions(schemeStyle(feature.properties)) });
}

/** A pin's icon in its feature's marker colour and symbol, in the reader's scheme. */
function featurePin(properties: Feature["properties"]) {
  const symbol = properties?.["marker-symbol"];
  return pinIcon(
    schemeStyle(properties).markerColor,
    typeof symbol === "string" ? symbol : undefined,
  );
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
  const { ground } = canvas.dataset;
  // Drawn when it arrives; until then, and if it never does, the map is as before.
  if (ground) void loadGround(map, new URL(ground, document.baseURI).href);
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
  const circles = new Map<Feature, Circle>();
  for (const feature of collection.features) {
    const radius = feature.properties?.uncertainty;
    if (feature.geometry?.type === "Point" && typeof radius === "number") {
      const ring = uncertaintyCircle(feature as Feature<Point>, radius);
      ring.bindPopup(() => popupContent(feature.properties, feature.geometry));
      circles.set(feature, ring);
    }
  }
  const tooltips = new Map<Feature, Tooltip>();
  const features = geoJSON(collection, {
    style: (feature) => pathOptions(schemeStyle(feature?.properties ?? null)),
    pointToLayer: (feature, latlng) =>
      marker(latlng, {
        icon: featurePin(feature.properties),
        title: String(feature.properties?.title ?? ""),
        alt: String(feature.properties?.title ?? ""),
      }),
    onEachFeature: (feature, layer) => {
      layersByFeature.set(feature, layer);
      layer.bindPopup(() => popupContent(feature.properties, feature.geometry));
      if (feature.geometry.type !== "Point" && feature.geometry.type !== "MultiPoint") {
        const label = document.createElement("span");
        label.textContent = String(feature.properties?.title ?? "");
        const labelTooltip = tooltip({
          permanent: true,
          direction: "center",
          className: "dispatch-map__label",
        }).setContent(label);
        layer.bindTooltip(labelTooltip);
        tooltips.set(feature, labelTooltip);
      }
    },
  });

  setInitialView(map, canvas, features.getBounds(), [...circles.values()]);
  layerGroup([...circles.values()]).addTo(map);
  features.addTo(map);
  const { badges } = badgeLayer(map, collection);
  const labels: PlacedLabel[] = collection.features.flatMap((feature, index) => {
    const labelTooltip = tooltips.get(feature);
    const badge = badges[index];
    return labelTooltip && badge ? [{ tooltip: labelTooltip, badge }] : [];
  });
  const placed = badges.filter((badge) => badge !== undefined);
  const showLabels = () => {
    const visible = map.getZoom() >= labelMinZoom;
    features.eachLayer((layer) => (visible ? layer.openTooltip() : layer.closeTooltip()));
    if (visible) layoutLabels(map, labels, placed);
  };
  map.on("zoomend", showLabels);
  // Placed again once the map settles, should a pan or resize have run into the zoom.
  map.on("moveend", () => {
    if (map.getZoom() >= labelMinZoom) layoutLabels(map, labels, placed);
  });
  showLabels();

  // A reader who switches scheme gets the features in its colours.
  darkScheme.addEventListener("change", () => {
    features.setStyle((feature) => pathOptions(schemeStyle(feature?.properties ?? null)));
    features.eachLayer((layer) => {
      const feature = (layer as Marker & { feature?: Feature }).feature;
      if (feature && "setIcon" in layer) (layer as Marker).setIcon(featurePin(feature.properties));
    });
    for (const [feature, ring] of circles)
      ring.setStyle(circleOptions(schemeStyle(feature.properties)));
  });

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
  // Room above each point for its pin (drawn above its tip), so no pin is cut at an edge.
  const [pinWidth, pinHeight] = pinSize;
  map.fitBounds(bounds, {
    paddingTopLeft: [16 + pinWidth / 2, 16 + pinHeight],
    paddingBottomRight: [16 + pinWidth / 2, 16],
    maxZoom: fitMaxZoom,
  });
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
