/**
 * Security: the Content-Security-Policy as a `<meta>` element on every page (global data `csp`,
 * for hosts such as GitHub Pages that cannot send headers) and as a `_headers` file in the output
 * for hosts that read one, which lets other sites frame the embed pages the built pages offer
 * (`data-embed-page`, see `csp.ts`) and no other page.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteSettings } from "../site.ts";
import { warn } from "../errors.ts";
import { contentSecurityPolicy, framablePaths, headerRulesWarning, headersFile } from "./csp.ts";

/** Options of {@link securityPlugin}. */
export interface SecurityOptions {
  /** The site settings; the tile host is allowed for images. */
  site: Pick<SiteSettings, "tiles">;
}

/** Registers the policy for layouts and writes `_headers` after each build. */
export default function securityPlugin(eleventyConfig: UserConfig, options: SecurityOptions): void {
  eleventyConfig.addGlobalData("csp", contentSecurityPolicy(options.site, "meta"));
  // The embed pages each page offers, by output path: an incremental build (the dev server)
  // lists only the pages it wrote again, and the others keep what they offered, so that its
  // _headers is the one a whole build writes.
  const framable = new Map<string, string[]>();
  let warned: string | undefined;
  eleventyConfig.on(
    "eleventy.after",
    async ({
      directories,
      incremental,
      results,
    }: {
      directories: { output: string };
      incremental?: boolean;
      results?: Array<{ outputPath?: unknown; content?: unknown }>;
    }) => {
      if (!incremental) framable.clear();
      for (const result of results ?? []) {
        if (typeof result.outputPath !== "string" || typeof result.content !== "string") continue;
        framable.set(result.outputPath, framablePaths(result.content));
      }
      const paths = [...framable.values()].flat();
      await writeFile(path.join(directories.output, "_headers"), headersFile(options.site, paths));
      // Once per build, and once per count in the dev server, not at every save.
      const warning = headerRulesWarning(paths);
      if (warning && warning.message !== warned) warn(warning);
      warned = warning?.message;
    },
  );
}
