/**
 * Taxonomy: the lists around the posts. Registers the collections `homePages` (the home page
 * cut into pages), `tagList` and `tagPages`, `authorList` and `seriesList`, and the filters
 * `readingMinutes`, `tagUrl`, `authorUrl`, `seriesUrl`, `findAuthor`, `bylineLinks`, `tagsOfPost`, `seriesPosition`,
 * `adjacentPosts`, `relatedPosts`, `archiveByMonth`, `frontPage` (the first home page's lead, top
 * stories and topic sections) and `storyVisual` (a post's picture in a list).
 *
 * Every list is built from the posts of `collections.posts` (`src/content/plugin.ts`) in its
 * order: newest first, equal dates by input path. Two tags, series or authors whose slugs are
 * the same stop the build with both places named.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { BuildCache } from "../cache/build-cache.ts";
import { ContentError, warn, type SourceLocation } from "../errors.ts";
import { sortedPosts } from "../content/collections.ts";
import { inputFrontMatter } from "../content/store.ts";
import type { Author, FrontPageSettings } from "../site.ts";
import { adjacentPosts } from "./adjacent.ts";
import { archiveByMonth } from "./archive.ts";
import type { Byline } from "../content/byline.ts";
import { authorUrl, bylineLinks, collectAuthors, findAuthor, type AuthorEntry } from "./authors.ts";
import type { Locate } from "./groups.ts";
import { frontPage } from "./front-page.ts";
import { paginate } from "./pages.ts";
import type { TaxonomyPost } from "./post.ts";
import { readingMinutes } from "./reading-time.ts";
import { relatedPostsAt } from "./related.ts";
import { collectSeries, seriesPosition, seriesUrl, type Series } from "./series.ts";
import { storyVisual } from "./story-visual.ts";
import { collectTags, tagPages, tagsOfPost, tagUrl, type Tag, type TagIndex } from "./tags.ts";

/** Options of {@link taxonomyPlugin}. */
export interface TaxonomyOptions {
  /**
   * Posts per page on the home page and on each tag page.
   * @default 10
   */
  postsPerPage?: number;
  /**
   * Most related posts listed under a post.
   * @default 3
   */
  relatedPosts?: number;
  /**
   * Reading speed for reading times, in words per minute.
   * @default 230
   */
  wordsPerMinute?: number;
  /**
   * BCP 47 language: month names in the archive, and the collation of tag and author indexes.
   * @default "en"
   */
  language?: string;
  /**
   * IANA time zone in which a post's date falls in a year and month of the archive.
   * @default "UTC"
   */
  timeZone?: string;
  /**
   * Writers with an author page even before they have a post.
   * @default []
   */
  authors?: readonly Author[];
  /**
   * The home page's lead, top stories and topic sections.
   * @default { topStories: 2, sections: [], postsPerSection: 4 }
   */
  frontPage?: FrontPageSettings;
  /**
   * The build cache, where each post's word count is kept between builds.
   * @default none: words are counted in every build
   */
  cache?: BuildCache | undefined;
}

/** A collection item as the taxonomy reads it, with its Markdown body. */
type Item = TaxonomyPost & { rawInput?: unknown };

interface CollectionApi {
  getFilteredByGlob(glob: string): Item[];
}

/** The file and line of a front-matter value, for problems. */
const locateInSource: Locate = (post, path): SourceLocation => {
  const { file, frontMatter } = inputFrontMatter(post.inputPath);
  return { file, line: frontMatter.lineOf(path) };
};

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`src/site.ts: ${name} must be a whole number of at least 1, not ${value}`);
  }
  return value;
}

/** The options with their defaults, checked. */
interface ResolvedTaxonomy {
  perPage: number;
  relatedLimit: number;
  wordsPerMinute: number;
  language: string;
  zone: string;
  siteAuthors: readonly Author[];
  front: FrontPageSettings;
}

/**
 * The options with their defaults.
 * @throws Error when a count is not a whole number of at least 1 (`topStories`: 0), or
 *   `frontPage.sections` is not a list of names
 */
function resolveOptions(options: TaxonomyOptions): ResolvedTaxonomy {
  const front = options.frontPage ?? { topStories: 2, sections: [], postsPerSection: 4 };
  const resolved: ResolvedTaxonomy = {
    perPage: positiveInteger("lists.postsPerPage", options.postsPerPage ?? 10),
    relatedLimit: positiveInteger("lists.relatedPosts", options.relatedPosts ?? 3),
    wordsPerMinute: positiveInteger("wordsPerMinute", options.wordsPerMinute ?? 230),
    language: options.language ?? "en",
    zone: options.timeZone ?? "UTC",
    siteAuthors: options.authors ?? [],
    front,
  };
  positiveInteger("frontPage.postsPerSection", front.postsPerSection);
  if (!Array.isArray(front.sections) || front.sections.some((name) => typeof name !== "string")) {
    throw new Error(
      `src/site.ts: frontPage.sections must be a list of topic names, e.g. sections: ["Iraq"], not ${JSON.stringify(front.sections)}`,
    );
  }
  if (!Number.isInteger(front.topStories) || front.topStories < 0) {
    throw new Error(
      `src/site.ts: frontPage.topStories must be a whole number of at least 0, not ${typeof front.topStories === "string" ? JSON.stringify(front.topStories) : String(front.topStories)}`,
    );
  }
  return resolved;
}

