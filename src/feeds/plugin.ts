/**
 * Feeds: the site's Atom feed (`/feed.xml`), JSON Feed (`/feed.json`) and an Atom feed per tag
 * (`/tags/<slug>/feed.xml`), each with the newest `site.lists.feedItems` posts in full, every URL
 * absolute under the path prefix. Built on `@11ty/eleventy-plugin-rss` (its date filters, and
 * Eleventy's HtmlBasePlugin through the `renderTransforms` filter, which makes every URL of a
 * post's content absolute: https://www.11ty.dev/docs/plugins/rss/).
 *
 * Registers the collection `tagFeeds`, the async filter `feed` (posts → {@link Feed}) and the
 * filters `jsonFeed`, `feedContent` and `tagFeedFor`. Templates: `pages/feed.xml.njk`,
 * `pages/feed.json.njk`, `pages/tag-feed.xml.njk`, `layouts/partials/atom-feed.njk`.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import { sortedPosts } from "../content/collections.ts";
import type { SiteSettings } from "../site.ts";
import { weakRememberer } from "../shared/memo.ts";
import { absoluteUrl, eleventyPathPrefix } from "../seo/urls.ts";
import { collectTags } from "../taxonomy/tags.ts";
import type { TaxonomyPost } from "../taxonomy/post.ts";
import {
  feedEntry,
  feedUpdated,
  jsonFeed,
  rfc3339,
  type FeedEntry,
  type FeedHead,
  type FeedPost,
} from "./entries.ts";
import type { BuildCache } from "../cache/build-cache.ts";
import { cachedFeedContent } from "./feed-content.ts";
import { endMatterHtml, leadImageHtml, type JournalismData } from "./journalism.ts";

/** Options of {@link feedsPlugin}. */
export interface FeedsOptions {
  /** The site settings: title, description, URL, path prefix, language, time zone, sizes. */
  site: Pick<
    SiteSettings,
    "title" | "description" | "url" | "pathPrefix" | "language" | "timeZone" | "publisher" | "lists"
  >;
  /**
   * The build cache, where each post's feed content is kept between builds.
   * @default none: feed content is made in every build
   */
  cache?: BuildCache | undefined;
}

/** What a feed template renders. */
export interface Feed {
  head: FeedHead;
  /** The feed's `updated`, RFC 3339: see {@link feedUpdated}. */
  updated: string;
  entries: FeedEntry[];
}

/** Where and under what name a feed is published; paths are root-relative, without the prefix. */
export interface FeedPlace {
  /** The feed's own path: `/feed.xml`, `/tags/iraq/feed.xml`. */
  feedPath: string;
  /** The page the feed follows: `/`, `/tags/iraq/`. @default "/" */
  homePath?: string;
  /** @default the site title */
  title?: string;
  /** @default the site description */
  description?: string;
}

/** A post as feeds read it from `collections.posts`: with its rendered content and page. */
type CollectionPost = FeedPost & TaxonomyPost & { content: string; data: { page: object } };

/** Root-relative URL of a tag's Atom feed: `/tags/iraq/feed.xml`. */
export function tagFeedPath(slug: string): string {
  return `/tags/${slug}/feed.xml`;
}

/** A tag of the `tagFeeds` collection, as {@link tagFeedFor} reads it. */
type FeedTag = { slug: string; name: string };

/** One index by slug per list of tag feeds: a build hands every page the same `tagFeeds`. */
const rememberSlugs = weakRememberer<readonly FeedTag[], Map<string, FeedTag>>();

/** The first tag of each slug in `tags`, made once per list. */
function tagsBySlug(tags: readonly FeedTag[]): Map<string, FeedTag> {
  return rememberSlugs(tags, () => {
    const bySlug = new Map<string, FeedTag>();
    for (const tag of tags) if (!bySlug.has(tag.slug)) bySlug.set(tag.slug, tag);
    return bySlug;
  });
}

/**
 * The tag feed to announce on a page: the feed (its URL and its tag's name) of the tag whose page
 * (`/tags/<slug>/` or one of its numbered pages `/tags/<slug>/page/2/`) `pageUrl` is, or
 * undefined on any other page.
 * @param tags the `tagFeeds` collection
 */
export function tagFeedFor(
  pageUrl: unknown,
  tags: readonly FeedTag[] = [],
): { url: string; name: string } | undefined {
  if (typeof pageUrl !== "string") return undefined;
  let decoded: string;
  try {
    decoded = decodeURI(pageUrl);
  } catch {
    return undefined;
  }
  const slug = /^\/tags\/([^/]+)\/(?:page\/\d+\/)?$/u.exec(decoded)?.[1];
  const tag = slug === undefined ? undefined : tagsBySlug(tags).get(slug);
  return tag ? { url: tagFeedPath(tag.slug), name: tag.name } : undefined;
}

