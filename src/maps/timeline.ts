/**
 * A dated map's timeline (src/maps/draw/timeline.ts): its steps, from the map option `steps`
 * (`"days"`, or a list of dates with labels) or, by default, one per day from the first feature's
 * `when` to the last; and, for each feature, the steps its `when` overlaps. A map with no `when`
 * and no `steps` has no timeline.
 */
import type { Feature } from "geojson";
import { DateTime } from "luxon";
import type { MapStep, MapTimeline } from "./draw/timeline.ts";
import {
  featureLabel,
  formatValue,
  isRecord,
  type JsonPath,
  type MapProblem,
} from "./map-problem.ts";
import { overlaps, readWhen, type TimeSpan } from "./when.ts";

/** Most steps a map may have: each is a small map in print and feeds. */
export const maxSteps = 31;

/** A map's `steps` option as written: one step a day, or the author's list. */
export type StepsOption = "days" | Array<string | { when: string; label?: string }>;

/**
 * Checks the map option `steps`: `"days"`, or a list of 1–{@link maxSteps} steps, each a `when`
 * text (`"2008-03-25"`, `"2008-03-26/2008-03-28"`) or `{"when": …, "label": "…"}`.
 * @returns the option, or the problem with its path
 */
export function readStepsOption(value: unknown): { steps?: StepsOption; problem?: MapProblem } {
  const fix =
    'write "steps": "days", or a list such as "steps": [{"when": "2008-03-24", "label": "Maliki arrives"}, "2008-03-25"]';
  if (value === "days") return { steps: "days" };
  if (!Array.isArray(value) || value.length === 0 || value.length > maxSteps) {
    return {
      problem: {
        path: ["steps"],
        message: `map option "steps" must be "days" or a list of 1 to ${maxSteps} dates, found ${Array.isArray(value) ? `a list of ${value.length}` : formatValue(value)}`,
        fix,
      },
    };
  }
  for (const [index, step] of value.entries()) {
    const ok =
      typeof step === "string" ||
      (isRecord(step) &&
        typeof step.when === "string" &&
        (step.label === undefined ||
          (typeof step.label === "string" && step.label.trim() !== "")) &&
        Object.keys(step).every((key) => key === "when" || key === "label"));
    if (!ok) {
      return {
        problem: {
          path: ["steps", index],
          message: `map option "steps": step ${index + 1} must be a date or {"when": "…", "label": "…"}, found ${formatValue(step)}`,
          fix,
        },
      };
    }
  }
  return { steps: value as StepsOption };
}

/** How a day step is labelled: `"Tuesday 25 March"` (English), luxon's words in other languages. */
function dayLabel(day: DateTime, locale: string, withYear: boolean): string {
  // "en" alone would give luxon's American order; analysis in English is dated day month.
  const english = locale === "en" || locale.startsWith("en-");
  return day
    .setLocale(english ? "en-GB" : locale)
    .toFormat(`cccc d LLLL${withYear ? " yyyy" : ""}`);
}

/** A step as it is compared with features: its span, its ISO text and its label. */
interface Step {
  span: TimeSpan;
  datetime: string;
  label: string;
}

/** The steps of `"days"`: one per calendar day from the first day of `spans` to the last. */
function daySteps(spans: readonly TimeSpan[], zone: string, locale: string): Step[] | MapProblem {
  const first = spans.reduce((a, b) => (a < b.startDay ? a : b.startDay), spans[0]!.startDay);
  const last = spans.reduce((a, b) => (a > b.endDay ? a : b.endDay), spans[0]!.endDay);
  const start = DateTime.fromISO(first, { zone });
  const count = Math.round(DateTime.fromISO(last, { zone }).diff(start, "days").days) + 1;
  if (count > maxSteps) {
    return {
      path: ["steps"],
      message: `the map's dated features run from ${first} to ${last}, ${count} days: more than the ${maxSteps} steps a map may have`,
      fix: 'list the steps the story needs: "steps": [{"when": "2008-03-24", "label": "…"}, …]',
    };
  }
  const withYear = first.slice(0, 4) !== last.slice(0, 4);
  return Array.from({ length: count }, (_, index) => {
    const day = start.plus({ days: index });
    return {
      span: {
        start: day.toMillis(),
        end: day.plus({ days: 1 }).toMillis(),
        startDay: day.toFormat("yyyy-MM-dd"),
        endDay: day.toFormat("yyyy-MM-dd"),
      },
      datetime: day.toFormat("yyyy-MM-dd"),
      label: dayLabel(day, locale, withYear),
    };
  });
}

