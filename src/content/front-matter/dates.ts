/**
 * Dates from front matter, read and shown with luxon in the site's time zone, so a page says the
 * same date whatever the time zone of the machine that builds it.
 */
import { DateTime } from "luxon";
import { rememberer } from "../../shared/memo.ts";
import { isDateOnly, parseFrontMatterDate } from "../../shared/iso-date.ts";

export { impossibleOffset, isDateOnly, parseFrontMatterDate } from "../../shared/iso-date.ts";

/** True when `value` is `YYYY-MM-DD` and that day exists. */
export function isCalendarDate(value: string): boolean {
  return (
    isDateOnly(value) && value === value.trim() && DateTime.fromISO(value, { zone: "UTC" }).isValid
  );
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
