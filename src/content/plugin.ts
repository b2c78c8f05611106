/**
 * Content: every post checked before each build (front matter and map blocks, all problems at
 * once), front matter read as YAML text, dates in the site's time zone, and the `posts`
 * collection. Registers the filters `readableDate`, `isoDate` and `href`.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { DateTime, IANAZone } from "luxon";
import { ContentError } from "../errors.ts";
import { checkPosts } from "./check-posts.ts";
import { isoDate, readableDate, type DateInput } from "./front-matter/dates.ts";
import { guardEngine } from "./engine-guard.ts";
import { sortedPosts, type PostItem } from "./collections.ts";
import { pageDate, storedPublished } from "./page-date.ts";
import { unpublished } from "./publication.ts";
import { storedPost } from "./store.ts";
import { href } from "../shared/urls.ts";
import { isPostSource, postUrl } from "./permalinks/permalink.ts";
import { copyPostAssets, postAssetsGlob, type WrittenPost } from "./post-assets.ts";
import { buildStarted, buildWritten, chooseRebuildMode } from "./rebuild-mode.ts";
import { removeStalePages } from "./stale-pages.ts";

/** Options of {@link contentPlugin}. */
export interface ContentOptions {
  /**
   * IANA time zone in which dates are read and shown.
   * @default "UTC"
   */
  timeZone?: string;
  /**
   * BCP 47 language of month names.
   * @default "en"
   */
  language?: string;
}

/**
 * True when drafts and scheduled posts are built: by the dev server (`npm start`), or by any
 * build when `DISPATCH_DRAFTS=1` (a preview deploy).
 * @param runMode Eleventy's run mode: `build`, `watch` or `serve`
 */
export function showsUnpublished(runMode: string | undefined): boolean {
  return runMode === "serve" || runMode === "watch" || process.env.DISPATCH_DRAFTS === "1";
}

/** A page's data as the publication rules read it. */
interface PublicationData {
  draft?: unknown;
  date?: unknown;
  page?: { inputPath?: string };
  eleventy?: { env?: { runMode?: string } };
}

/** `draft` and `date` of a page, its date the post store's when it is a post. */
function publicationOf(data: PublicationData): { draft?: unknown; date?: unknown } {
  return {
    draft: data.draft,
    date: storedPublished(data.date, data.page?.inputPath) ?? data.date,
  };
}

/**
 * The check before every build (it fills the post store) and, in the dev server, the choice of
 * an incremental or a full rebuild at each save.
 * @throws ContentError from the `eleventy.before` handler, listing every problem of every post
 */
function registerCheck(eleventyConfig: UserConfig, zone: string, language: string): void {
  // The dev server: a save that changes only a post's body rebuilds only the pages it shows on.
  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
    chooseRebuildMode(queue);
  });
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { input: string } }) => {
    buildStarted();
    const problems = checkPosts(directories.input, zone, language);
    if (problems.length > 0) throw new ContentError(problems);
  });
}

/**
 * Global data every page gets: its `permalink` and, for markdown-it's `env`, the lines before a
 * post's body, from the post store.
 */
function registerPostData(eleventyConfig: UserConfig): void {
  // Permalinks: a post is published at /posts/<slug>/ (its `slug:`, else its folder's name). Global
  // data is the lowest layer of the cascade, so a page's own `permalink` still wins; for any other
  // page the function returns undefined and Eleventy's default applies.
  // https://www.11ty.dev/docs/permalinks/
  eleventyConfig.addGlobalData(
    "permalink",
    () => (data: { slug?: unknown; page: { inputPath: string } }) =>
      isPostSource(data.page.inputPath) ? postUrl(data.page.inputPath, data.slug) : undefined,
  );
  // Map blocks and other Markdown problems name file lines: the store knows where a body starts.
  eleventyConfig.addGlobalData(
    "postBodyOffset",
    () => (inputPath: string) => storedPost(inputPath)?.frontMatter.bodyOffset,
  );
}

/**
 * After each build: a post's files copied beside its page and, in the dev server, the pages of
 * deleted or renamed posts (and of topics no post has any more) removed.
 */
function registerPostFiles(eleventyConfig: UserConfig): void {
  // A post's files (images, data, GeoJSON) are copied beside its page, wherever its slug puts it.
  eleventyConfig.addWatchTarget(postAssetsGlob);
  // The dev server: pages of deleted or renamed posts and of topics no post has any more are
  // removed after each build, before the search index is made again (registered first, and
  // synchronous, so before any other plugin's handler runs).
  let previousPages: WrittenPost[] = [];
  eleventyConfig.on(
    "eleventy.after",
    async ({
      results,
      runMode,
      incremental,
      directories,
    }: {
      results: WrittenPost[];
      runMode?: string;
      incremental?: boolean;
      directories: { output: string };
    }) => {
      if (runMode === "serve" || runMode === "watch") {
        buildWritten(
          incremental === true,
          results.map((result) => result.inputPath),
        );
        // An incremental build lists only what it wrote again: nothing can be told stale.
        if (!incremental) {
          removeStalePages(previousPages, results, directories.output);
          previousPages = results;
        }
      }
      await copyPostAssets(results);
    },
  );
}

/** Drafts and scheduled posts: left out of production builds before anything reads them. */
function registerPublication(eleventyConfig: UserConfig, zone: string): void {
  // https://www.11ty.dev/docs/config-preprocessors/
  const buildTime = DateTime.now();
  eleventyConfig.addPreprocessor("unpublished", "*", (data: PublicationData) => {
    if (showsUnpublished(data.eleventy?.env?.runMode)) return undefined;
    return unpublished(publicationOf(data), buildTime, zone) ? false : undefined;
  });
  eleventyConfig.addFilter("unpublished", (data: PublicationData) =>
    unpublished(publicationOf(data), DateTime.now(), zone),
  );
}

/** Dates: a page's `date` read in the site's time zone, and the filters that show dates. */
function registerDates(eleventyConfig: UserConfig, zone: string, language: string): void {
  eleventyConfig.addDateParsing(function (this: { page: { inputPath: string } }, value: unknown) {
    return pageDate(value, this.page.inputPath, zone);
  });
  eleventyConfig.addFilter("readableDate", (date: DateInput) => readableDate(date, zone, language));
  eleventyConfig.addFilter("isoDate", (date: DateInput) => isoDate(date, zone));
}

/**
 * Registers the pre-build check, front-matter parsing, date handling and the `posts` collection.
 * @throws Error at once when `timeZone` is not an IANA time zone
 */
export default function contentPlugin(
  eleventyConfig: UserConfig,
  options: ContentOptions = {},
): void {
  const zone = options.timeZone ?? "UTC";
  const language = options.language ?? "en";
  if (!IANAZone.isValidZone(zone)) {
    throw new Error(
      `src/site.ts: timeZone ${JSON.stringify(zone)} is not an IANA time zone such as "UTC" or "Asia/Baghdad"`,
    );
  }
  registerCheck(eleventyConfig, zone, language);
  // Front matter (YAML, JSON) hands Eleventy only a post's documented fields; no data files.
  guardEngine(eleventyConfig);
  registerPostData(eleventyConfig);
  registerPostFiles(eleventyConfig);
  registerPublication(eleventyConfig, zone);
  registerDates(eleventyConfig, zone, language);
  eleventyConfig.addFilter("href", href);
  eleventyConfig.addCollection(
    "posts",
    (collectionApi: { getFilteredByGlob(glob: string): PostItem[] }) =>
      sortedPosts(collectionApi).slice(),
  );
}
