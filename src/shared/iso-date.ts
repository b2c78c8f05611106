/**
 * ISO 8601 dates as Dispatch reads them everywhere an author writes one (front matter, a map
 * feature's `when`): a calendar date, or a date and time with or without an offset, read with
 * luxon in the site's time zone so that a page says the same date whatever the time zone of the
 * machine that builds it. See https://www.iso.org/iso-8601-date-and-time-format.html and RFC 3339.
 */
import { DateTime } from "luxon";

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

/** True when `value` is a date without a time: `YYYY-MM-DD` (white space around it allowed). */
export function isDateOnly(value: string): boolean {
  return dateOnly.test(value.trim());
}
