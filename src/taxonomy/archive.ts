/**
 * The archive: every post grouped by year, then by month, newest first, with month names from
 * luxon in the site's time zone and language.
 */
import { DateTime } from "luxon";
import { isoDate } from "../content/front-matter/dates.ts";
import type { PostItem } from "../content/collections.ts";

/** The posts of one month. */
export interface ArchiveMonth<T> {
  /** `YYYY-MM`, for `<time datetime>` and the heading's id: `"2008-03"`. */
  key: string;
  /** 1–12. */
  month: number;
  /** The month's name in the site's language, standalone form: `"March"`. */
  name: string;
  /** Newest first. */
  posts: T[];
}

/** The posts of one year, by month. */
export interface ArchiveYear<T> {
  year: number;
  /** Newest month first. */
  months: ArchiveMonth<T>[];
  /** Number of posts in the year. */
  count: number;
}

/**
 * Groups `posts` (newest first, as `collections.posts` holds them) by the year and month of
 * their date in `zone` (an IANA name), keeping their order: newest year, newest month first.
 * @param language BCP 47 language of month names. @default "en"
 */
export function archiveByMonth<T extends PostItem>(
  posts: readonly T[],
  zone: string,
  language = "en",
): ArchiveYear<T>[] {
  const years: ArchiveYear<T>[] = [];
  for (const post of posts) {
    const key = isoDate(post.date, zone).slice(0, 7);
    const [year, month] = key.split("-").map(Number) as [number, number];
    let entry = years.find((candidate) => candidate.year === year);
    if (!entry) {
      entry = { year, months: [], count: 0 };
      years.push(entry);
    }
    let group = entry.months.find((candidate) => candidate.key === key);
    if (!group) {
      const name = DateTime.fromObject(
        { year, month, day: 1 },
        { zone, locale: language },
      ).toFormat("LLLL");
      group = { key, month, name, posts: [] };
      entry.months.push(group);
    }
    group.posts.push(post);
    entry.count++;
  }
  years.sort((a, b) => b.year - a.year);
  for (const entry of years) entry.months.sort((a, b) => b.month - a.month);
  return years;
}
