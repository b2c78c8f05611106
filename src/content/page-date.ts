/**
 * A page's `date` for Eleventy and the publication rules: a post's is the post store's, read
 * once in the site's time zone; any other page's is read from its text in that zone.
 */
import type { DateTime } from "luxon";
import { FrontMatterError } from "../errors.ts";
import { parseFrontMatterDate } from "./front-matter/dates.ts";
import { inputFrontMatter, storedDate } from "./store.ts";

/**
 * The stored date of the post at `inputPath` when `value` is the `date` it was read from, else
 * `undefined` (a page that is not a post, a date the data cascade changed).
 * @param inputPath as Eleventy names it, `./posts/basra/index.md`
 */
export function storedPublished(
  value: unknown,
  inputPath: string | undefined,
): DateTime | undefined {
  return storedDate(inputPath, "published", value)?.at;
}

/**
 * Eleventy's date parsing (`addDateParsing`) of a page's `date`: the post store's date for a
 * post ({@link storedPublished}), any other text read in `zone` ({@link parseFrontMatterDate}).
 * @param value the page's `date` as its data has it
 * @param inputPath as Eleventy names it, `./pages/about.md`
 * @param zone IANA time zone of the site
 * @returns the date, or `undefined` to leave Eleventy's own reading (no date, or a `Date`)
 * @throws FrontMatterError naming the file and the line of `date` when it is not a date
 */
export function pageDate(value: unknown, inputPath: string, zone: string): DateTime | undefined {
  if (value === undefined || value instanceof Date) return undefined;
  const stored = storedPublished(value, inputPath);
  if (stored) return stored;
  const parsed = typeof value === "string" ? parseFrontMatterDate(value, zone) : undefined;
  if (parsed) return parsed;
  const { file, frontMatter } = inputFrontMatter(inputPath);
  throw new FrontMatterError([
    {
      file,
      line: frontMatter.lineOf(["date"]),
      message: `front matter field "date": ${JSON.stringify(value)} is not a date`,
      fix: "write the date as YYYY-MM-DD, e.g. date: 2008-03-27",
    },
  ]);
}
