/**
 * Search: bundles the search page's module (`src/client/search.ts`) into the output, and in the
 * dev server indexes the site after each rebuild. A production build indexes its staging folder
 * itself, before the swap (`src/cli/build.ts`), so that a failed index fails the build.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { bundleClientModule, bundleDuringBuild } from "../bundle.ts";
import { indexSite } from "./index-site.ts";

/** Options of {@link searchPlugin}. */
export interface SearchOptions {
  /**
   * Folder in the output the search module (`search.js`) is written to.
   * @default "assets/js"
   */
  moduleOutput?: string;
}

/** The client entry point, `src/client/search.ts`. */
export const searchEntry = fileURLToPath(new URL("../client/search.ts", import.meta.url));

/** Registers the search module bundle, and indexing after each dev-server build. */
export default function searchPlugin(
  eleventyConfig: UserConfig,
  options: SearchOptions = {},
): void {
  const moduleOutput = options.moduleOutput ?? "assets/js";
  bundleDuringBuild(eleventyConfig, (output) =>
    bundleClientModule(searchEntry, "search", path.join(output, moduleOutput)),
  );
  // The dev server re-indexes after each build without holding up the reload: search catches up
  // a moment later. One indexing runs at a time; saves during it are indexed once it ends.
  let indexing: Promise<void> | undefined;
  let again = false;
  const reindex = (output: string): void => {
    if (indexing) {
      again = true;
      return;
    }
    indexing = indexSite(output, { close: false })
      .then(({ pageCount }) => {
        console.log(`Search: indexed ${pageCount} page${pageCount === 1 ? "" : "s"}`);
      })
      .catch((error: unknown) => {
        // The site still serves; only search is stale until the next save.
        console.error((error as Error).message);
      })
      .finally(() => {
        indexing = undefined;
        if (again) {
          again = false;
          reindex(output);
        }
      });
  };
  eleventyConfig.on(
    "eleventy.after",
    ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
      if (runMode === "serve") reindex(directories.output);
    },
  );
  eleventyConfig.addWatchTarget(path.dirname(searchEntry));
}
