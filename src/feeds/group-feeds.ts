/**
 * Feeds people follow: an Atom feed and a JSON Feed 1.1 beside the page of each topic, author and
 * series, at `<page>feed.xml` and `<page>feed.json` (`/tags/iraq/feed.xml`,
 * `/authors/ali-hassan/feed.json`, `/series/battle-for-the-south/feed.xml`), titled
 * "<name> — <site>", and the autodiscovery links (`<link rel="alternate">`, WHATWG HTML §4.6.7.1;
 * https://www.jsonfeed.org/version/1.1/#discovery) a page gives for its own feeds.
 *
 * A group's slug holds only letters, digits, marks and inner hyphens (`src/shared/slug.ts`), never
 * `/`, `.` or `%`, so a feed never leaves its group's folder; two names with one slug stop the
 * build before any feed is written (`src/taxonomy/groups.ts`).
 */
import { weakRememberer } from "../shared/memo.ts";
import { urlFolder, type Group } from "../taxonomy/groups.ts";
import type { FeedPlace } from "./feed.ts";

/** A kind of group that has feeds: `"tag"`, `"author"`, `"series"`. */
export type GroupKind = "tag" | "author" | "series";

/** Each feed format with its file name beside the group's page and its media type. */
export const feedFormats = {
  atom: { file: "feed.xml", type: "application/atom+xml" },
  json: { file: "feed.json", type: "application/feed+json" },
} as const;

/** A feed format: `"atom"` (RFC 4287) or `"json"` (JSON Feed 1.1). */
export type FeedFormat = keyof typeof feedFormats;

/** One feed of one group, as the feed templates paginate over them. */
export interface GroupFeed<T> {
  kind: GroupKind;
  format: FeedFormat;
  /** The group's slug: `ali-hassan`, `البصرة`. */
  slug: string;
  /** The group's name as shown: `Ali Hassan`. */
  name: string;
  /** The file beside the group's page: `feed.xml` or `feed.json`. */
  file: string;
  /** Where the feed is and what it is called, for the `feed` filter. */
  place: Required<Pick<FeedPlace, "feedPath" | "homePath" | "title" | "description">> &
    Pick<FeedPlace, "author">;
  /** The group's posts, newest first (the `feed` filter keeps the newest `feedItems`). */
  posts: T[];
}

/** A group as {@link groupFeeds} reads it: an author may have a bio. */
type FeedGroup<T> = Group<T> & { bio?: string };

/**
 * The title of a group's feed, its name first as in a feed reader's list:
 * `groupFeedTitle("Ali Hassan", "Dispatch")` → `"Ali Hassan — Dispatch"`.
 */
export function groupFeedTitle(name: string, siteTitle: string): string {
  return `${name} — ${siteTitle}`;
}

/** Root-relative path of a group's page, without the prefix: `/authors/ali-hassan/`. */
export function groupPagePath(kind: GroupKind, slug: string): string {
  return `/${urlFolder(kind)}/${slug}/`;
}

/** What a group's feed says it holds. */
function descriptionOf(kind: GroupKind, group: FeedGroup<unknown>): string {
  if (kind === "tag") return `Analysis tagged ${group.name}, newest first.`;
  if (kind === "series") return `The parts of the series ${group.name}, newest first.`;
  return group.bio ?? `Analysis by ${group.name}, newest first.`;
}

/**
 * The Atom feed and the JSON Feed of each group, in the order of `groups` (Atom first): two
 * items per group, author's feeds with the author as their feed-level author (linked to their
 * page).
 * @param kind what the groups are
 * @param groups tags (`collectTags`), authors (`collectAuthors`) or series (`collectSeries`)
 * @param siteTitle the site's title, the second half of every title
 */
export function groupFeeds<T>(
  kind: GroupKind,
  groups: readonly FeedGroup<T>[],
  siteTitle: string,
): GroupFeed<T>[] {
  return groups.flatMap((group) => {
    const homePath = groupPagePath(kind, group.slug);
    return (Object.keys(feedFormats) as FeedFormat[]).map((format) => ({
      kind,
      format,
      slug: group.slug,
      name: group.name,
      file: feedFormats[format].file,
      place: {
        feedPath: `${homePath}${feedFormats[format].file}`,
        homePath,
        title: groupFeedTitle(group.name, siteTitle),
        description: descriptionOf(kind, group),
        ...(kind === "author" ? { author: { name: group.name, url: homePath } } : {}),
      },
      posts: group.posts,
    }));
  });
}

/** An autodiscovery link: `<link rel="alternate" type="…" title="…" href="…">`. */
export interface FeedLink {
  /** `application/atom+xml` or `application/feed+json`. */
  type: string;
  /** `Ali Hassan — Dispatch`, `Ali Hassan — Dispatch (JSON Feed)`. */
  title: string;
  /** Root-relative path of the feed, without the prefix, not percent-encoded. */
  path: string;
}

/** One index by page path per list of group feeds: a build hands every page the same list. */
const rememberPages = weakRememberer<readonly GroupFeed<unknown>[], Map<string, FeedLink[]>>();

/** The feeds of each group page, by its path, made once per list. */
function linksByPage(feeds: readonly GroupFeed<unknown>[]): Map<string, FeedLink[]> {
  return rememberPages(feeds, () => {
    const byPage = new Map<string, FeedLink[]>();
    for (const feed of feeds) {
      const links = byPage.get(feed.place.homePath) ?? [];
      byPage.set(feed.place.homePath, links);
      links.push({
        type: feedFormats[feed.format].type,
        title: feed.format === "json" ? `${feed.place.title} (JSON Feed)` : feed.place.title,
        path: feed.place.feedPath,
      });
    }
    return byPage;
  });
}

/**
 * The feeds a page announces as its own: those of the topic, author or series whose page
 * (`/authors/ali-hassan/`, or a numbered page of a topic, `/tags/iraq/page/2/`) `pageUrl` is,
 * Atom first; `[]` on any other page, and for a URL that is not a string or not valid
 * percent-encoding.
 * @param pageUrl the page's root-relative URL (Eleventy's `page.url`), percent-encoded or not
 * @param feeds the `groupFeeds` collection
 */
export function feedLinksFor(
  pageUrl: unknown,
  feeds: readonly GroupFeed<unknown>[] = [],
): FeedLink[] {
  if (typeof pageUrl !== "string") return [];
  let decoded: string;
  try {
    decoded = decodeURI(pageUrl);
  } catch {
    return [];
  }
  const home = decoded.replace(/(?<=^\/[^/]+\/[^/]+\/)page\/\d+\/$/u, "");
  return linksByPage(feeds).get(home) ?? [];
}
