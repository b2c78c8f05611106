/**
 * Markdown: sets Eleventy's markdown library to Dispatch's markdown-it instance, and gives every
 * page's front-matter `title` and `summary` the body's smart typography.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import MarkdownIt from "markdown-it";
import { createMarkdown, type MarkdownOptions } from "./index.ts";
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
export interface MarkdownPluginOptions extends Omit<MarkdownOptions, "headings"> {
  /**
   * Fewest `##` headings a post needs for a table of contents (`site.toc.minHeadings`).
   * @default 3
   */
  tocMinHeadings?: number;
}

/**
 * Registers Dispatch's markdown-it as the library for `.md` templates, the filters
 * `inlineMarkdown` and `tableOfContents` (`page.inputPath | tableOfContents(toc)`: the entries
 * of the post's table of contents, or `undefined`), and smart typography for titles and deks.
 */
export default function markdownPlugin(
  eleventyConfig: UserConfig,
  options: MarkdownPluginOptions,
): void {
  const headings: HeadingStore = new Map();
  eleventyConfig.setLibrary("md", createMarkdown({ ...options, headings }));
  eleventyConfig.addFilter("tableOfContents", (inputPath: string, setting?: boolean) =>
    tableOfContents(headings.get(inputPath) ?? [], {
      minHeadings: options.tocMinHeadings ?? 3,
      setting,
    }),
  );
  eleventyConfig.addFilter("inlineMarkdown", inlineMarkdown);
  eleventyConfig.addGlobalData(
    "eleventyComputed",
    typographyComputedData(options.language ?? "en"),
  );
}
