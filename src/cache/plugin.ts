/**
 * The build cache's part in a build: after a whole build that succeeded (`npm run build`, not the
 * dev server's rebuilds, which may render only some pages), entries the build did not use are
 * deleted, so `.cache/dispatch/` holds what the site needs now and no more.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { BuildCache } from "./build-cache.ts";

/** Options of {@link cachePlugin}. */
export interface CachePluginOptions {
  /** This build's cache, from `openBuildCache`. */
  cache: BuildCache;
}

/** Registers the pruning of `options.cache` at the end of a build (`eleventy.after`). */
export default function cachePlugin(eleventyConfig: UserConfig, options: CachePluginOptions): void {
  eleventyConfig.on("eleventy.after", ({ runMode }: { runMode?: string }) => {
    if (runMode === "build") options.cache.prune();
  });
}
