/**
 * The features as Leaflet layers: points as pins, areas and lines styled by simplestyle
 * properties, uncertainty radii as circles, each with its popup set as text, areas and lines with
 * a label; all in the reader's colour scheme, restyled when it changes.
 */
import type { Feature, FeatureCollection, Point } from "geojson";
import {
  circle,
  geoJSON,
  marker,
  tooltip,
  type Circle,
  type GeoJSON,
  type Layer,
  type Marker,
  type Tooltip,
} from "leaflet";
import { markerIconsOf, pinLook, pinRoom, type MarkerIcons } from "../maps/draw/marker.ts";
import { darkStyle } from "../maps/draw/palette.ts";
import { featureStyle, type FeatureStyle } from "../maps/draw/style.ts";
import { circleOptions, pathOptions } from "./path-options.ts";
import { pinIcon } from "./pin.ts";
import { popupContent } from "./popup.ts";

/** The reader's colour scheme: dark grounds get feature colours that stand out on them. */
const darkScheme = window.matchMedia("(prefers-color-scheme: dark)");

/** A feature's style in the reader's colour scheme. */
function schemeStyle(properties: Feature["properties"]): FeatureStyle {
  const style = featureStyle(properties);
  return darkScheme.matches ? darkStyle(style) : style;
}

/** The uncertainty circle of a point. */
function uncertaintyCircle(feature: Feature<Point>, radius: number): Circle {
  const [lon, lat] = feature.geometry.coordinates as [number, number];
  return circle([lat, lon], { radius, ...circleOptions(schemeStyle(feature.properties)) });
}

/**
 * A pin's icon in its feature's marker colour, size and symbol (a Maki icon of `icons`, or a
 * letter), in the reader's scheme.
 */
function featurePin(properties: Feature["properties"], icons: MarkerIcons) {
  return pinIcon(schemeStyle(properties).markerColor, pinLook(properties, icons));
}

/** The layers of a collection's features, not yet on a map. */
export interface FeatureLayers {
  /** Pins, areas and lines, as one GeoJSON layer. */
  features: GeoJSON;
  /** Each point's uncertainty circle. */
  circles: Map<Feature, Circle>;
  /** Each feature's own layer, whose popup the feature list opens. */
  layers: Map<Feature, Layer>;
  /** Each area's or line's label. */
  labels: Map<Feature, Tooltip>;
  /** The Maki icons of the pins, by name, from the data island. */
  icons: MarkerIcons;
  /** The room the pins and their badges need around their tips, in pixels (`pinRoom`). */
  pins: { above: number; side: number };
}

/** The uncertainty circles of the points that have an `uncertainty`, with their popups. */
function uncertaintyCircles(collection: FeatureCollection): Map<Feature, Circle> {
  const circles = new Map<Feature, Circle>();
  for (const feature of collection.features) {
    const radius = feature.properties?.uncertainty;
    if (feature.geometry?.type === "Point" && typeof radius === "number") {
      const ring = uncertaintyCircle(feature as Feature<Point>, radius);
      ring.bindPopup(() => popupContent(feature.properties, feature.geometry));
      circles.set(feature, ring);
    }
  }
  return circles;
}

/** A permanent label holding `title` as text, centred on its area or line. */
function areaLabel(title: string): Tooltip {
  const label = document.createElement("span");
  label.textContent = title;
  return tooltip({
    permanent: true,
    direction: "center",
    className: "dispatch-map__label",
  }).setContent(label);
}

/** Makes the layers of every feature of `collection`, in the reader's colour scheme. */
export function featureLayers(collection: FeatureCollection): FeatureLayers {
  const circles = uncertaintyCircles(collection);
  const icons = markerIconsOf(collection);
  const layers = new Map<Feature, Layer>();
  const labels = new Map<Feature, Tooltip>();
  const features = geoJSON(collection, {
    style: (feature) => pathOptions(schemeStyle(feature?.properties ?? null)),
    pointToLayer: (feature, latlng) => {
      const title = String(feature.properties?.title ?? "");
      return marker(latlng, { icon: featurePin(feature.properties, icons), title, alt: title });
    },
    onEachFeature: (feature, layer) => {
      layers.set(feature, layer);
      layer.bindPopup(() => popupContent(feature.properties, feature.geometry));
      if (feature.geometry.type !== "Point" && feature.geometry.type !== "MultiPoint") {
        const label = areaLabel(String(feature.properties?.title ?? ""));
        layer.bindTooltip(label);
        labels.set(feature, label);
      }
    },
  });
  return { features, circles, layers, labels, icons, pins: pinRoom(collection, icons) };
}

/** Restyles the layers in the reader's colour scheme whenever it changes. */
export function followColorScheme({ features, circles, icons }: FeatureLayers): void {
  darkScheme.addEventListener("change", () => {
    features.setStyle((feature) => pathOptions(schemeStyle(feature?.properties ?? null)));
    features.eachLayer((layer) => {
      const feature = (layer as Marker & { feature?: Feature }).feature;
      if (feature && "setIcon" in layer)
        (layer as Marker).setIcon(featurePin(feature.properties, icons));
    });
    for (const [feature, ring] of circles)
      ring.setStyle(circleOptions(schemeStyle(feature.properties)));
  });
}
