/**
 * A dated map's timeline as the build hands it to the browser and to the static drawings: its
 * steps (days, or the author's list of dates) and, for each feature, the steps it is true in.
 * Pure and DOM-free: the browser's time control, the build's small multiples and the list of
 * features grouped by step all read this one shape, so they can never disagree on what a step
 * shows. Made by `mapTimeline` (src/maps/timeline.ts) from the features' `when`.
 */

/** One step of a dated map: a day, or a date (or span) from the map's `steps` list. */
export interface MapStep {
  /**
   * The step's id, unique in its map and safe in a URL fragment and an HTML id: the ISO 8601
   * date its span starts on (`"2008-03-25"`), with `-2`, `-3`… when two steps start on one day.
   * A page's link `#<figure id>-<step id>` opens the map on that step.
   */
  id: string;
  /** The step's label for readers, in the page's language: `"Tuesday 25 March"`, or the author's. */
  label: string;
  /** ISO 8601 text for `<time datetime>`: `"2008-03-25"`, or an interval `"2008-03-25/2008-03-27"`. */
  datetime: string;
}

/** A dated map's steps and which features each shows; JSON, as the page's data island carries it. */
export interface MapTimeline {
  /** The steps, earliest first; at least one. */
  steps: MapStep[];
  /**
   * For each feature of the FeatureCollection, in its order: the 0-based indices of the steps its
   * `when` overlaps, ascending; `null` for a feature with no `when`, true in every step.
   */
  active: (number[] | null)[];
}

/** True when feature `feature` (0-based) is true in step `step` (0-based) of `timeline`. */
export function isActiveIn(timeline: MapTimeline, feature: number, step: number): boolean {
  const steps = timeline.active[feature];
  return steps === null || (steps?.includes(step) ?? false);
}

/**
 * The step a feature is listed under in the list grouped by step: the first step it is true in;
 * `undefined` for a feature with no `when` (listed before the steps, as true throughout).
 */
export function firstStepOf(timeline: MapTimeline, feature: number): number | undefined {
  const steps = timeline.active[feature];
  return steps === null || steps === undefined ? undefined : steps[0];
}

/** The HTML id and URL fragment of a step of the map figure `figureId`: `map-basra-12-2008-03-25`. */
export function stepAnchor(figureId: string, step: MapStep): string {
  return `${figureId}-${step.id}`;
}

/**
 * The step a URL fragment names for the map figure `figureId` (`"#map-basra-12-2008-03-25"`, with
 * or without `#`, percent-encoded or not), or `undefined` when it names no step of this map.
 */
export function stepFromFragment(
  timeline: MapTimeline,
  figureId: string,
  fragment: string,
): number | undefined {
  let text = fragment.replace(/^#/, "");
  try {
    text = decodeURIComponent(text);
  } catch {
    return undefined;
  }
  const index = timeline.steps.findIndex((step) => stepAnchor(figureId, step) === text);
  return index === -1 ? undefined : index;
}
