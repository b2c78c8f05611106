/**
 * The time control of a dated map, built only by JavaScript under the live map: previous and
 * next buttons, a native range slider and the current step's label with how many places it
 * shows, in a polite live region (WAI-ARIA 1.2 `aria-live`). Features outside the step fade
 * (areas, lines and circles by a class, pins, badges and labels by Leaflet's opacity) but stay
 * readable and clickable; features true in the step are drawn on top. The list "What the map
 * shows" marks the step's group; showing a feature from it turns the map to the feature's step.
 * The step is kept in the URL's fragment, `#<figure id>-<step id>`, written with
 * `history.replaceState` (no scroll, no history entry a step); a page opened on, or moved to,
 * the fragment of one of this map's steps opens on that step.
 */
import type { FeatureCollection } from "geojson";
import { LayerGroup, Marker, Path, type Layer } from "leaflet";
import {
  firstStepOf,
  isActiveIn,
  stepAnchor,
  stepFromFragment,
  type MapTimeline,
} from "../maps/draw/timeline.ts";
import type { FeatureLayers } from "./feature-layers.ts";
import { placesShown, stepBy } from "./time-steps.ts";

/** Opacity of the pins, number badges and labels of features outside the step. */
export const fadedOpacity = 0.45;
/** Class of the areas, lines and uncertainty circles of features outside the step. */
export const fadedClass = "dispatch-map__faded";
/** Leaflet's own opacity of a label (`Tooltip`'s default), for features in the step. */
const labelOpacity = 0.9;

/** The layers the control fades: the features', and each feature's number badge. */
export interface TimedLayers extends FeatureLayers {
  /** Each feature's number badge, in feature order (undefined for one without a badge). */
  badges: readonly (Marker | undefined)[];
}

/** Fades a feature's own layer (a pin, a path, or a group of them) or brings it to the front. */
function setFaded(layer: Layer, faded: boolean): void {
  if (layer instanceof Marker) {
    layer.setOpacity(faded ? fadedOpacity : 1);
    layer.setZIndexOffset(faded ? 0 : 1000);
  } else if (layer instanceof Path) {
    layer.getElement()?.classList.toggle(fadedClass, faded);
    if (!faded) layer.bringToFront();
  } else if (layer instanceof LayerGroup) {
    layer.eachLayer((child) => setFaded(child, faded));
  }
}

/**
 * Fades every feature of `collection` outside step `step` (its shape or pin, circle, label and
 * badge) and brings those in it to the front, in feature order.
 */
function fadeFeatures(
  collection: FeatureCollection,
  timeline: MapTimeline,
  layers: TimedLayers,
  step: number,
): void {
  collection.features.forEach((feature, index) => {
    const faded = !isActiveIn(timeline, index, step);
    const circle = layers.circles.get(feature);
    if (circle) setFaded(circle, faded);
    const layer = layers.layers.get(feature);
    if (layer) setFaded(layer, faded);
    layers.labels.get(feature)?.setOpacity(faded ? fadedOpacity : labelOpacity);
    layers.badges[index]?.setOpacity(faded ? fadedOpacity : 1);
    layers.badges[index]?.setZIndexOffset(faded ? 0 : 1000);
  });
}

/** A `<button>` of the stepper: an arrow (mirrored in right-to-left text) and its word. */
function stepButton(arrow: string, word: string, className: string): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = `dispatch-map__time-button ${className}`;
  const glyph = document.createElement("span");
  glyph.setAttribute("aria-hidden", "true");
  glyph.textContent = arrow;
  // The word names the button; on a phone it is read but not shown (see the stylesheet).
  const name = document.createElement("span");
  name.className = "dispatch-map__time-word";
  name.textContent = word;
  button.append(...(arrow === "‹" ? [glyph, name] : [name, glyph]));
  return button;
}

/** The control's elements, before they are wired. */
interface ControlElements {
  container: HTMLElement;
  status: HTMLElement;
  slider: HTMLInputElement;
  previous: HTMLButtonElement;
  next: HTMLButtonElement;
}

