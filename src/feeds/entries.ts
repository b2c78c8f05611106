/**
 * Feed entries and feeds as plain data, shared by the Atom template (`pages/feed.xml.njk`,
 * `pages/tag-feed.xml.njk`) and the JSON Feed (`jsonFeed`). Dates are instants written in
 * RFC 3339 in UTC (`2008-03-27T00:00:00Z`), as Atom (RFC 4287 §3.3) and JSON Feed 1.1 ask.
 */
import { bylineNames, type Byline } from "../content/byline.ts";
import { parseFrontMatterDate } from "../content/front-matter/dates.ts";
import { postSlug } from "../content/permalinks/permalink.ts";
import { storedDate } from "../content/store.ts";
import { authorUrl, shareImageUrl } from "../seo/structured-data.ts";
import { absoluteUrl, type SiteOrigin } from "../seo/urls.ts";
import { canonicalLanguageTag } from "../i18n/direction.ts";
import { feedIdOf, type FeedIdSite } from "./feed-id.ts";

export { feedIdOf } from "./feed-id.ts";

/** The part of a post (an item of `collections.posts`) a feed reads. */
export interface FeedPost {
  /** Root-relative URL of the post's page, without the path prefix. */
  url: string | false;
  /** Publication instant, from `date` in the site's time zone. */
  date: Date;
  /** The post's source as Eleventy names it (`./posts/basra/index.md`): its dates are the post store's. */
  inputPath?: string;
  data: {
    /**
     * `date` as written in front matter (`2008-03-27`, `2008-03-30T23:30:00-04:00`): its calendar
     * date is the one in the post's feed id.
     */
    date?: unknown;
    /** The post's feed id from front matter (`id:`), an absolute URI such as a WordPress guid. */
    id?: string;
    /** `slug:` as written, when the post has one: its current slug (`src/feeds/feed-id.ts`). */
    slug?: string;
    /** `aliases:` as written: the first shaped like `/posts/<slug>/` names its first slug. */
    aliases?: readonly string[];
    title: string;
    summary?: string;
    /** The byline: a text (`James Glanz and Michael Kamber`) or a list of names. */
    author?: Byline;
    /** `updated` as written in front matter (`2008-03-28`, `2008-03-28T09:00`). */
    updated?: string;
    /** `lang`: the post's BCP 47 tag when it is not in the site's language. */
    lang?: string;
    tags?: readonly string[];
    image?: { src: string; alt: string };
  };
}

/** One entry of a feed, every URL absolute. */
export interface FeedEntry {
  /**
   * Permanent id: the post's `id` from front matter when it has one (an imported post's WordPress
   * guid, kept as written so subscribers see nothing old as new), else the tag URI of its
   * publication date and first slug ({@link postFeedId}).
   */
  id: string;
  /** The post's absolute URL. */
  url: string;
  title: string;
  summary?: string;
  /** The post in full, as HTML whose every URL is absolute. */
  contentHtml: string;
  /** `date`, RFC 3339. */
  published: string;
  /** `updated` from front matter, or `date` when there is none; RFC 3339. */
  updated: string;
  /**
   * The people of the byline, one per name (`bylineNames`), each with the absolute URL of their
   * author page: Atom `<author>` with `<name>` and `<uri>` (RFC 4287 §4.2.1), JSON Feed `authors`
   * with `name` and `url`. `[]` for a post with no author.
   */
  authors: { name: string; url: string }[];
  /** Tags as written. */
  tags: string[];
  /** Absolute URL of the post's share image (`src/share/`). */
  image?: string;
  /** The post's canonical BCP 47 tag, when it has `lang`: Atom `xml:lang`, JSON Feed `language`. */
  language?: string;
}

/** What a feed says about itself. */
export interface FeedHead {
  title: string;
  description: string;
  /** BCP 47 language of the feed. */
  language: string;
  /** Absolute URL of the page the feed follows (home page, tag page). */
  homeUrl: string;
  /** Absolute URL of this feed. */
  feedUrl: string;
  /** Who publishes the feed: feed-level author. */
  publisher: string;
}

/**
 * Writes an instant as RFC 3339 in UTC without fractions: `2008-03-27T00:00:00Z`.
 * @throws RangeError for an invalid date
 */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * The instant a post last changed: its `updated` front matter read in `zone` (the post store's
 * reading, for a post it holds), or its `date`.
 * @param zone IANA time zone of the site, in which `updated` without an offset is read
 */
export function updatedOf(post: FeedPost, zone: string): Date {
  const stored = storedDate(post.inputPath, "updated", post.data.updated);
  const updated =
    stored?.at ?? (post.data.updated ? parseFrontMatterDate(post.data.updated, zone) : undefined);
  return updated ? updated.toJSDate() : post.date;
}

