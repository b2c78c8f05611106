/**
 * The fix offered for a front-matter value the schema refuses, written the way the author
 * writes front matter (YAML or JSON) and quoting what they wrote.
 */
import { englishMonths } from "../../shared/months.ts";
import { parse } from "yaml";
import { impossibleOffset, parseFrontMatterDate } from "./dates.ts";
import { offsetFix } from "./limits.ts";
import type { FrontMatter } from "./read.ts";
import { postSchema } from "./schema.ts";

/**
 * A date as the author meant it, when the digits are all there: `2010-5-4` → `2010-05-04`,
 * `2010/05/04` → `2010-05-04`; `undefined` when it cannot be read as one.
 */
export function suggestDate(text: string): string | undefined {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})([T ].*)?$/.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, time] = match as unknown as [string, string, string, string, string?];
  const date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const candidate = time ? `${date}${time.replace(/^T(\d):/, "T0$1:")}` : date;
  if (parseFrontMatterDate(candidate, "UTC")) return candidate;
  return parseFrontMatterDate(date, "UTC") ? date : undefined;
}

/** What a fix needs to know about one problem. */
export interface FixContext {
  /** Where the value is: `["tags", 1]`. */
  path: readonly PropertyKey[];
  /** zod's issue code: `invalid_type`, `custom`… */
  code: string;
  /** The value as YAML or JSON read it. */
  input: unknown;
  /** The value as the author wrote it, when there is one. */
  source: string | undefined;
  /** How the front matter is written: fixes are written the same way. */
  format: FrontMatter["format"];
}

/** `field: value` written as the author's front matter is: YAML or JSON. */
function assignment(format: FrontMatter["format"], field: string, yaml: string, json: string) {
  return format === "json" ? `"${field}": ${json}` : `${field}: ${yaml}`;
}

/**
 * One item of a YAML flow list as the author should write it: as is when YAML reads it back as
 * that text (`Iraq`), in double quotes when YAML would read something else (`2008`, `true`,
 * `null`, `a: b`, `[x`).
 * @param item the item's text, already trimmed
 * @returns the item ready to go between `[` and `]`
 */
function yamlListItem(item: string): string {
  try {
    const read: unknown = parse(`[${item}]`);
    if (Array.isArray(read) && read.length === 1 && read[0] === item) return item;
  } catch {
    // Not valid YAML on its own: quoted below.
  }
  return JSON.stringify(item);
}

/** Days of each month in a common year; February gains one in a leap year. */
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * The last day of a month that a date written `YYYY-MM-DD` (a time may follow) goes past, when
 * its month exists and its day does not: `2008-02-30` → `{ last: "2008-02-29", days: 29, month:
 * "February 2008" }`, `2009-04-31` → `2009-04-30`; `undefined` for a day that exists or text of
 * another shape. Leap years are the Gregorian calendar's (every 4th year, not centuries unless
 * divisible by 400).
 */
export function pastMonthEnd(
  text: string,
): { last: string; days: number; month: string } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  if (m < 1 || m > 12) return undefined;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = (monthDays[m - 1] as number) + (m === 2 && leap ? 1 : 0);
  if (d <= days) return undefined;
  return {
    last: `${year}-${month}-${days}`,
    days,
    month: `${englishMonths[m - 1] as string} ${year}`,
  };
}

/**
 * The fix for a date the schema refuses: the offset's range, a day past the end of its month,
 * the author's date written YYYY-MM-DD ({@link suggestDate}), or an example.
 * @param field `date`, `updated` or a correction's or citation's `date`
 * @param dateOnly true for a field that takes a calendar date only (a citation's `date`): a time
 *   written there is dropped, keeping the day as written
 */
