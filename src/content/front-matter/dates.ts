/**
 * Dates from front matter, read and shown with luxon in the site's time zone, so a page says the
 * same date whatever the time zone of the machine that builds it.
 */
import { DateTime } from "luxon";
import { rememberer } from "../../shared/memo.ts";

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
const dateTime = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;

/**
 * Reads a front-matter date string in `zone` (an IANA name such as `"UTC"` or `"Asia/Baghdad"`).
 *
 * - `2008-03-27` is a calendar date: midnight at the start of that day in `zone`, so that
 *   formatting in the same zone always gives 27 March 2008.
 * - `2008-03-27T14:30` or `2008-03-27 14:30` (no offset) is a wall-clock time in `zone`.
 * - `2008-03-27T14:30:00+03:00` (with an offset or `Z`) is that instant.
 *
 * Returns `undefined` when `value` is none of these, or names a day the calendar does not have
 * (`2008-02-30`); the caller reports it with its place. Other ISO 8601 forms (`2008`, `2008-03`,
 * week dates) are refused: a post's date is a day.
 */
export function parseFrontMatterDate(value: string, zone: string): DateTime | undefined {
  const text = value.trim();
  if (!dateOnly.test(text) && !dateTime.test(text)) return undefined;
  if (impossibleOffset(text) !== undefined) return undefined;
  const parsed = DateTime.fromISO(text.replace(" ", "T"), { zone });
  return parsed.isValid ? parsed : undefined;
}

/**
 * The time offset of a front-matter date when no place has it, as written: `+25:00`, `-14:30`,
 * `+03:75`; `undefined` when the offset is within -14:00 to +14:00 with minutes under 60, or
 * there is none. luxon would take `+25:00` and move the date a day.
 */
export function impossibleOffset(value: string): string | undefined {
  const offset = /\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(([+-])(\d{2}):?(\d{2})?)$/.exec(value.trim());
  if (!offset) return undefined;
  const [, written, , hours, minutes = "00"] = offset as unknown as [
    string,
    string,
    string,
    string,
    string?,
  ];
  if (Number(minutes) < 60 && Number(hours) * 60 + Number(minutes) <= 14 * 60) return undefined;
  return written;
}

/** True when `value` is `YYYY-MM-DD` and that day exists. */
export function isCalendarDate(value: string): boolean {
  return dateOnly.test(value) && DateTime.fromISO(value, { zone: "UTC" }).isValid;
}

/** True when `value` is a date without a time: `YYYY-MM-DD`. */
export function isDateOnly(value: string): boolean {
  return dateOnly.test(value.trim());
}

/** A date as templates hold it: an instant (`page.date`) or front-matter text (`"2008-03-27"`). */
export type DateInput = Date | string;

/**
 * Dates written as text, by date, zone and format: a build writes the same post's date on every
 * list that shows it (home, tag, author, series and archive pages, feeds), and luxon's formatting
 * is most of a list's cost.
 */
const remembered = rememberer<string>(50_000);

function dateKey(date: DateInput): string {
  return typeof date === "string" ? `s${date}` : `d${date.getTime()}`;
}

function toDateTime(date: DateInput, zone: string): DateTime {
  const parsed =
    typeof date === "string"
      ? parseFrontMatterDate(date, zone)
      : DateTime.fromJSDate(date, { zone });
  if (!parsed?.isValid) throw new RangeError(`not a date: ${String(date)}`);
  return parsed;
}

/**
 * Formats a date as a reader sees it, day month year in `zone`: `"27 March 2008"`.
 * @param locale BCP 47 language tag for month names. @default "en"
 * @throws RangeError when `date` is not a date
 */
export function readableDate(date: DateInput, zone: string, locale = "en"): string {
  return remembered(`r\u0000${dateKey(date)}\u0000${zone}\u0000${locale}`, () =>
    toDateTime(date, zone).setLocale(locale).toFormat("d LLLL yyyy"),
  );
}

/**
 * Formats a date as the calendar date in `zone`, ISO 8601 (`"2008-03-27"`), for `<time datetime>`.
 * @throws RangeError when `date` is not a date
 */
export function isoDate(date: DateInput, zone: string): string {
  return remembered(`i\u0000${dateKey(date)}\u0000${zone}`, () =>
    toDateTime(date, zone).toFormat("yyyy-MM-dd"),
  );
}
