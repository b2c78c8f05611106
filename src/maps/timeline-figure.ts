/**
 * The parts of a dated map's figure that its timeline adds: the timeline as a JSON data island
 * for the browser's time control (src/client/time-control.ts), and the list "What the map shows"
 * grouped by step. Features with no `when` come first, under "Throughout"; then each step's
 * title, whose `id` is the step's anchor (`stepAnchor`: a link `#<figure id>-<step id>` jumps
 * there without JavaScript, and opens the live map on that step with it), followed by the
 * features first true in that step and the names of those still on the map from earlier steps.
 * Each feature keeps its number from the static map's badges (`<li value>`).
 */
import { escapeHtml, jsonForScript } from "../shared/html.ts";
import { firstStepOf, isActiveIn, stepAnchor, type MapTimeline } from "./draw/timeline.ts";

/** Which features each group of the list holds, as 0-based feature indices in feature order. */
export interface StepGroups {
  /** Features with no `when`, true in every step, listed before the steps. */
  throughout: number[];
  /** For each step, in order: the features listed under it and those still shown from before. */
  steps: {
    /** Features whose first step this is. */
    first: number[];
    /** Dated features true in this step that were listed under an earlier step. */
    continuing: number[];
  }[];
}

/**
 * Sorts a timeline's features into the list's groups: each feature is listed once, under the
 * step it is first true in (`firstStepOf`), or under "Throughout" when it has no `when`.
 */
export function stepGroups(timeline: MapTimeline): StepGroups {
  const throughout: number[] = [];
  const steps: StepGroups["steps"] = timeline.steps.map(() => ({ first: [], continuing: [] }));
  timeline.active.forEach((_, feature) => {
    const first = firstStepOf(timeline, feature);
    if (first === undefined) {
      throughout.push(feature);
      return;
    }
    steps.forEach((group, step) => {
      if (step === first) group.first.push(feature);
      else if (step > first && isActiveIn(timeline, feature, step)) group.continuing.push(feature);
    });
  });
  return { throughout, steps };
}

/**
 * The timeline as a JSON data island, `<script type="application/json" data-map-timeline>`, read
 * by the browser's time control. Step labels are the author's text: `jsonForScript` keeps any
 * `</script>` in them from closing the element.
 */
export function renderTimelineIsland(timeline: MapTimeline): string {
  return `<script type="application/json" data-map-timeline>${jsonForScript(timeline)}</script>\n`;
}

/**
 * A `<time>` element for a step: HTML's `datetime` takes a date or a moment but no ISO 8601
 * interval, so a step that spans days (`"2008-03-25/2008-03-27"`) gives the day it starts on.
 */
function stepTime(datetime: string, label: string): string {
  const start = datetime.split("/")[0] ?? datetime;
  return `<time datetime="${escapeHtml(start)}">${escapeHtml(label)}</time>`;
}

/** What the list needs of a map figure to group its items. */
export interface StepListOptions {
  /** The figure's `id`, from which the steps' anchors are made. */
  figureId: string;
  timeline: MapTimeline;
  /** The features' titles, in feature order, for the names of features still on the map. */
  titles: readonly string[];
  /** The `id` of feature `index`'s list item, linked from later steps. */
  itemId: (index: number) => string;
  /** The `<li>` of feature `index`, carrying `value` = its number on the static map. */
  renderItem: (index: number) => string;
}

/**
 * One group, a `role="group"` named by its title (an id and, for a step, its `<time>`): the
 * title, the group's items, and a note.
 */
function renderGroup(titleId: string, title: string, items: string, note: string): string {
  return [
    `<div class="dispatch-map__step" role="group" aria-labelledby="${escapeHtml(titleId)}">`,
    `<p class="dispatch-map__step-title" id="${escapeHtml(titleId)}">${title}</p>\n`,
    items ? `<ol class="dispatch-map__features">\n${items}\n</ol>` : "",
    note,
    `</div>\n`,
  ].join("");
}

/**
 * The note under a step: the features still on the map from earlier steps, linked to their
 * items; or, for a step that adds and keeps nothing, what the map shows then.
 */
function stepNote(
  list: StepListOptions,
  group: StepGroups["steps"][number],
  throughout: boolean,
): string {
  const links = group.continuing.map(
    (feature) =>
      `<a href="#${escapeHtml(list.itemId(feature))}" dir="auto">${escapeHtml(list.titles[feature] ?? "")}</a> (${feature + 1})`,
  );
  if (links.length > 0) {
    return `<p class="dispatch-map__step-note">Still on the map: ${links.join(", ")}.</p>`;
  }
  if (group.first.length > 0) return "";
  const text = throughout ? "Only the places shown throughout." : "Nothing dated on the map.";
  return `<p class="dispatch-map__step-note">${text}</p>`;
}

/**
 * The list "What the map shows" of a dated map, grouped by step (without its title, which the
 * figure writes). Every step has its title and anchor, also a step where nothing new appears.
 * @returns HTML: one `<div class="dispatch-map__step">` per group; every string escaped
 */
export function renderStepList(list: StepListOptions): string {
  const { figureId, timeline, renderItem } = list;
  const groups = stepGroups(timeline);
  const items = (features: readonly number[]) => features.map(renderItem).join("\n");
  const hasThroughout = groups.throughout.length > 0;
  const throughout = hasThroughout
    ? renderGroup(`${figureId}-throughout`, "Throughout", items(groups.throughout), "")
    : "";
  const steps = timeline.steps.map((step, index) => {
    const group = groups.steps[index]!;
    return renderGroup(
      stepAnchor(figureId, step),
      stepTime(step.datetime, step.label),
      items(group.first),
      stepNote(list, group, hasThroughout),
    );
  });
  return throughout + steps.join("");
}
