/** Markdown: sets Eleventy's markdown library to Dispatch's markdown-it instance. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { createMarkdown, type MarkdownOptions } from "./index.ts";

/** Registers Dispatch's markdown-it as the library for `.md` templates. */
export default function markdownPlugin(eleventyConfig: UserConfig, options: MarkdownOptions): void {
  eleventyConfig.setLibrary("md", createMarkdown(options));
}
