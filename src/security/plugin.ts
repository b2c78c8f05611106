/**
 * Security: the Content-Security-Policy as a `<meta>` element on every page (global data `csp`,
 * for hosts such as GitHub Pages that cannot send headers) and as a `_headers` file in the output
 * for hosts that read one.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteSettings } from "../site.ts";
import { contentSecurityPolicy, headersFile } from "./csp.ts";

/** Options of {@link securityPlugin}. */
export interface SecurityOptions {
  /** The site settings; the tile host is allowed for images. */
  site: Pick<SiteSettings, "tiles">;
}

/** Registers the policy for layouts and writes `_headers` after each build. */
export default function securityPlugin(eleventyConfig: UserConfig, options: SecurityOptions): void {
  eleventyConfig.addGlobalData("csp", contentSecurityPolicy(options.site, "meta"));
  eleventyConfig.on(
    "eleventy.after",
    async ({ directories }: { directories: { output: string } }) => {
      await writeFile(path.join(directories.output, "_headers"), headersFile(options.site));
    },
  );
}
