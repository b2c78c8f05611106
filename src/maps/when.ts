/**
 * When a map feature was true: its `when` property, ISO 8601 (https://www.iso.org/iso-8601-date-and-time-format.html),
 * read in the site's time zone as front-matter dates are (src/shared/iso-date.ts):
 *
 * - `"2008-03-27"`: that whole day;
 * - `"2008-03-27T05:00"` (or with an offset, `"2008-03-27T05:00+03:00"`): that moment;
 * - `"2008-03-25/2008-03-31"`: an ISO 8601 interval, from the start of the first to the end of
 *   the last (a date is its whole day; a time is that moment);
 * - `{"start": "2008-03-25", "end": "2008-03-31"}`: the same interval, spelt out.
 */
import { DateTime } from "luxon";
import { impossibleOffset, isDateOnly, parseFrontMatterDate } from "../shared/iso-date.ts";
import { formatValue } from "./map-problem.ts";

/** A span of time in milliseconds since the Unix epoch: `start` inclusive, `end` exclusive. */
export interface TimeSpan {
  start: number;
  /** Exclusive; equal to `start` for a moment (a date and time). */
  end: number;
  /** The calendar date (in the zone) the span starts on, `YYYY-MM-DD`. */
  startDay: string;
  /** The calendar date (in the zone) the span's last moment falls on, `YYYY-MM-DD`. */
  endDay: string;
}

/** The outcome of reading a `when`: the span, or what is wrong and how to fix it. */
export type WhenReading =
  { ok: true; span: TimeSpan } | { ok: false; message: string; fix: string };

/** Example values for fixes. */
const examples = '"2008-03-27", "2008-03-27T05:00" or a span "2008-03-25/2008-03-31"';

/** One end of a span: the moment it starts, and, for a date, the start of the next day. */
function readEnd(text: string, zone: string): { at: DateTime; dayEnd?: DateTime } | string {
  const offset = impossibleOffset(text);
  if (offset !== undefined) return `its time offset ${offset} is not one any place has`;
  const at = parseFrontMatterDate(text, zone);
  if (!at) {
    return /^\d{4}-\d{2}-\d{2}/.test(text.trim()) && isDateOnly(text.slice(0, 10))
      ? `${formatValue(text)} is not a day the calendar has, or not an ISO 8601 date`
      : `${formatValue(text)} is not an ISO 8601 date`;
  }
  return isDateOnly(text) ? { at, dayEnd: at.plus({ days: 1 }) } : { at };
}

/** The span from `start` to `end` (texts as written), or what is wrong. */
function readSpan(start: string, end: string, zone: string, written: string): WhenReading {
  const from = readEnd(start, zone);
  if (typeof from === "string")
    return { ok: false, message: `"when": ${from}`, fix: `write ${examples}` };
  const to = readEnd(end, zone);
  if (typeof to === "string")
    return { ok: false, message: `"when": ${to}`, fix: `write ${examples}` };
  const startMs = from.at.toMillis();
  const endMs = (to.dayEnd ?? to.at).toMillis();
  // Two moments may be equal (a moment); a span with a date in it has at least that day.
  if (endMs < startMs || (endMs === startMs && (from.dayEnd || to.dayEnd))) {
    return {
      ok: false,
      message: `"when": ${written} ends before it starts`,
      fix: `swap the two dates: ${JSON.stringify(`${end}/${start}`)}`,
    };
  }
  const last = endMs > startMs ? DateTime.fromMillis(endMs - 1, { zone }) : from.at;
  return {
    ok: true,
    span: {
      start: startMs,
      end: endMs,
      startDay: from.at.toFormat("yyyy-MM-dd"),
      endDay: last.toFormat("yyyy-MM-dd"),
    },
  };
}

/**
 * Reads a feature's `when` (or a step's) in `zone`.
 * @param value the property as parsed from JSON
 * @param zone IANA time zone of the site, e.g. `"Asia/Baghdad"`
 * @returns the span in milliseconds, or the problem (without the feature's name) and its fix
 */
export function readWhen(value: unknown, zone: string): WhenReading {
  if (typeof value === "string") {
    const parts = value.split("/");
    if (parts.length === 2) return readSpan(parts[0]!, parts[1]!, zone, formatValue(value));
    if (parts.length > 2)
      return {
        ok: false,
        message: `"when": ${formatValue(value)} is not an ISO 8601 date or span`,
        fix: `write ${examples}`,
      };
    return readSpan(value, value, zone, formatValue(value));
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const unknown = Object.keys(record).filter((key) => key !== "start" && key !== "end");
    if (unknown.length > 0 || typeof record.start !== "string" || typeof record.end !== "string") {
      return {
        ok: false,
        message: `"when" as an object must have exactly "start" and "end" dates, found ${formatValue(value)}`,
        fix: 'write {"start": "2008-03-25", "end": "2008-03-31"}, or a span "2008-03-25/2008-03-31"',
      };
    }
    return readSpan(record.start, record.end, zone, formatValue(value));
  }
  return {
    ok: false,
    message: `"when" must be an ISO 8601 date or span, found ${formatValue(value)}`,
    fix: `write ${examples}`,
  };
}

/**
 * True when `span` overlaps `step`: any moment of it falls in the step (a moment's span is true
 * in the step it falls in; a step's start is in it, its end is not).
 */
export function overlaps(span: TimeSpan, step: TimeSpan): boolean {
  if (span.end === span.start)
    return span.start >= step.start && span.start < Math.max(step.end, step.start + 1);
  return span.start < Math.max(step.end, step.start + 1) && span.end > step.start;
}