/** The same list as `collections.posts`: newest first, equal dates by input path. */
const postsOf = (api: CollectionApi) => sortedPosts(api);

/**
 * The collections `homePages`, `tagList`, `tagPages`, `authorList` and `seriesList`; two names
 * with one slug stop the build with a {@link ContentError}.
 */
function registerCollections(eleventyConfig: UserConfig, resolved: ResolvedTaxonomy): void {
  const { perPage, language, siteAuthors } = resolved;
  // The tags of one build's posts (its sorted list), gathered once for `tagList` and `tagPages`.
  const tagsOfBuild = new WeakMap<readonly Item[], TagIndex<Item>>();
  const tagsOf = (api: CollectionApi) => {
    const posts = postsOf(api);
    const index = tagsOfBuild.get(posts) ?? collectTags(posts, language, locateInSource);
    tagsOfBuild.set(posts, index);
    const { tags, problems } = index;
    if (problems.length > 0) throw new ContentError(problems);
    return tags;
  };

  eleventyConfig.addCollection("homePages", (api: CollectionApi) =>
    paginate(postsOf(api), perPage, "/"),
  );
  eleventyConfig.addCollection("tagList", (api: CollectionApi) => tagsOf(api));
  eleventyConfig.addCollection("tagPages", (api: CollectionApi) => tagPages(tagsOf(api), perPage));
  eleventyConfig.addCollection("authorList", (api: CollectionApi) => {
    const { authors, problems } = collectAuthors(
      postsOf(api),
      siteAuthors,
      language,
      locateInSource,
    );
    if (problems.length > 0) throw new ContentError(problems);
    return authors;
  });
  eleventyConfig.addCollection("seriesList", (api: CollectionApi) => {
    const { series, problems } = collectSeries(postsOf(api), language, locateInSource);
    if (problems.length > 0) throw new ContentError(problems);
    return series;
  });
}

/**
 * The filters a post's page asks about itself: `readingMinutes`, `tagUrl`, `authorUrl`,
 * `seriesUrl`, `findAuthor`, `bylineLinks` (a byline's names linked to their pages), `tagsOfPost`, `seriesPosition`, `adjacentPosts`, `relatedPosts`.
 */
function registerPostFilters(
  eleventyConfig: UserConfig,
  resolved: ResolvedTaxonomy,
  cache?: BuildCache,
): void {
  const { wordsPerMinute, relatedLimit } = resolved;
  eleventyConfig.addFilter("readingMinutes", (post: { rawInput?: unknown } | string) => {
    const markdown = typeof post === "string" ? post : post.rawInput;
    return readingMinutes(typeof markdown === "string" ? markdown : "", wordsPerMinute, cache);
  });
  eleventyConfig.addFilter("tagUrl", tagUrl);
  eleventyConfig.addFilter("authorUrl", authorUrl);
  eleventyConfig.addFilter("seriesUrl", seriesUrl);
  eleventyConfig.addFilter("findAuthor", (name: string | undefined, authors: AuthorEntry<Item>[]) =>
    findAuthor(name, authors),
  );
  eleventyConfig.addFilter(
    "bylineLinks",
    (byline: Byline | undefined, authors: AuthorEntry<Item>[], lang: string) =>
      bylineLinks(byline, authors, lang),
  );
  eleventyConfig.addFilter("tagsOfPost", (names: string[] | undefined, tags: Tag<Item>[]) =>
    tagsOfPost(names, tags),
  );
  eleventyConfig.addFilter("seriesPosition", (series: Series<Item>[], inputPath: string) =>
    seriesPosition(inputPath, series),
  );
  eleventyConfig.addFilter("adjacentPosts", (posts: Item[], inputPath: string) =>
    adjacentPosts(inputPath, posts),
  );
  // `linked`: the posts the page links to already (series parts, previous and next posts).
  eleventyConfig.addFilter(
    "relatedPosts",
    (posts: Item[], inputPath: string, linked: Array<Item | undefined> = []) => {
      const exclude = new Set(linked.flatMap((item) => (item ? [item.inputPath] : [])));
      return relatedPostsAt(inputPath, posts, relatedLimit, exclude);
    },
  );
}

/** The filters of list pages: `frontPage`, `storyVisual` and `archiveByMonth`. */
function registerListFilters(eleventyConfig: UserConfig, resolved: ResolvedTaxonomy): void {
  const { front, zone, language } = resolved;
  eleventyConfig.addFilter("frontPage", (posts: Item[], tags: Tag<Item>[]) => {
    const page = frontPage(posts, tags, front);
    page.problems.forEach(warn);
    return page;
  });
  eleventyConfig.addFilter("storyVisual", storyVisual);
  eleventyConfig.addFilter("archiveByMonth", (posts: Item[]) =>
    archiveByMonth(posts, zone, language),
  );
}

/**
 * Registers the taxonomy's collections and filters.
 * @throws Error at once when `postsPerPage`, `relatedPosts` or `wordsPerMinute` is not a whole
 *   number of at least 1
 */
export default function taxonomyPlugin(
  eleventyConfig: UserConfig,
  options: TaxonomyOptions = {},
): void {
  const resolved = resolveOptions(options);
  registerCollections(eleventyConfig, resolved);
  registerPostFilters(eleventyConfig, resolved, options.cache);
  registerListFilters(eleventyConfig, resolved);
}