/** Most characters of a step's label: it names the step on the slider, a panel and its alt text. */
export const maxStepLabel = 80;

/** How a step of a list is labelled by default: its day, with the time for a moment. */
function listLabel(start: DateTime, moment: boolean, locale: string, withYear: boolean): string {
  const day = dayLabel(start, locale, withYear);
  return moment ? `${day}, ${start.toFormat("HH:mm")}` : day;
}

/**
 * The steps of a list, or the first problem with a step's date, order, repetition or label. A
 * step written as a span (`"2008-03-26/2008-03-28"`) is that span; one written as a date or a
 * moment lasts until the next step starts (the last: to the end of its day), so the steps of a
 * list follow one another as chapters of the story do.
 */
function listSteps(
  list: Exclude<StepsOption, "days">,
  zone: string,
  locale: string,
): Step[] | MapProblem {
  const read: { when: string; span: TimeSpan; isSpan: boolean; label?: string }[] = [];
  for (const [index, item] of list.entries()) {
    const when = typeof item === "string" ? item : item.when;
    const path: JsonPath = typeof item === "string" ? ["steps", index] : ["steps", index, "when"];
    const reading = readWhen(when, zone);
    if (!reading.ok) {
      return {
        path,
        message: `map option "steps": step ${index + 1}: ${reading.message.replace(/^"when": /, "")}`,
        fix: reading.fix,
      };
    }
    const previous = read[read.length - 1];
    if (previous && reading.span.start < previous.span.start) {
      return {
        path,
        message: `map option "steps": step ${index + 1} (${when}) comes before step ${index} (${previous.when})`,
        fix: "list the steps in order, earliest first",
      };
    }
    if (
      previous &&
      reading.span.start === previous.span.start &&
      reading.span.end === previous.span.end
    ) {
      return {
        path,
        message: `map option "steps": step ${index + 1} (${when}) repeats step ${index} (${previous.when})`,
        fix: "remove one of the two, or give them different dates or times",
      };
    }
    const label = typeof item === "string" ? undefined : item.label?.trim();
    if (label !== undefined && label.length > maxStepLabel) {
      return {
        path: ["steps", index, "label"],
        message: `map option "steps": the label of step ${index + 1} is ${label.length} characters, more than the ${maxStepLabel} a step's label may be`,
        fix: 'shorten it to a few words ("Maliki arrives"); say the rest in the text or in a feature\'s description',
      };
    }
    read.push({
      when: when.trim(),
      span: reading.span,
      isSpan: when.includes("/"),
      ...(label ? { label } : {}),
    });
  }
  const withYear = new Set(read.map((step) => step.span.startDay.slice(0, 4))).size > 1;
  return read.map((step, index) => {
    const start = DateTime.fromMillis(step.span.start, { zone });
    const moment = step.span.end === step.span.start;
    const next = read[index + 1];
    // A date or a moment lasts until the next step starts; the last, to the end of its day.
    const end = step.isSpan
      ? step.span.end
      : next
        ? Math.max(next.span.start, step.span.end)
        : Math.max(step.span.end, start.startOf("day").plus({ days: 1 }).toMillis());
    const last = DateTime.fromMillis(Math.max(end - 1, step.span.start), { zone });
    return {
      span: { ...step.span, end, endDay: last.toFormat("yyyy-MM-dd") },
      // HTML's datetime has no interval: a span is named by its start.
      datetime: step.when.split("/")[0]!.trim(),
      label: step.label ?? listLabel(start, moment, locale, withYear),
    };
  });
}

