/**
 * Content: front matter read as YAML text, dates in the site's time zone, and the `posts`
 * collection. Registers the filters `readableDate` and `isoDate`.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { FrontMatterError } from "../errors.ts";
import { isoDate, parseFrontMatterDate, readableDate, type DateInput } from "./dates.ts";
import { readFrontMatterYaml } from "./front-matter.ts";
import { postsGlob, postsNewestFirst, type PostItem } from "./collections.ts";
import { frontMatterFieldLine, readInput } from "./source-lines.ts";

/** Options of {@link contentPlugin}. */
export interface ContentOptions {
  /**
   * IANA time zone in which dates are read and shown.
   * @default "UTC"
   */
  timeZone?: string;
  /**
   * BCP 47 language of month names.
   * @default "en"
   */
  language?: string;
}

/** Registers front-matter parsing, date handling and the `posts` collection. */
export default function contentPlugin(
  eleventyConfig: UserConfig,
  options: ContentOptions = {},
): void {
  const zone = options.timeZone ?? "UTC";
  const language = options.language ?? "en";

  eleventyConfig.setFrontMatterParsingOptions({ engines: { yaml: readFrontMatterYaml } });

  eleventyConfig.addDateParsing(function (this: { page: { inputPath: string } }, value: unknown) {
    if (typeof value !== "string") return undefined;
    const parsed = parseFrontMatterDate(value, zone);
    if (parsed) return parsed;
    const { file, source } = readInput(this.page.inputPath);
    throw new FrontMatterError([
      {
        file,
        line: frontMatterFieldLine(source, "date") ?? 1,
        message: `front matter field "date": ${JSON.stringify(value)} is not a date`,
        fix: "write it as YYYY-MM-DD, e.g. date: 2008-03-27",
      },
    ]);
  });

  eleventyConfig.addFilter("readableDate", (date: DateInput) => readableDate(date, zone, language));
  eleventyConfig.addFilter("isoDate", (date: DateInput) => isoDate(date, zone));

  eleventyConfig.addCollection(
    "posts",
    (collectionApi: { getFilteredByGlob(glob: string): PostItem[] }) =>
      postsNewestFirst(collectionApi.getFilteredByGlob(postsGlob), zone),
  );
}
