/**
 * Styles: the site's stylesheet, written at `/assets/css/site.css` by `pages/site.css.njk` from
 * the typeface's `@font-face` rules and `styles/site.css`, so a page waits for one stylesheet
 * before its first paint. Gives templates the global data `stylesheet` (the text of the source)
 * and watches the source, so `npm start` rebuilds when it is saved.
 */
import { existsSync, readFileSync } from "node:fs";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { ContentError } from "../errors.ts";

/** Options of {@link stylesPlugin}. */
export interface StylesOptions {
  /**
   * The stylesheet's source, relative to the project.
   * @default "styles/site.css"
   */
  source?: string;
}

/**
 * Registers the global data `stylesheet` and watches its source.
 * @throws ContentError naming the source, when a build reads it and it is missing
 */
export default function stylesPlugin(
  eleventyConfig: UserConfig,
  options: StylesOptions = {},
): void {
  const source = options.source ?? "styles/site.css";
  // Read at each build, so a saved change reaches the dev server's next build.
  eleventyConfig.addGlobalData("stylesheet", () => {
    if (!existsSync(source)) {
      throw new ContentError([
        {
          file: source,
          message: "the site's stylesheet is missing, so no page would have its layout",
          fix: `put it back (git checkout -- ${source}), or write one at ${source}`,
        },
      ]);
    }
    return readFileSync(source, "utf8");
  });
  eleventyConfig.addWatchTarget(source);
}
