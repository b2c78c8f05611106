/**
 * A feed as its templates read it ({@link Feed}), where it is published ({@link FeedPlace}), and
 * its JSON Feed text ({@link jsonFeedText}): the one shape every feed of the site has (the site's,
 * each topic's, each author's, each series'), written as Atom by `layouts/partials/atom-feed.njk`
 * and as JSON Feed 1.1 by {@link jsonFeedText}.
 */
import { jsonFeed, type FeedEntry, type FeedHead } from "./entries.ts";

/** Who a feed is by: Atom's feed-level `<author>` (RFC 4287 §4.2.1), JSON Feed's `authors`. */
export interface FeedPerson {
  name: string;
  /** Absolute URL of a page about them: Atom `<uri>`, JSON Feed `url`. */
  url?: string;
}

/** What a feed template renders. */
export interface Feed {
  head: FeedHead;
  /** The feed-level author: the site's publisher, or the author an author's feed follows. */
  author: FeedPerson;
  /** The feed's `updated`, RFC 3339: see `feedUpdated` in `./entries.ts`. */
  updated: string;
  entries: FeedEntry[];
}

/** Where and under what name a feed is published; paths are root-relative, without the prefix. */
export interface FeedPlace {
  /** The feed's own path: `/feed.xml`, `/tags/iraq/feed.xml`, `/authors/ali-hassan/feed.json`. */
  feedPath: string;
  /** The page the feed follows: `/`, `/tags/iraq/`. @default "/" */
  homePath?: string;
  /** @default the site title */
  title?: string;
  /** @default the site description */
  description?: string;
  /**
   * The feed-level author, whose `url` is root-relative (made absolute with the feed's URLs).
   * @default the site's publisher, without a URL
   */
  author?: FeedPerson;
}

/**
 * The JSON Feed 1.1 document of `feed` (https://www.jsonfeed.org/version/1.1/), as text indented
 * by two spaces: `jsonFeed` of `./entries.ts` (the one JSON writer of the site's feeds), with the
 * feed's own `authors` (`[{ "name": "Ali Hassan", "url": "https://…/authors/ali-hassan/" }]` on an
 * author's feed, the publisher elsewhere).
 */
export function jsonFeedText(feed: Feed): string {
  const document = jsonFeed(feed.head, feed.entries);
  const author = { name: feed.author.name, ...(feed.author.url ? { url: feed.author.url } : {}) };
  return JSON.stringify({ ...document, authors: [author] }, null, 2);
}
