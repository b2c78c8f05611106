/** Markdown: sets Eleventy's markdown library to Dispatch's markdown-it instance. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import MarkdownIt from "markdown-it";
import { createMarkdown, type MarkdownOptions } from "./index.ts";

const inlineRenderer = new MarkdownIt({ html: false, typographer: true, linkify: false });

/**
 * Renders one line of Markdown inline syntax (emphasis, links, code) from front matter, such as
 * a correction's text, as HTML without a paragraph. Raw HTML is shown as text, not run.
 */
export function inlineMarkdown(text: string): string {
  return inlineRenderer.renderInline(String(text ?? ""));
}

/** Registers Dispatch's markdown-it as the library for `.md` templates. */
export default function markdownPlugin(eleventyConfig: UserConfig, options: MarkdownOptions): void {
  eleventyConfig.setLibrary("md", createMarkdown(options));
  eleventyConfig.addFilter("inlineMarkdown", inlineMarkdown);
}
