/**
 * Markdown: sets Eleventy's markdown library to Dispatch's markdown-it instance, whose posts'
 * bodies are kept in the build cache between builds (`src/markdown/body-cache.ts`), and gives
 * every page's front-matter `title` and `summary` the body's smart typography.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import MarkdownIt from "markdown-it";
import type { BuildCache } from "../cache/build-cache.ts";
import { cacheBodies, type BodyCacheCounts } from "./body-cache.ts";
import { createMarkdown, type MarkdownOptions } from "./index.ts";
import { createRenderEffects } from "./render-effects.ts";
import { tableOfContents, type HeadingStore } from "./table-of-contents.ts";
import { smartTypography } from "./typography.ts";

const inlineRenderer = new MarkdownIt({ html: false, typographer: true, linkify: false });

/**
 * Renders one line of Markdown inline syntax (emphasis, links, code) from front matter, such as
 * a correction's text, as HTML without a paragraph. Raw HTML is shown as text, not run.
 */
export function inlineMarkdown(text: string): string {
  return inlineRenderer.renderInline(String(text ?? ""));
}

/** Front-matter fields shown as text that get smart typography ({@link smartTypography}). */
export const typographicFields = ["title", "summary"] as const;

/**
 * Eleventy computed data (https://www.11ty.dev/docs/data-computed/) that replaces each of
 * {@link typographicFields} with its smart-typography text, so that every template, list, feed
 * and metadata module reads the curled text. Values that are not text pass through. A page's own
 * `eleventyComputed.title` (tag, author and series pages) takes precedence.
 */
export function typographyComputedData(
  language: string,
): Record<(typeof typographicFields)[number], (data: Record<string, unknown>) => unknown> {
  const field =
    (name: (typeof typographicFields)[number]) =>
    (data: Record<string, unknown>): unknown => {
      const value = data[name];
      return typeof value === "string" ? smartTypography(value, language) : value;
    };
  return { title: field("title"), summary: field("summary") };
}

/** Options of {@link markdownPlugin}. */
export interface MarkdownPluginOptions extends Omit<MarkdownOptions, "headings" | "warn"> {
  /**
   * Fewest `##` headings a post needs for a table of contents (`site.toc.minHeadings`).
   * @default 3
   */
  tocMinHeadings?: number;
  /**
   * The build cache (`.eleventy.ts`), where each post's rendered body is kept between builds.
   * @default none: every body is rendered
   */
  cache?: BuildCache | undefined;
}

/**
 * With `DISPATCH_DEBUG` set, prints after each build how many posts' bodies were read from the
 * build cache and how many were rendered: `Body cache: 998 read, 2 rendered`.
 */
function reportBodyCounts(eleventyConfig: UserConfig, counts: Readonly<BodyCacheCounts>): void {
  let before = { ...counts };
  eleventyConfig.on("eleventy.before", () => {
    before = { ...counts };
  });
  eleventyConfig.on("eleventy.after", () => {
    if (!process.env.DISPATCH_DEBUG) return;
    const read = counts.read - before.read;
    const rendered = counts.rendered - before.rendered;
    console.log(`Body cache: ${read} read, ${rendered} rendered`);
  });
}

/**
 * Registers Dispatch's markdown-it as the library for `.md` templates (posts' bodies read from and
 * written to `options.cache` when given), the filters
 * `inlineMarkdown` and `tableOfContents` (`page.inputPath | tableOfContents(toc)`: the entries
 * of the post's table of contents, or `undefined`), and smart typography for titles and deks.
 */
export default function markdownPlugin(
  eleventyConfig: UserConfig,
  options: MarkdownPluginOptions,
): void {
  const headings: HeadingStore = new Map();
  const { cache, tocMinHeadings, ...markdownOptions } = options;
  const effects = createRenderEffects({ mapFiles: options.mapFiles, headings });
  const md = createMarkdown({
    ...markdownOptions,
    mapFiles: effects.mapFiles,
    headings: effects.headings,
    warn: effects.warn,
  });
  if (cache) {
    const settings = { language: options.language, tiles: options.tiles, tocMinHeadings };
    reportBodyCounts(eleventyConfig, cacheBodies(md, { cache, effects, settings }));
  }
  eleventyConfig.setLibrary("md", md);
  eleventyConfig.addFilter("tableOfContents", (inputPath: string, setting?: boolean) =>
    tableOfContents(headings.get(inputPath) ?? [], {
      minHeadings: tocMinHeadings ?? 3,
      setting,
    }),
  );
  eleventyConfig.addFilter("inlineMarkdown", inlineMarkdown);
  eleventyConfig.addGlobalData(
    "eleventyComputed",
    typographyComputedData(options.language ?? "en"),
  );
}