/** Gives each step its id: the day it starts on, `-2`, `-3`… for a second step on that day. */
function withIds(steps: readonly Step[]): MapStep[] {
  const seen = new Map<string, number>();
  return steps.map((step) => {
    const count = (seen.get(step.span.startDay) ?? 0) + 1;
    seen.set(step.span.startDay, count);
    return {
      id: count === 1 ? step.span.startDay : `${step.span.startDay}-${count}`,
      label: step.label,
      datetime: step.datetime,
    };
  });
}

/** Where a feature is in its map, for problems: its JSON path, `["features", 2]`. */
export type FeaturePath = (index: number) => JsonPath;

/**
 * The timeline of a map, or every problem with its features' `when` and its `steps`.
 * @param features the map's validated features
 * @param steps the map's `steps` option, as {@link readStepsOption} returned it
 * @param zone IANA time zone of the site, in which dates without an offset are read
 * @param locale BCP 47 language of the page, for the steps' labels
 * @param pathOf the JSON path of feature `index`, for locating problems
 * @returns `timeline` undefined for a map with no `when` and no `steps`, or whose dates all fall
 *   on one day with no `steps` written (nothing to step through); `problems` for a `when`
 *   that is not a date or ends before it starts (with the feature's number, title and fix), a
 *   step that is not a date or out of order, a dated feature in no step, or more than
 *   {@link maxSteps} days
 */
export function mapTimeline(
  features: readonly Feature[],
  steps: StepsOption | undefined,
  zone: string,
  locale: string,
  pathOf: FeaturePath,
): { timeline?: MapTimeline; problems: MapProblem[] } {
  const problems: MapProblem[] = [];
  const spans = features.map((feature, index) => {
    const when = feature.properties?.when;
    if (when === undefined) return undefined;
    const reading = readWhen(when, zone);
    if (reading.ok) return reading.span;
    problems.push({
      path: [...pathOf(index), "properties", "when"],
      message: `${featureLabel(index, feature)}: ${reading.message}`,
      fix: reading.fix,
    });
    return undefined;
  });
  if (problems.length > 0) return { problems };
  const dated = spans.filter((span): span is TimeSpan => span !== undefined);
  if (steps === undefined && dated.length === 0) return { problems };
  if (steps === "days" || steps === undefined) {
    if (dated.length === 0) {
      return {
        problems: [
          {
            path: ["steps"],
            message:
              'map option "steps": "days" needs features with a "when" to count the days from',
            fix: 'give the features a "when", e.g. "when": "2008-03-27", or remove "steps"',
          },
        ],
      };
    }
  }
  const made =
    steps === undefined || steps === "days"
      ? daySteps(dated, zone, locale)
      : listSteps(steps, zone, locale);
  if (!Array.isArray(made)) return { problems: [made] };
  // Dates that all fall on one day, with no steps asked for (a GPS track of one afternoon): there
  // is nothing to step through, and the map is drawn as an undated one.
  if (steps === undefined && made.length === 1) return { problems };
  const active = spans.map((span) =>
    span === undefined
      ? null
      : made.flatMap((step, index) => (overlaps(span, step.span) ? [index] : [])),
  );
  active.forEach((list, index) => {
    if (list === null || list.length > 0) return;
    const feature = features[index]!;
    problems.push({
      path: [...pathOf(index), "properties", "when"],
      message: `${featureLabel(index, feature)}: "when" ${formatValue(feature.properties?.when)} falls in none of the map's steps (${made[0]!.span.startDay} to ${made[made.length - 1]!.span.endDay})`,
      fix: 'correct the date, or add a step that covers it to the map\'s "steps"',
    });
  });
  if (problems.length > 0) return { problems };
  return { timeline: { steps: withIds(made), active }, problems };
}