function dateFix(
  input: unknown,
  field: string,
  format: FrontMatter["format"],
  dateOnly = false,
): string {
  const offset = typeof input === "string" ? impossibleOffset(input) : undefined;
  if (offset && !dateOnly) return offsetFix(offset, format, field);
  const pastEnd = typeof input === "string" ? pastMonthEnd(input) : undefined;
  if (pastEnd) {
    return `the day does not exist: ${pastEnd.month} has ${pastEnd.days} days; write a day that exists, e.g. ${assignment(format, field, pastEnd.last, JSON.stringify(pastEnd.last))}`;
  }
  const suggested = typeof input === "string" ? suggestDate(input) : undefined;
  const suggestion = dateOnly ? suggested?.slice(0, 10) : suggested;
  if (typeof input === "string" && suggestion) {
    const written = input.trim();
    // What the suggestion changed: the digits of month and day, or a time of day dropped.
    const padded = !written.startsWith(suggestion.slice(0, 10));
    const timeDropped = /[T ]/.test(written) && suggestion.length === 10;
    const what = [
      padded ? "write the date as YYYY-MM-DD, month and day in two digits" : "",
      timeDropped && dateOnly
        ? `${padded ? "and " : ""}write the day only: a source's date takes no time of day`
        : timeDropped
          ? `${padded ? "and " : ""}write the time of day as HH:MM from 00:00 to 23:59, or leave it out`
          : "",
    ]
      .filter(Boolean)
      .join(", ");
    const write = assignment(format, field, suggestion, JSON.stringify(suggestion));
    return what ? `${what}: ${write}` : `write ${write}`;
  }
  return `write the date as YYYY-MM-DD, e.g. ${assignment(format, field, "2008-03-27", '"2008-03-27"')}`;
}

/** What a fix calls a list's item, counted from 1: `citation 2`, `correction 1`. */
function itemName(list: string, index: number): string {
  return `${list.replace(/s$/, "")} ${index + 1}`;
}

/**
 * The fix for an address (`url:`, `archived:`) the schema refuses: `https://` before one
 * written without it (`archive.ph/AbCdE` → `archived: https://archive.ph/AbCdE`), white space
 * percent-encoded (`%20`), else what to write.
 */
function addressFix(input: unknown, field: string, format: FrontMatter["format"]): string {
  const written = typeof input === "string" ? input.trim() : "";
  const write = (url: string) => assignment(format, field, url, JSON.stringify(url));
  const encoded = written.replace(/\s/g, (c) => encodeURIComponent(c));
  if (/^https?:\/\/[^\s/]+\.[^\s/]+/i.test(written) && encoded !== written) {
    return `write each space as %20: ${write(encoded)}`;
  }
  if (
    /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#:]|$)/i.test(written) &&
    URL.canParse(`https://${encoded}`)
  ) {
    return `write the address with https:// (or http://) before it: ${write(`https://${encoded}`)}`;
  }
  return field === "archived"
    ? `write the archived copy's address, starting with https:// or http://: ${write("https://web.archive.org/web/20080327/https://example.org/article")}`
    : `write the work's address, starting with https:// or http://: ${write("https://example.org/article")}`;
}

/**
 * The fix for an item of a list of mappings (`citations`, `corrections`) that is not one
 * (`citations: [x]`): the item as a mapping, its text as the title or text.
 */
function mappingItemFix(
  list: string,
  index: number,
  input: unknown,
  format: FrontMatter["format"],
): string {
  const text = typeof input === "string" ? input : "…";
  const yaml =
    list === "corrections"
      ? `{date: 2008-03-28, text: ${JSON.stringify(text)}}`
      : `{title: ${JSON.stringify(text)}, publisher: The New York Times, url: https://example.org/article}`;
  const json =
    list === "corrections"
      ? `{"date": "2008-03-28", "text": ${JSON.stringify(text)}}`
      : `{"title": ${JSON.stringify(text)}, "publisher": "The New York Times", "url": "https://example.org/article"}`;
  return `write ${itemName(list, index)} as a mapping of its fields, e.g. ${assignment(format, list, `[${yaml}]`, `[${json}]`)}`;
}

/**
 * The fix for one value the schema refuses, written as the author's front matter is (YAML or
 * JSON) and quoting what they wrote (`1.50`, not YAML's `1.5`).
 * @returns the fix text, e.g. `put the value in quotes so YAML keeps it as text: "1.50"`
 */