/** Builds the control's DOM for `count` steps of the figure `figureId`. */
function buildControl(figureId: string, count: number): ControlElements {
  const container = document.createElement("div");
  container.className = "dispatch-map__time";
  container.setAttribute("role", "group");
  container.setAttribute("aria-label", "Date shown on the map");
  const status = document.createElement("p");
  status.className = "dispatch-map__time-status";
  status.setAttribute("aria-live", "polite");
  const row = document.createElement("div");
  row.className = "dispatch-map__time-row";
  const label = document.createElement("label");
  label.className = "visually-hidden";
  label.htmlFor = `${figureId}-time`;
  label.textContent = "Date shown on the map";
  const slider = document.createElement("input");
  slider.type = "range";
  slider.id = `${figureId}-time`;
  slider.className = "dispatch-map__time-slider";
  slider.min = "0";
  slider.max = String(count - 1);
  slider.step = "1";
  const previous = stepButton("‹", "Previous", "dispatch-map__time-previous");
  const next = stepButton("›", "Next", "dispatch-map__time-next");
  row.append(previous, label, slider, next);
  container.append(status, row);
  return { container, status, slider, previous, next };
}

/** Reads the figure's timeline island, or undefined for a map without dates. */
function readTimeline(figure: HTMLElement): MapTimeline | undefined {
  const island = figure.querySelector("script[data-map-timeline]");
  return island ? (JSON.parse(island.textContent ?? "") as MapTimeline) : undefined;
}

/**
 * Adds the time control of a dated map under its canvas and opens the map on the step the URL's
 * fragment names, else the first; does nothing for a figure without a timeline island.
 * @param layers the features' layers and badges, as drawn on the map
 * @throws SyntaxError when the island is not JSON (the build always writes JSON)
 */
export function addTimeControl(
  figure: HTMLElement,
  canvas: HTMLElement,
  collection: FeatureCollection,
  layers: TimedLayers,
): void {
  const timeline = readTimeline(figure);
  if (!timeline || timeline.steps.length === 0) return;
  const { container, status, slider, previous, next } = buildControl(
    figure.id,
    timeline.steps.length,
  );
  const groups = timeline.steps.map((step) =>
    document.getElementById(stepAnchor(figure.id, step))?.closest(".dispatch-map__step"),
  );
  let current = -1;

  const show = (step: number, keepInUrl: boolean) => {
    if (step === current) return;
    current = step;
    fadeFeatures(collection, timeline, layers, step);
    const label = timeline.steps[step]!.label;
    slider.value = String(step);
    slider.setAttribute("aria-valuetext", label);
    previous.setAttribute("aria-disabled", String(step === 0));
    next.setAttribute("aria-disabled", String(step === timeline.steps.length - 1));
    // "Thursday 27 March: 3 of 9 places on the map", read whole by the live region.
    const strong = document.createElement("strong");
    strong.textContent = label;
    status.replaceChildren(strong, `: ${placesShown(timeline, step)}`);
    groups.forEach((group, index) =>
      group?.classList.toggle("dispatch-map__step--current", index === step),
    );
    if (keepInUrl) {
      const url = new URL(window.location.href);
      url.hash = stepAnchor(figure.id, timeline.steps[step]!);
      window.history.replaceState(window.history.state, "", url);
    }
  };
  // aria-disabled rather than disabled: a button keeps keyboard focus at either end.
  const move = (by: number, button: HTMLButtonElement) => {
    if (button.getAttribute("aria-disabled") === "true") return;
    show(stepBy(current, by, timeline.steps.length), true);
  };
  previous.addEventListener("click", () => move(-1, previous));
  next.addEventListener("click", () => move(1, next));
  slider.addEventListener("input", () => show(Number(slider.value), true));
  // "Show … on the map" from the list, for a feature outside the step: the map turns to the
  // step the feature is listed under, so the popup opens on a feature the map shows.
  figure.querySelector(".dispatch-map__list")?.addEventListener("click", (event) => {
    const item = (event.target as Element).closest(".dispatch-map__show")?.closest("li");
    const feature = Number(item?.id.slice(`${figure.id}-feature-`.length)) - 1;
    if (!(feature >= 0) || isActiveIn(timeline, feature, current)) return;
    show(firstStepOf(timeline, feature) ?? current, true);
  });
  // A link to a step names the step's title in the list (where it leads without JavaScript); with
  // the live map, the reader is shown the map that turned to that day, not the list below it.
  const showMap = () => canvas.scrollIntoView({ block: "nearest" });
  window.addEventListener("hashchange", () => {
    const named = stepFromFragment(timeline, figure.id, window.location.hash);
    if (named === undefined) return;
    show(named, false);
    showMap();
  });
  const opening = stepFromFragment(timeline, figure.id, window.location.hash);
  show(opening ?? 0, false);
  if (opening !== undefined) requestAnimationFrame(showMap);
  figure.classList.add("dispatch-map--timeline");
  canvas.after(container);
}
