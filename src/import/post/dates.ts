/**
 * A WordPress post's date: `wp:post_date` (the old site's local time) with the offset
 * `wp:post_date_gmt` gives it, and whether the old URL's day is the post's day in the site's zone.
 */
import { DateTime } from "luxon";

const zeroDate = /^0000-00-00/;

/**
 * The post's date with its original offset: `wp:post_date` `2008-03-27 14:32:00` and
 * `wp:post_date_gmt` `2008-03-27 11:32:00` give `2008-03-27T14:32:00+03:00`. Without a GMT date
 * (drafts have `0000-00-00 00:00:00`) the local time has no offset and is read in the site's
 * time zone. Returns undefined when the local date is missing or not a date.
 */
export function wordpressDate(local: string, gmt: string): string | undefined {
  const pattern = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})$/;
  const localMatch = pattern.exec(local);
  if (!localMatch || zeroDate.test(local)) return undefined;
  const iso = `${localMatch[1]}T${localMatch[2]}`;
  const gmtMatch = pattern.exec(gmt);
  if (!gmtMatch || zeroDate.test(gmt)) return iso;
  const minutes = Math.round(
    (Date.parse(`${iso}Z`) - Date.parse(`${gmtMatch[1]}T${gmtMatch[2]}Z`)) / 60000,
  );
  const sign = minutes < 0 ? "-" : "+";
  const hours = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0");
  return `${iso}${sign}${hours}:${String(Math.abs(minutes) % 60).padStart(2, "0")}`;
}

/**
 * The old URL's day (`/2008/03/27/…`) when it is not the post's day in `timeZone` (a post at 23:30
 * at `-04:00` is the next day in UTC): both days, `YYYY-MM-DD`; undefined when they agree or the
 * old URL has no day.
 * @param alias the old URL's path
 * @param date the post's date, ISO 8601 ({@link wordpressDate})
 * @param timeZone the site's time zone (IANA)
 */
export function dayShift(
  alias: string | undefined,
  date: string,
  timeZone: string,
): { oldDay: string; siteDay: string } | undefined {
  const match = /^\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(alias ?? "");
  if (!match) return undefined;
  const oldDay = `${match[1]}-${match[2]}-${match[3]}`;
  const siteDay = DateTime.fromISO(date, { zone: timeZone }).setZone(timeZone).toISODate();
  return siteDay && siteDay !== oldDay ? { oldDay, siteDay } : undefined;
}
