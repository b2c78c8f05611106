/**
 * Search indexing while the build writes: each HTML page Eleventy writes is handed to the build's
 * {@link SiteIndexer} (Pagefind, a process of its own) as it is written, so the search index is
 * made on the other core while Eleventy renders the rest. The build (`src/cli/build.ts`) starts the
 * indexer and finishes it; the dev server indexes after each rebuild instead (`./plugin.ts`).
 * Kept on `globalThis`, since Eleventy may load the plugin's module more than once.
 */
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteIndexer } from "./index-site.ts";

const indexerKey = Symbol.for("dispatch.siteIndexer");

/** Makes `indexer` the one pages are handed to, or none (`undefined`) after a build. */
export function useSiteIndexer(indexer: SiteIndexer | undefined): void {
  (globalThis as Record<symbol, unknown>)[indexerKey] = indexer;
}

function currentIndexer(): SiteIndexer | undefined {
  return (globalThis as Record<symbol, unknown>)[indexerKey] as SiteIndexer | undefined;
}

/**
 * Registers the transform `dispatch-search-index`, which hands each HTML page's final content to
 * the build's indexer, if there is one. It must be the last transform registered (add this plugin
 * last), so that Pagefind reads what is written: the path prefix applied, images in place.
 */
export default function pageIndexingPlugin(eleventyConfig: UserConfig): void {
  let output = "";
  eleventyConfig.on(
    "eleventy.before",
    ({ directories }: { directories: { output: string } }) => (output = directories.output),
  );
  eleventyConfig.addTransform(
    "dispatch-search-index",
    function (
      this: { page?: { outputPath?: string | false }; baseHref?: string },
      content: string,
    ) {
      const outputPath = this.page?.outputPath;
      const indexer = currentIndexer();
      // Feeds run transforms over a post's content (renderTransforms, with a baseHref): not a page.
      if (
        indexer &&
        !this.baseHref &&
        typeof outputPath === "string" &&
        outputPath.endsWith(".html")
      ) {
        indexer.add(path.relative(output, outputPath), content);
      }
      return content;
    },
  );
}
