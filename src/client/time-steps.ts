/**
 * What the time control says and allows at a step of a dated map, pure and DOM-free: how many
 * places a step shows (its live region announces "<step's label>: 3 of 9 places on the map"),
 * which features those are, and which step a button leads to.
 */
import { isActiveIn, type MapTimeline } from "../maps/draw/timeline.ts";

/** The 0-based indices of the features true in `step` (0-based), in feature order. */
export function featuresInStep(timeline: MapTimeline, step: number): number[] {
  return timeline.active.flatMap((_, feature) =>
    isActiveIn(timeline, feature, step) ? [feature] : [],
  );
}

/**
 * How many of the map's places `step` (0-based) shows: `"3 of 9 places on the map"` (`"1 of 1
 * place on the map"`).
 */
export function placesShown(timeline: MapTimeline, step: number): string {
  const total = timeline.active.length;
  const shown = featuresInStep(timeline, step).length;
  return `${shown} of ${total} ${total === 1 ? "place" : "places"} on the map`;
}

/** Step `step + by`, kept within the `count` steps: `[0, count - 1]`. */
export function stepBy(step: number, by: number, count: number): number {
  return Math.min(Math.max(step + by, 0), count - 1);
}
