/**
 * A dated map's small multiples: one small static map per step of its timeline
 * (src/maps/draw/timeline.ts), each labelled with its date, all at one scale, for readers without
 * JavaScript, in print and in feeds. This file makes their drawing requests (step-map.ts draws
 * them, as `map-<key>-<step id>.svg` beside the page) and their HTML, which the map figure
 * (figure.ts) shows in place of its single static map; the figure's key serves them all.
 */
import type { FeatureCollection } from "geojson";
import { escapeHtml } from "../shared/html.ts";
import type { BBox } from "./bbox.ts";
import { listFeatures } from "./draw/feature-list.ts";
import { isActiveIn, type MapStep, type MapTimeline } from "./draw/timeline.ts";
import type { MapFiles } from "./files.ts";
import type { MapDrawingRequest } from "./map-drawing.ts";
import { atlasScaleFor } from "./projection.ts";
import { stepMapSize } from "./step-map.ts";

/** One panel of the small multiples, as the figure's HTML shows it. */
export interface SmallMultiple {
  /** The panel's SVG: its URL relative to the page, `map-<key>-<step id>.svg`. */
  src: string;
  /** The step it shows: its label and `datetime`. */
  step: MapStep;
  /** Its text alternative: the step's label and what is true in it ({@link stepDescription}). */
  alt: string;
}

/** A map's small multiples: its panels, earliest first, and their size in pixels. */
export interface SmallMultiples {
  panels: SmallMultiple[];
  width: number;
  height: number;
}

/**
 * What step `step` (0-based) of a dated map shows, in words, for a panel's `alt` and `<title>`:
 * the step's label, then the titles of the dated features true in it with their numbers,
 * `"Thursday 27 March: Zubair-1 pipeline bombed (3); Hayaniyah held (5). Other dates in grey outline."`.
 * Features without a `when`, drawn in every panel, are not named (the list names them).
 * Plain text: escape it where it lands.
 */
export function stepDescription(
  collection: FeatureCollection,
  timeline: MapTimeline,
  step: number,
): string {
  const titles = listFeatures(collection).map((item) => item.title);
  const dated = titles.flatMap((title, index) =>
    timeline.active[index] !== null && isActiveIn(timeline, index, step)
      ? [`${title} (${index + 1})`]
      : [],
  );
  const fades = titles.some((_, index) => !isActiveIn(timeline, index, step));
  const label = timeline.steps[step]?.label ?? "";
  return [
    `${label}: ${dated.length > 0 ? dated.join("; ") : "nothing dated"}.`,
    fades ? " Other dates in grey outline." : "",
  ].join("");
}

/** What the panels of a map share: its features, its timeline and the area the author chose. */
export interface StepDrawingsInput {
  collection: FeatureCollection;
  timeline: MapTimeline;
  /** The area the author chose, `[west, south, east, north]`; none: the features'. */
  bounds?: BBox | undefined;
}

/**
 * The small multiples of a dated map named `name` in its page (`map-<key>`): for each step, the
 * file `<name>-<step id>.svg` and its drawing request (map-drawing.ts), and the panel the figure
 * shows. Every request has the same size, bounds, features and outlines (the static map's
 * Natural Earth scale), so every panel has the same projection.
 */
export function stepDrawings(
  name: string,
  { collection, timeline, bounds }: StepDrawingsInput,
): { files: Array<{ name: string; request: MapDrawingRequest }>; multiples: SmallMultiples } {
  const scale = atlasScaleFor(collection, bounds);
  const files = timeline.steps.map((step, index) => {
    const alt = stepDescription(collection, timeline, index);
    const active = collection.features.flatMap((_, feature) =>
      isActiveIn(timeline, feature, index) ? [feature] : [],
    );
    const request: MapDrawingRequest = {
      kind: "step",
      collection,
      title: `Map. ${alt}`,
      active,
      ...(bounds ? { bounds } : {}),
      scale,
      ...stepMapSize,
    };
    const file = `${name}-${step.id}.svg`;
    return { name: file, request, panel: { src: file, step, alt } };
  });
  return {
    files: files.map(({ name: file, request }) => ({ name: file, request })),
    multiples: { panels: files.map(({ panel }) => panel), ...stepMapSize },
  };
}

/**
 * Queues the small multiples of a dated map named `name` (`map-<key>`) beside its page in
 * `files` ({@link stepDrawings}), drawn or read from the build cache like its static map, and
 * returns the panels for its figure.
 * @param pageOutputPath the page's output path (`_site/posts/basra/index.html`)
 */
export function queueSmallMultiples(
  files: MapFiles,
  pageOutputPath: string,
  name: string,
  input: StepDrawingsInput,
): SmallMultiples {
  const drawings = stepDrawings(name, input);
  for (const file of drawings.files) files.queueDrawing(pageOutputPath, file.name, file.request);
  return drawings.multiples;
}

/**
 * The HTML of a map's small multiples: an ordered list of panels, each its step's label (a
 * `<time datetime>`) over its image, then one line on how to read them and the outlines' credit.
 * Every label and text alternative is escaped. The stylesheet shows it without JavaScript and in
 * print, and hides it once the live map is drawn.
 */
export function renderSmallMultiples(multiples: SmallMultiples): string {
  const panels = multiples.panels.map(
    ({ src, step, alt }) =>
      `<li class="dispatch-map__panel"><p class="dispatch-map__panel-label"><time datetime="${escapeHtml(step.datetime)}">${escapeHtml(step.label)}</time></p>` +
      `<img class="dispatch-map__panel-map" src="${escapeHtml(src)}" width="${multiples.width}" height="${multiples.height}" loading="lazy" decoding="async" alt="${escapeHtml(alt)}"></li>\n`,
  );
  return [
    `<div class="dispatch-map__small-multiples">\n`,
    `<ol class="dispatch-map__panels">\n`,
    panels.join(""),
    `</ol>\n`,
    `<p class="dispatch-map__panels-note">Each map shows what was true at its date in full, numbered, and the rest in grey outline, all at the same scale. Boundaries: Natural Earth.</p>\n`,
    `</div>\n`,
  ].join("");
}