/** The site settings feeds read, with the path prefix as Eleventy has it. */
type FeedSite = FeedsOptions["site"];

/** The `tagFeeds` collection: each tag with its newest `site.lists.feedItems` posts. */
function registerTagFeeds(eleventyConfig: UserConfig, site: FeedSite): void {
  eleventyConfig.addCollection(
    "tagFeeds",
    (api: { getFilteredByGlob(glob: string): CollectionPost[] }) =>
      collectTags(sortedPosts(api), site.language).tags.map((group) => ({
        ...group,
        posts: group.posts.slice(0, site.lists.feedItems),
      })),
  );
}

/** What is made of one post for the feeds. */
interface MadeForFeeds {
  /** The post's rendered HTML the rest was made from. */
  html: string;
  /** {@link cachedFeedContent} of it. */
  content: string;
  /** The entry's HTML (lead image, content, end matter) and the same with absolute URLs. */
  entry?: { html: string; absolute: string };
}

/**
 * What is made of each post for the feeds, by page URL, for one feeds plugin. A post is in the
 * main feeds and in the feed of each of its tags: its feed content, and the same with what the
 * layout adds and every URL absolute, are made once, and again only when the post's rendered HTML
 * or what the layout adds changes (the dev server's rebuilds reuse them). The feed content is
 * read from `cache` when a build made it before.
 * @returns the function giving what is made of a post's HTML at its page URL
 */
function madeForFeedsOnce(cache?: BuildCache): (html: string, pageUrl: string) => MadeForFeeds {
  const madeForFeeds = new Map<string, MadeForFeeds>();
  return (html, pageUrl) => {
    const known = madeForFeeds.get(pageUrl);
    if (known && known.html === html) return known;
    const made: MadeForFeeds = { html, content: cachedFeedContent(html, { pageUrl }, cache) };
    madeForFeeds.set(pageUrl, made);
    return made;
  };
}

/**
 * The async filter `feed`: the newest posts of `posts` as a feed, their content made fit for feed
 * readers, then every URL made absolute by Eleventy's own transforms (HtmlBasePlugin, under the
 * path prefix).
 */
function registerFeedFilter(
  eleventyConfig: UserConfig,
  site: FeedSite,
  madeFor: (html: string, pageUrl: string) => MadeForFeeds,
): void {
  eleventyConfig.addAsyncFilter(
    "feed",
    async function (this: unknown, posts: readonly CollectionPost[], place: FeedPlace) {
      const renderTransforms = eleventyConfig.getFilter("renderTransforms") as (
        this: unknown,
        content: string,
        page: object,
        base: string,
      ) => Promise<string>;
      const newest = posts.filter((post) => post.url !== false).slice(0, site.lists.feedItems);
      const entries: FeedEntry[] = [];
      for (const post of newest) {
        const data = post.data as JournalismData;
        const made = madeFor(post.content, post.url as string);
        const html = leadImageHtml(data) + made.content + endMatterHtml(data, site);
        if (made.entry?.html !== html) {
          made.entry = {
            html,
            absolute: await renderTransforms.call(this, html, post.data.page, site.url),
          };
        }
        entries.push(feedEntry(post, made.entry.absolute, site));
      }
      const feed: Feed = {
        head: {
          title: place.title ?? site.title,
          description: place.description ?? site.description,
          language: site.language,
          homeUrl: absoluteUrl(place.homePath ?? "/", site),
          feedUrl: absoluteUrl(place.feedPath, site),
          publisher: site.publisher,
        },
        updated: rfc3339(feedUpdated(newest, site.timeZone)),
        entries,
      };
      return feed;
    },
  );
}

/** Registers the RSS plugin, the `tagFeeds` collection and the feed filters. */
export default function feedsPlugin(eleventyConfig: UserConfig, options: FeedsOptions): void {
  const site: FeedSite = {
    ...options.site,
    pathPrefix: eleventyPathPrefix(eleventyConfig, options.site.pathPrefix),
  };
  eleventyConfig.addPlugin(rssPlugin);
  registerTagFeeds(eleventyConfig, site);

  const madeFor = madeForFeedsOnce(options.cache);
  eleventyConfig.addFilter(
    "feedContent",
    (html: string, pageUrl: string): string => madeFor(html, pageUrl).content,
  );
  eleventyConfig.addFilter("tagFeedFor", tagFeedFor);
  eleventyConfig.addFilter("jsonFeed", (feed: Feed) =>
    JSON.stringify(jsonFeed(feed.head, feed.entries), null, 2),
  );
  registerFeedFilter(eleventyConfig, site, madeFor);
}
