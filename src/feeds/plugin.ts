/**
 * Feeds: the site's Atom feed (`/feed.xml`) and JSON Feed (`/feed.json`), and the same two beside
 * the page of each topic, author and series (`/tags/<slug>/feed.xml` and `feed.json`,
 * `/authors/<slug>/…`, `/series/<slug>/…`: `./group-feeds.ts`), each with the newest
 * `site.lists.feedItems` posts in full, every URL absolute under the path prefix. Built on
 * `@11ty/eleventy-plugin-rss` (its date filters, and Eleventy's HtmlBasePlugin through the
 * `renderTransforms` filter, which makes every URL of a post's content absolute:
 * https://www.11ty.dev/docs/plugins/rss/).
 *
 * Registers the collection `groupFeeds`, the async filter `feed` (posts → {@link Feed}) and the
 * filters `jsonFeed`, `feedContent` and `feedLinksFor` (a page's autodiscovery links). Templates:
 * `pages/feed.xml.njk`, `pages/feed.json.njk`, `pages/{tag,author,series}-feeds.njk` (each
 * through `layouts/partials/group-feed.njk`); every Atom feed is written by
 * `layouts/partials/atom-feed.njk`, every JSON Feed by `jsonFeedText` (`./feed.ts`).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import { sortedPosts } from "../content/collections.ts";
import type { SiteSettings } from "../site.ts";
import { absoluteUrl, eleventyPathPrefix } from "../seo/urls.ts";
import { collectAuthors } from "../taxonomy/authors.ts";
import { collectSeries } from "../taxonomy/series.ts";
import { collectTags } from "../taxonomy/tags.ts";
import type { TaxonomyPost } from "../taxonomy/post.ts";
import { feedEntry, feedUpdated, rfc3339, type FeedEntry, type FeedPost } from "./entries.ts";
import { jsonFeedText, type Feed, type FeedPlace } from "./feed.ts";
import { feedLinksFor, groupFeeds } from "./group-feeds.ts";
import type { BuildCache } from "../cache/build-cache.ts";
import { cachedFeedContent } from "./feed-content.ts";
import { endMatterHtml, leadImageHtml, type JournalismData } from "./journalism.ts";

/** Options of {@link feedsPlugin}. */
export interface FeedsOptions {
  /**
   * The site settings: title, description, URL, path prefix, language, time zone, sizes, and the
   * tag authority of feed ids.
   */
  site: Pick<
    SiteSettings,
    | "title"
    | "description"
    | "url"
    | "tagAuthority"
    | "pathPrefix"
    | "language"
    | "timeZone"
    | "publisher"
    | "lists"
    | "authors"
  >;
  /**
   * The build cache, where each post's feed content is kept between builds.
   * @default none: feed content is made in every build
   */
  cache?: BuildCache | undefined;
}

/** A post as feeds read it from `collections.posts`: with its rendered content and page. */
type CollectionPost = FeedPost & TaxonomyPost & { content: string; data: { page: object } };

/** The site settings feeds read, with the path prefix as Eleventy has it. */
type FeedSite = FeedsOptions["site"];

/**
 * The `groupFeeds` collection: the Atom feed and the JSON Feed of every topic, author (those of
 * `site.authors` too) and series, with its posts newest first. Two names with one slug are the
 * taxonomy's to report (it stops the build); here the second is left out, as it has no page.
 */
function registerGroupFeeds(eleventyConfig: UserConfig, site: FeedSite): void {
  eleventyConfig.addCollection(
    "groupFeeds",
    (api: { getFilteredByGlob(glob: string): CollectionPost[] }) => {
      const posts = sortedPosts(api);
      return [
        ...groupFeeds("tag", collectTags(posts, site.language).tags, site.title),
        ...groupFeeds(
          "author",
          collectAuthors(posts, site.authors, site.language).authors,
          site.title,
        ),
        ...groupFeeds("series", collectSeries(posts, site.language).series, site.title),
      ];
    },
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
      const author = place.author ?? { name: site.publisher };
      const feed: Feed = {
        head: {
          title: place.title ?? site.title,
          description: place.description ?? site.description,
          language: site.language,
          homeUrl: absoluteUrl(place.homePath ?? "/", site),
          feedUrl: absoluteUrl(place.feedPath, site),
          publisher: site.publisher,
        },
        author: {
          name: author.name,
          ...(author.url ? { url: absoluteUrl(author.url, site) } : {}),
        },
        updated: rfc3339(feedUpdated(newest, site.timeZone)),
        entries,
      };
      return feed;
    },
  );
}

/** Registers the RSS plugin, the `groupFeeds` collection and the feed filters. */
export default function feedsPlugin(eleventyConfig: UserConfig, options: FeedsOptions): void {
  const site: FeedSite = {
    ...options.site,
    pathPrefix: eleventyPathPrefix(eleventyConfig, options.site.pathPrefix),
  };
  eleventyConfig.addPlugin(rssPlugin);
  registerGroupFeeds(eleventyConfig, site);

  const madeFor = madeForFeedsOnce(options.cache);
  eleventyConfig.addFilter(
    "feedContent",
    (html: string, pageUrl: string): string => madeFor(html, pageUrl).content,
  );
  eleventyConfig.addFilter("feedLinksFor", feedLinksFor);
  eleventyConfig.addFilter("jsonFeed", jsonFeedText);
  registerFeedFilter(eleventyConfig, site, madeFor);
}
