/**
 * Drafts and scheduled posts: a post with `draft: true`, or whose `date` is still in the future
 * in the site's time zone, is published only by the dev server. A production build leaves it out
 * before anything reads it: no page, no collection entry, so no list, tag page, feed item,
 * sitemap entry, search entry or related-post link.
 */
import { DateTime } from "luxon";
import { parseFrontMatterDate } from "./front-matter/dates.ts";

/** Why a post is not (yet) public. */
export type Unpublished = "draft" | "scheduled";

/**
 * Returns why a page is not public at `now`, or `undefined` when it is.
 * @param data the page's front matter: `draft` (true keeps it back) and `date`: the post store's
 *   (a luxon `DateTime`), or as written (`2008-03-27`, `2008-03-27T14:30`, with or without
 *   offset), read in `zone`
 * @param now the moment of the build
 * @param zone IANA time zone of the site, e.g. `"UTC"` or `"Asia/Baghdad"`
 */
export function unpublished(
  data: { draft?: unknown; date?: unknown },
  now: DateTime,
  zone: string,
): Unpublished | undefined {
  if (data.draft === true) return "draft";
  const date = DateTime.isDateTime(data.date)
    ? data.date
    : typeof data.date === "string"
      ? parseFrontMatterDate(data.date, zone)
      : data.date instanceof Date
        ? DateTime.fromJSDate(data.date, { zone })
        : undefined;
  if (date && date > now) return "scheduled";
  return undefined;
}