export function fixFor({ path, code, input, source, format }: FixContext): string {
  const field = String(path[path.length - 1]);
  const json = format === "json";
  const top = path.length === 1;
  if (field === "date" || path[0] === "updated")
    return dateFix(input, field, format, path[0] === "citations");
  if (
    (path[0] === "citations" || path[0] === "corrections") &&
    path.length === 2 &&
    typeof path[1] === "number" &&
    code === "invalid_type" &&
    input !== null &&
    input !== undefined
  ) {
    return mappingItemFix(String(path[0]), path[1], input, format);
  }
  if (path[0] === "location")
    return json
      ? 'write "location": {"name": "Basra", "coordinates": [47.81, 30.515]}, coordinates as [longitude, latitude]'
      : "write location: {name: Basra, coordinates: [47.81, 30.515]}, coordinates as [longitude, latitude]";
  if (input === undefined) {
    const what = json ? `a "${field}" property` : `"${field}:"`;
    if (top) return `add ${what} to the front matter`;
    return typeof path[1] === "number"
      ? `add ${what} to ${itemName(String(path[0]), path[1])}`
      : `add ${what} under ${String(path[0])}`;
  }
  if (
    (path[0] === "tags" || path[0] === "aliases") &&
    top &&
    (typeof input === "string" || typeof input === "number" || typeof input === "boolean")
  ) {
    // `tags: 2008` is the number 2008: the fix is the whole answer at once, `tags: ["2008"]`,
    // not a quoted scalar that the next build would refuse as "not a list".
    const written = typeof input === "string" ? input : (source ?? String(input));
    const items = written
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean);
    return `write ${field} as a list: ${assignment(format, field, `[${items.map(yamlListItem).join(", ")}]`, `[${items.map((item) => JSON.stringify(item)).join(", ")}]`)}`;
  }
  if (
    (input === null || (typeof input === "string" && input.trim() === "")) &&
    typeof path[path.length - 1] === "number"
  ) {
    // `tags: [Iraq, null]`, `tags: [Iraq, ]` or a `- ` with nothing after it.
    const list = path.slice(0, -1).map(String).join(".");
    return `remove the empty item ${Number(path[path.length - 1]) + 1} from the list ${list}, or write a value in its place`;
  }
  if (field === "url" || field === "archived") return addressFix(input, field, format);
  if (field === "id" && top) {
    return `write the post's permanent feed id as an absolute URI in quotes, such as its WordPress guid, ${assignment(format, "id", '"http://old.example.org/?p=12"', '"http://old.example.org/?p=12"')}, or ${assignment(format, "id", '"tag:example.org,2008-03-27:basra"', '"tag:example.org,2008-03-27:basra"')}; or remove the line to use the id Dispatch makes from the post's date and first slug`;
  }
  if (path[0] === "author" && input !== null && typeof input === "object") {
    return `write the byline as text, ${assignment(format, "author", "James Glanz", '"James Glanz"')}, or the names as a list of text, ${assignment(format, "author", "[James Glanz, Michael Kamber]", '["James Glanz", "Michael Kamber"]')}`;
  }
  if (field === "draft" && top) {
    return `write ${assignment(format, "draft", "true", "true")} to keep the post a draft, or remove the line to publish it`;
  }
  if (field === "toc" && top) {
    return `write ${assignment(format, "toc", "false", "false")} to leave out the table of contents, or ${assignment(format, "toc", "true", "true")} to show it whatever the number of headings`;
  }
  if (field === "image" && top && typeof input === "string") {
    return `write the image as a mapping: ${assignment(format, "image", `{src: ${input}, alt: "What the image shows"}`, `{"src": ${JSON.stringify(input)}, "alt": "What the image shows"}`)}`;
  }
  if (code === "invalid_type" && (typeof input === "number" || typeof input === "boolean")) {
    // The text as written: `1.50` stays 1.50, not YAML's 1.5.
    const text = JSON.stringify(json ? String(input) : (source ?? String(input)));
    if (json) {
      return top
        ? `put the value in double quotes so it is text: "${field}": ${text}`
        : `put the value in double quotes so it is text: ${text}`;
    }
    return top
      ? `put the value in quotes so YAML keeps it as text, e.g. ${field}: ${text}`
      : `put the value in quotes so YAML keeps it as text: ${text}`;
  }
  if (input === null && top && !json && /^(null|Null|NULL)$/.test(source?.trim() ?? "")) {
    // `title: null` is YAML's empty value, not the word: quoting keeps the word.
    return `put the value in quotes so YAML keeps it as text, e.g. ${field}: "${source?.trim()}"`;
  }
  if (input === null || (code === "custom" && typeof input === "string" && input.trim() === "")) {
    const optional =
      top && postSchema.shape[field as keyof typeof postSchema.shape]?.safeParse(undefined).success;
    const write = json
      ? `write the ${field} between the quotes`
      : `write the ${field} after "${field}:"`;
    return optional ? `${write}, or remove the line` : write;
  }
  return `see the README's front-matter table for how to write ${String(path[0])}`;
}