/** The instant of a feed's `<updated>` when it has no entry: the Unix epoch, never build time. */
export const emptyFeedUpdated = new Date(0);

/**
 * The feed's `updated`: the latest `updated` (or `date`) of its posts, so that building again
 * never changes a feed whose posts did not change; the Unix epoch for a feed without posts.
 */
export function feedUpdated(posts: readonly FeedPost[], zone: string): Date {
  let newest: Date | undefined;
  for (const post of posts) {
    const updated = updatedOf(post, zone);
    if (!newest || updated > newest) newest = updated;
  }
  return newest ?? emptyFeedUpdated;
}

/** The last segment of a root-relative URL, decoded: `/posts/%D8%A7/` → `ا`. */
function lastSegment(url: string): string {
  const segment = url.replace(/\/+$/, "").split("/").at(-1) ?? "";
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The publication date of a post as its author wrote it: the post store's text of `date` (the
 * one its dates were read from), else `data.date` when it is text, else the instant in RFC 3339
 * UTC (a post given as data only, without front matter).
 */
function writtenPublished(post: FeedPost): string {
  const { date } = post.data;
  return (
    storedDate(post.inputPath, "published", date)?.written ??
    (typeof date === "string" ? date : rfc3339(post.date))
  );
}

/**
 * A post's permanent feed id (Atom `<id>`, RFC 4287 §4.2.6; JSON Feed `id`), as
 * `src/feeds/feed-id.ts` makes it: its `id:` as written, else
 * `tag:<authority>,<publication date as written in front matter>:<first slug>` (RFC 4151), so
 * the site's time zone never changes it. The current slug is the post's `slug:`, else its
 * folder's name made a slug; without a source path, the last part of its URL.
 * @throws ContentError naming `src/site.ts` when the site's tag authority is not one
 */
export function postFeedId(post: FeedPost, site: FeedIdSite): string {
  const currentSlug =
    post.inputPath !== undefined
      ? postSlug(post.inputPath, post.data.slug)
      : lastSegment(String(post.url));
  return feedIdOf(
    {
      id: post.data.id,
      currentSlug,
      aliases: post.data.aliases,
      published: writtenPublished(post),
    },
    site,
  );
}

/**
 * Builds a feed entry.
 * @param contentHtml the post's content, already fit for feeds and with absolute URLs
 * @param site the site's origin, path prefix, time zone and `tagAuthority` (for the id)
 * @throws Error for a post without a page (`url: false`), which no feed may list
 */
export function feedEntry(
  post: FeedPost,
  contentHtml: string,
  site: SiteOrigin & FeedIdSite & { timeZone: string },
): FeedEntry {
  if (post.url === false) throw new Error(`a post without a page cannot be in a feed`);
  const url = absoluteUrl(post.url, site);
  const language = post.data.lang ? canonicalLanguageTag(post.data.lang) : undefined;
  return {
    id: postFeedId(post, site),
    url,
    title: post.data.title,
    ...(post.data.summary ? { summary: post.data.summary } : {}),
    contentHtml,
    published: rfc3339(post.date),
    updated: rfc3339(updatedOf(post, site.timeZone)),
    authors: bylineNames(post.data.author).map((name) => ({ name, url: authorUrl(name, site) })),
    tags: [...(post.data.tags ?? [])],
    image: shareImageUrl(post.url, site),
    ...(language ? { language } : {}),
  };
}

/**
 * Returns a JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/) as an object ready for
 * `JSON.stringify`: `content_html` in full, `date_published` and `date_modified` in RFC 3339,
 * `tags`, `authors` (the feed's, and one per name of an item's byline), `image`, and an item's `language` when its post has `lang`. Valid with no entries (`"items": []`).
 */
export function jsonFeed(head: FeedHead, entries: readonly FeedEntry[]): Record<string, unknown> {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: head.title,
    home_page_url: head.homeUrl,
    feed_url: head.feedUrl,
    description: head.description,
    language: head.language,
    authors: [{ name: head.publisher }],
    items: entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      title: entry.title,
      ...(entry.summary ? { summary: entry.summary } : {}),
      content_html: entry.contentHtml,
      ...(entry.image ? { image: entry.image } : {}),
      date_published: entry.published,
      date_modified: entry.updated,
      ...(entry.authors.length > 0 ? { authors: entry.authors } : {}),
      ...(entry.tags.length > 0 ? { tags: entry.tags } : {}),
      ...(entry.language ? { language: entry.language } : {}),
    })),
  };
}
