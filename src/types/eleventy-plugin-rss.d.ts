/** Types for `@11ty/eleventy-plugin-rss` 3, which ships none. */
declare module "@11ty/eleventy-plugin-rss" {
  import type UserConfig from "@11ty/eleventy/UserConfig";
  /** Registers the feed filters (`dateToRfc3339`, …) and Eleventy's HtmlBasePlugin. */
  export default function rssPlugin(eleventyConfig: UserConfig, options?: object): void;
}
