/**
 * Map controls built from DOM nodes, in Leaflet's grain (a `Control` whose `onAdd` returns its
 * container): the key moved from the figure onto the map, and the locator inset.
 */
import { Control, DomEvent, type ControlPosition } from "leaflet";

/** A control showing `element`; clicks and scrolls on it do not reach the map. */
export function elementControl(element: HTMLElement, position: ControlPosition): Control {
  const control = new Control({ position });
  control.onAdd = () => {
    DomEvent.disableClickPropagation(element);
    DomEvent.disableScrollPropagation(element);
    return element;
  };
  control.onRemove = () => undefined;
  return control;
}

/** The locator inset: the static locator SVG as an image, no tile request. */
export function locatorControl(src: string, alt: string): Control {
  const container = document.createElement("div");
  container.className = "leaflet-bar dispatch-map__locator";
  const image = document.createElement("img");
  image.src = src;
  image.alt = alt;
  image.width = 132;
  image.height = 99;
  container.append(image);
  return elementControl(container, "topright");
}
