/**
 * The front-matter contract of a post: one zod schema, the types derived from it, and the YAML
 * reader (the `yaml` package, YAML 1.2 core schema) that knows the line of every value, so each
 * problem names the line an author must fix.
 */
import { isScalar, LineCounter, parse, parseDocument, type Document, type YAMLError } from "yaml";
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from "jsonc-parser";
import { closest, distance } from "fastest-levenshtein";
import { z } from "zod";
import { FrontMatterError, type ContentProblem } from "../errors.ts";
import { frontMatterControlCharacters } from "./front-matter-characters.ts";
import { jsonSyntaxMessages } from "../shared/json-syntax.ts";
import { impossibleOffset, isCalendarDate, parseFrontMatterDate } from "./dates.ts";
import { aliasProblem, maxAliasCount, nestingProblem, offsetFix } from "./front-matter-limits.ts";
import { lineAtOffset } from "../shared/lines.ts";
import { frontMatterLanguageProblem, isEngineKey } from "./engine-keys.ts";

const nonBlank = (what: string) =>
  z.string().refine((text) => text.trim() !== "", { message: `${what} is empty` });

const calendarDate = z.string().refine((text) => isCalendarDate(text), {
  message: "is not a date written YYYY-MM-DD that exists in the calendar",
});

/** A work the post relies on, listed under "Sources". */
export const citationSchema = z.object({
  /** Title of the article, report or video. */
  title: nonBlank("the title"),
  /** Who published it: "The New York Times", "Al Jazeera English". */
  publisher: nonBlank("the publisher"),
  /** Byline of the cited work, when it has one. */
  author: nonBlank("the author").optional(),
  /** Publication date, `YYYY-MM-DD`. */
  date: calendarDate.optional(),
  /** Where a reader can find it: an http(s) URL. */
  url: z.url({ protocol: /^https?$/, message: "is not an http:// or https:// URL" }).optional(),
  /** What a reader should know about the citation, e.g. that a link is to a mirror. */
  note: nonBlank("the note").optional(),
});

const frontMatterDate = z
  .string()
  .refine((text) => parseFrontMatterDate(text, "UTC") !== undefined, {
    message:
      "is not a date: write YYYY-MM-DD, or YYYY-MM-DDTHH:MM with an optional offset, on a day that exists",
  });

/** An entry of the post's corrections and updates log, shown at the end of the post. */
export const correctionSchema = z.object({
  /** When the post was corrected or updated, written like `date`. */
  date: frontMatterDate,
  /** What was wrong and what the post now says, or what was added. Markdown inline syntax. */
  text: nonBlank("the text"),
  /**
   * `correction` fixes an error; `update` adds news. @default "correction"
   */
  kind: z.enum(["correction", "update"]).default("correction"),
});

/** The post's lead image, shown under the headline and used by link previews. */
export const leadImageSchema = z.object({
  /** A file beside `index.md` (`lead.jpg`) or an absolute http(s) URL. */
  src: nonBlank("the image src"),
  /** What the image shows, for readers who cannot see it. Required; `""` only for decoration. */
  alt: z.string(),
  /** Caption under the image. */
  caption: nonBlank("the caption").optional(),
  /** Who made the image: "Photo: Reuters". */
  credit: nonBlank("the credit").optional(),
});

/** Front matter of a post. Fields Dispatch does not read pass through untouched. */
export const postSchema = z.looseObject({
  /** Headline. */
  title: nonBlank("the title"),
  /**
   * Publication date: `2008-03-27`, or with a time (`2008-03-27T14:30`, read in the site's time
   * zone, or `2008-03-27T14:30+03:00`).
   */
  date: frontMatterDate,
  /**
   * When the post last changed in substance, written like `date`: shown as "Updated" at the
   * top, `dateModified` in structured data, `<updated>` in feeds and `lastmod` in the sitemap.
   */
  updated: frontMatterDate.optional(),
  /** `true` keeps the post out of production builds; the dev server still shows it. */
  draft: z.boolean().optional(),
  /**
   * The table of contents after the header: `false` never shows one, `true` shows one whenever
   * the post has a heading; without it, a post gets one from `site.toc.minHeadings` `##` headings.
   */
  toc: z.boolean().optional(),
  /** Where the report was filed, printed before the first paragraph: "BASRA, Iraq". */
  dateline: nonBlank("the dateline").optional(),
  /** Name of the series the post belongs to; parts are ordered by date. */
  series: nonBlank("the series").optional(),
  /** The post's lead image. */
  image: leadImageSchema.optional(),
  /**
   * The last segment of the post's URL, `/posts/<slug>/`, instead of its folder's name.
   * Letters and digits of any script, and single hyphens.
   */
  slug: nonBlank("the slug").optional(),
  /**
   * Old root-relative URLs of the post (`/2008/03/27/old-slug/`), e.g. from WordPress, that keep
   * working as redirects to it.
   */
  aliases: z.array(nonBlank("an alias")).optional(),
  /** Dated corrections and updates, oldest first. */
  corrections: z.array(correctionSchema).optional(),
  /** One sentence under the headline (the dek), also the page's meta description. */
  summary: nonBlank("the summary").optional(),
  /** Byline; omitted when the post names no author. */
  author: nonBlank("the author").optional(),
  /** Topics, as a YAML list. */
  tags: z.array(nonBlank("a tag")).optional(),
  /** The works the post relies on. */
  citations: z.array(citationSchema).optional(),
  /** Where the post is set, plotted on the coverage map at `/map/`. */
  location: z
    .object({
      /** Place name readers know: "Basra". */
      name: nonBlank("the place name"),
      /** `[longitude, latitude]` in degrees (RFC 7946 order). */
      coordinates: z.tuple(
        [
          z
            .number()
            .min(-180, { message: "has a longitude below -180" })
            .max(180, { message: "has a longitude above 180" }),
          z
            .number()
            .min(-90, { message: "has a latitude below -90" })
            .max(90, { message: "has a latitude above 90" }),
        ],
        z.number(),
        { message: "must be [longitude, latitude] in degrees, e.g. [47.81, 30.515]" },
      ),
    })
    .optional(),
});

/** A post's validated front matter. */
export type PostData = z.infer<typeof postSchema>;
/** One cited work. */
export type Citation = z.infer<typeof citationSchema>;
/** One entry of the corrections and updates log. */
export type Correction = z.infer<typeof correctionSchema>;
/** A post's lead image. */
export type LeadImage = z.infer<typeof leadImageSchema>;

/** Names Eleventy keeps for itself; a post that sets one breaks the build in Eleventy. */
export const reservedFields = ["page", "content", "collections", "eleventy", "pkg"] as const;

/**
 * Front-matter fields Eleventy itself reads that a post may set, within the limits of
 * `permalink-rules.ts` and `engine-keys.ts`; Eleventy's other settings are refused there.
 */
export const eleventyFields = ["permalink", "layout"] as const;

/** Every top-level field a post may have: Dispatch's ({@link postSchema}) and Eleventy's. */
export const knownFields: readonly string[] = [...Object.keys(postSchema.shape), ...eleventyFields];

/**
 * The known field an unknown one is most likely a misspelling of, or `undefined` when none is
 * close: at most 2 edits (Levenshtein distance, case-insensitive), or a quarter of the name's
 * length for long names. `nearestField("titel")` → `"title"`, `nearestField("categories")` →
 * `undefined`.
 */
export function nearestField(name: string): string | undefined {
  const lower = name.toLowerCase();
  const candidate = closest(
    lower,
    knownFields.map((field) => field.toLowerCase()),
  );
  const limit = Math.max(2, Math.floor(name.length / 4));
  if (distance(lower, candidate) > limit) return undefined;
  return knownFields.find((field) => field.toLowerCase() === candidate);
}

/**
 * Warnings (not errors: the build goes on) for top-level front-matter fields that neither
 * Dispatch nor Eleventy reads, such as a misspelt `titel:`. Names Eleventy keeps for itself
 * ({@link reservedFields}) are errors reported by {@link checkPostData}, not here.
 * @returns one problem per unknown field, on its line, with the nearest known name as the fix
 *   when one is close ({@link nearestField}); `[]` for front matter that is not a mapping
 */
export function unknownFieldWarnings(frontMatter: FrontMatter, file: string): ContentProblem[] {
  const { data } = frontMatter;
  if (data === null || typeof data !== "object" || Array.isArray(data)) return [];
  // Eleventy's engine settings (isEngineKey) are errors (engine-keys.ts), not warnings.
  const ignored = new Set<string>([...knownFields, ...reservedFields]);
  return Object.keys(data)
    .filter((field) => !ignored.has(field) && !isEngineKey(field))
    .map((field) => {
      const nearest = nearestField(field);
      return {
        file,
        line: frontMatter.lineOf([field]),
        message: `front matter field "${field}" is not one Dispatch reads`,
        fix: nearest
          ? `Fix: did you mean "${nearest}"?`
          : "Dispatch ignores it; remove it, or see the README's front-matter table for the fields there are",
      };
    });
}

/** Front matter read from a file, with the line of every value. */
export interface FrontMatter {
  /** The front matter as a plain object (`{}` when there is none). */
  data: unknown;
  /** Syntax problems: bad YAML, a missing closing `---`. */
  problems: ContentProblem[];
  /** 1-based file line of the value at `path` (or of its nearest parent that exists). */
  lineOf(path: readonly PropertyKey[]): number;
  /**
   * The value at `path` exactly as the author wrote it (`1.50`, `007`, `0x1F`), or `undefined`
   * when there is no such value. Fixes quote this text, not what YAML made of it (`1.5`, `7`, `31`).
   */
  sourceOf(path: readonly PropertyKey[]): string | undefined;
  /** Number of lines before the body: both fences and what is between them; 0 without front matter. */
  bodyOffset: number;
  /** The text between the fences, lines joined with `\n` (`""` without front matter). */
  text: string;
  /** How the front matter is written: `---` (YAML), `---json`, or `none`. */
  format: "yaml" | "json" | "none";
}

const openingFence = /^---([a-z]*)\s*$/;
const closingFence = /^---\s*$/;

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return `the text ${JSON.stringify(value)}`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `${value}`;
  if (Array.isArray(value)) return "a list";
  if (value === null) return "an empty value";
  return "a mapping";
}

/** `key: value` of a front-matter line, or `undefined` when the line is not one. */
function splitLine(line: string): { key: string; value: string } | undefined {
  const match = /^(\s*(?:-\s+)?[^\s:#][^:]*?):\s+(.*?)\s*$/.exec(line);
  return match ? { key: match[1] as string, value: match[2] as string } : undefined;
}

/** `value` as a YAML single-quoted scalar: the text as written, `'` doubled. */
function singleQuoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * The fix for a YAML syntax error, written with the author's own line when it helps.
 * @param line the file line the error is on
 */
function yamlHint(error: YAMLError, line: string): string {
  const parts = splitLine(line);
  switch (error.code) {
    case "BLOCK_AS_IMPLICIT_KEY":
      return parts
        ? `a value that contains a colon and a space must be in quotes: ${parts.key}: ${JSON.stringify(parts.value)}`
        : "a value that contains a colon and a space (title: Basra: the battle) must be in quotes";
    case "UNEXPECTED_TOKEN":
      if (parts && /^["']/.test(parts.value)) {
        return `a value that starts with a quote ends at the closing quote; put the whole value in quotes: ${parts.key}: ${singleQuoted(parts.value)}`;
      }
      if (parts && /^[[{]/.test(parts.value)) {
        return `a value that starts with [ or { is read as a list or mapping; put the whole value in quotes: ${parts.key}: ${JSON.stringify(parts.value)}`;
      }
      return "a value that starts with [ or { or a quote must be in quotes as a whole";
    case "MISSING_CHAR":
      return "close the quote";
    case "DUPLICATE_KEY":
      return "each field may appear once; remove the repeated one";
    case "TAB_AS_INDENT":
      return "indent with spaces, not tabs";
    default:
      return "check the YAML syntax on this line";
  }
}

/**
 * Parses front-matter YAML text.
 * @param text the text between the fences
 * @param firstLine the 1-based file line on which `text` begins
 */
function parseYaml(text: string, file: string, firstLine: number) {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, {
    schema: "core",
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const textLines = text.split("\n");
  const problems: ContentProblem[] = document.errors.map((error) => ({
    file,
    line: lineAt(error.pos[0]),
    message: `front matter is not valid YAML: ${error.message.split("\n")[0]}`,
    fix: yamlHint(error, textLines[lineCounter.linePos(error.pos[0]).line - 1] ?? ""),
  }));
  // A # after a plain value starts a comment: `title: Basra #2` is read as "Basra".
  if (problems.length === 0 && document.contents && "items" in document.contents) {
    for (const key of ["title", "summary", "author"]) {
      const node = document.get(key, true);
      if (isScalar(node) && node.type === "PLAIN" && node.comment && node.range) {
        problems.push({
          file,
          line: lineAt(node.range[0]),
          message: `front matter field "${key}": the # starts a YAML comment, so the ${key} is read as ${JSON.stringify(node.value)}`,
          fix: `put the whole ${key} in quotes: ${key}: "${String(node.value)} #${node.comment.trimStart()}"`,
        });
      }
    }
  }
  let data: unknown = {};
  try {
    if (problems.length === 0) data = document.toJS({ maxAliasCount }) ?? {};
  } catch (error) {
    if (!/alias/i.test((error as Error).message)) throw error;
    problems.push(aliasProblem(text, file, firstLine));
  }
  const nodeAt = (path: readonly PropertyKey[]) =>
    (path.length === 0 ? document.contents : document.getIn(path as unknown[], true)) as
      { range?: [number, number, number] } | null | undefined;
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let length = path.length; length > 0; length--) {
      const node = nodeAt(path.slice(0, length));
      if (node?.range) return lineAt(node.range[0]);
    }
    return firstLine - 1;
  };
  const sourceOf = (path: readonly PropertyKey[]): string | undefined => {
    const range = nodeAt(path)?.range;
    return range ? text.slice(range[0], range[1]) : undefined;
  };
  return { data, problems, lineOf, sourceOf };
}

/**
 * Parses `---json` front-matter text with jsonc-parser, which knows the offset of every value,
 * so a syntax error and a schema problem name the file line an author must fix, as for YAML.
 * @param text the text between the fences
 * @param firstLine the 1-based file line on which `text` begins
 */
function parseJson(text: string, file: string, firstLine: number) {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const lineAt = (offset: number) => lineAtOffset(text, offset) + firstLine - 1;
  const first = errors[0];
  if (first || !root) {
    const code = first ? printParseErrorCode(first.error) : undefined;
    const what = code ? (jsonSyntaxMessages[code] ?? "syntax error") : "it is empty";
    // A missing comma is found at the next item; the author must fix the end of the item before.
    const offset =
      first && code === "CommaExpected"
        ? Math.max(0, text.slice(0, first.offset).trimEnd().length - 1)
        : first?.offset;
    return {
      data: {},
      problems: [
        {
          file,
          line: offset !== undefined ? lineAt(offset) : firstLine,
          message: `front matter is not valid JSON: ${what}`,
          fix: "---json front matter is strict JSON: names and strings in double quotes, commas between items and none after the last",
        },
      ],
      lineOf: () => firstLine - 1,
      sourceOf: () => undefined,
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let length = path.length; length > 0; length--) {
      const node = findNodeAtLocation(root, path.slice(0, length) as (string | number)[]);
      if (node) return lineAt((node.parent?.type === "property" ? node.parent : node).offset);
    }
    return firstLine - 1;
  };
  const sourceOf = (path: readonly PropertyKey[]): string | undefined => {
    const node = findNodeAtLocation(root, path as (string | number)[]);
    return node ? text.slice(node.offset, node.offset + node.length) : undefined;
  };
  return { data: JSON.parse(text) as unknown, problems: [] as ContentProblem[], lineOf, sourceOf };
}

/**
 * Reads the front matter of a post's source exactly as the author wrote it (before Eleventy's
 * data cascade turns a `tags` string into a list, for example). A UTF-8 byte-order mark is
 * ignored; `---json` front matter is read as JSON.
 * @param source the file's text
 * @param file its path relative to the project root, for messages
 */
export function readFrontMatter(source: string, file: string): FrontMatter {
  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  const opening = openingFence.exec(lines[0] ?? "");
  const none: FrontMatter = {
    data: {},
    problems: [],
    lineOf: () => 1,
    sourceOf: () => undefined,
    bodyOffset: 0,
    text: "",
    format: "none",
  };
  if (!opening && /\r(?!\n)/.test(lines[0] ?? "")) {
    return {
      ...none,
      problems: [
        {
          file,
          line: 1,
          message:
            "the file's lines end in a carriage return alone (CR, the line ending of classic Mac OS), so its front matter cannot be read",
          fix: "save the file with LF (Unix) line endings; most editors offer it in their line-ending setting",
        },
      ],
    };
  }
  const language = frontMatterLanguageProblem(lines[0] ?? "", file);
  if (language) return { ...none, problems: [language] };
  if (!opening) return none;
  const close = lines.findIndex((line, index) => index > 0 && closingFence.test(line));
  if (close === -1) {
    return {
      ...none,
      problems: [
        {
          file,
          line: 1,
          message: "the front matter that starts on line 1 is never closed",
          fix: "end it with a line holding only ---",
        },
      ],
    };
  }
  const text = lines.slice(1, close).join("\n");
  const bodyOffset = close + 1;
  const tooDeep = nestingProblem(text, file, 2, opening[1] === "json" ? "json" : "yaml");
  if (tooDeep) return { ...none, problems: [tooDeep] };
  if (opening[1] === "json")
    return { ...parseJson(text, file, 2), bodyOffset, text, format: "json" };
  return { ...parseYaml(text, file, 2), bodyOffset, text, format: "yaml" };
}

/**
 * Front matter the check before the build has read and found sound, by its text
 * ({@link yamlKey}), for Eleventy's engine ({@link readFrontMatterYaml}) to take instead of
 * parsing the same YAML again. Each entry is taken once; the check refills it every build.
 */
const checkedYaml = new Map<string, unknown>();

/** The text of a YAML front matter as a key: `\n` line ends, no leading or trailing blank line. */
function yamlKey(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/^[ \t]*\n/, "")
    .replace(/\n+$/, "");
}

/**
 * Hands sound YAML front matter, read by the check before the build, to Eleventy's engine, so
 * each post's YAML is parsed once per build. Call {@link forgetCheckedFrontMatter} before a
 * new check.
 * @param frontMatter front matter {@link readFrontMatter} read with no problems
 */
export function keepCheckedFrontMatter(
  frontMatter: Pick<FrontMatter, "format" | "text" | "data" | "problems">,
): void {
  if (frontMatter.format === "yaml" && frontMatter.problems.length === 0)
    checkedYaml.set(yamlKey(frontMatter.text), frontMatter.data);
}

/** Drops front matter kept by {@link keepCheckedFrontMatter} and not taken. */
export function forgetCheckedFrontMatter(): void {
  checkedYaml.clear();
}

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
interface FixContext {
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

function fixFor({ path, code, input, source, format }: FixContext): string {
  const field = String(path[path.length - 1]);
  const json = format === "json";
  const top = path.length === 1;
  if (field === "date" || path[0] === "updated") {
    const offset = typeof input === "string" ? impossibleOffset(input) : undefined;
    if (offset) return offsetFix(offset, format, field);
    const suggestion = typeof input === "string" ? suggestDate(input) : undefined;
    if (typeof input === "string" && suggestion) {
      const written = input.trim();
      // What the suggestion changed: the digits of month and day, or a time of day dropped.
      const padded = !written.startsWith(suggestion.slice(0, 10));
      const timeDropped = /[T ]/.test(written) && suggestion.length === 10;
      const what = [
        padded ? "write the date as YYYY-MM-DD, month and day in two digits" : "",
        timeDropped
          ? `${padded ? "and " : ""}write the time of day as HH:MM from 00:00 to 23:59, or leave it out`
          : "",
      ]
        .filter(Boolean)
        .join(", ");
      return `${what}: ${assignment(format, field, suggestion, JSON.stringify(suggestion))}`;
    }
    return `write the date as YYYY-MM-DD, e.g. ${assignment(format, field, "2008-03-27", '"2008-03-27"')}`;
  }
  if (path[0] === "location")
    return json
      ? 'write "location": {"name": "Basra", "coordinates": [47.81, 30.515]}, coordinates as [longitude, latitude]'
      : "write location: {name: Basra, coordinates: [47.81, 30.515]}, coordinates as [longitude, latitude]";
  if (input === undefined) {
    const what = json ? `a "${field}" property` : `"${field}:"`;
    if (top) return `add ${what} to the front matter`;
    return typeof path[1] === "number"
      ? `add ${what} to ${String(path[0]).replace(/s$/, "")} ${path[1] + 1}`
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
  if (input === null && typeof path[path.length - 1] === "number") {
    // `tags: [Iraq, null]`, `tags: [Iraq, ]` or a `- ` with nothing after it.
    const list = path.slice(0, -1).map(String).join(".");
    return `remove the empty item ${Number(path[path.length - 1]) + 1} from the list ${list}, or write a value in its place`;
  }
  if (field === "url") {
    return `write the work's address, starting with https:// or http://: ${assignment(format, "url", "https://example.org/article", '"https://example.org/article"')}`;
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
  return `see the README's front-matter table for how to write ${field}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Checks a post's front matter against {@link postSchema}.
 *
 * @param frontMatter the front matter as {@link readFrontMatter} read it
 * @param file the post's path relative to the project root, for messages
 * @returns every problem, each with file, line, field and fix; empty when the front matter is good
 */
export function checkPostData(frontMatter: FrontMatter, file: string): ContentProblem[] {
  if (frontMatter.problems.length > 0) return frontMatter.problems;
  const { data, lineOf } = frontMatter;
  const problems: ContentProblem[] = [];
  for (const field of reservedFields) {
    if (data && typeof data === "object" && field in data) {
      problems.push({
        file,
        line: lineOf([field]),
        message: `front matter field "${field}" is a name Eleventy keeps for itself`,
        fix: "rename the field",
      });
    }
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return [
      {
        file,
        line: frontMatter.lineOf([]) + 1,
        message: `front matter is ${describeValue(data)}, not a mapping of fields`,
        fix:
          frontMatter.format === "json"
            ? 'write one JSON object of fields: {"title": "…", "date": "2008-03-27"}'
            : "write one field a line: title: …, then date: 2008-03-27",
      },
    ];
  }
  const result = postSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const input = valueAt(data, issue.path);
      const field = issue.path.map(String).join(".");
      const expected: Record<string, string> = {
        string: "text",
        array: "a list",
        object: "a mapping",
        boolean: "true or false",
      };
      const message =
        issue.code === "invalid_value"
          ? `front matter field "${field}": ${JSON.stringify(input)} is not one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`
          : issue.code === "invalid_type"
            ? `front matter field "${field}": expected ${expected[issue.expected] ?? issue.expected}, found ${describeValue(input)}`
            : typeof input === "string" && input.trim() === "" && issue.message.endsWith("is empty")
              ? `front matter field "${field}" is empty`
              : `front matter field "${field}": ${JSON.stringify(input)} ${issue.message}`;
      problems.push({
        file,
        line: lineOf(issue.path),
        message,
        fix:
          issue.code === "invalid_value"
            ? `write one of: ${issue.values.map(String).join(", ")}`
            : fixFor({
                path: issue.path,
                code: issue.code,
                input,
                source: frontMatter.sourceOf(issue.path),
                format: frontMatter.format,
              }),
      });
    }
  }
  problems.push(...frontMatterControlCharacters(data, file, lineOf));
  return problems;
}

/**
 * Checks a post's front matter and returns it typed.
 * @throws FrontMatterError listing every problem
 */
export function validatePostData(frontMatter: FrontMatter, file: string): PostData {
  const problems = checkPostData(frontMatter, file);
  if (problems.length > 0) throw new FrontMatterError(problems);
  return frontMatter.data as PostData;
}

/**
 * Eleventy's YAML front-matter engine: YAML 1.2 core schema, so dates stay the text the author
 * wrote (read later in the site's time zone, never in the build machine's). Front matter the
 * check before the build already read ({@link keepCheckedFrontMatter}) is not parsed again.
 * @param text the front matter as Eleventy passes it: the rest of the opening `---` line, then the lines up to the closing one
 * @param options what Eleventy passes to front-matter engines; `filePath` names the file
 * @throws FrontMatterError naming the file and line of a YAML error
 */
export function readFrontMatterYaml(text: string, options?: { filePath?: string }): unknown {
  const key = yamlKey(text);
  if (checkedYaml.has(key)) {
    const data = checkedYaml.get(key);
    checkedYaml.delete(key);
    return data;
  }
  const file = (options?.filePath ?? "front matter").replace(/^\.\//, "");
  // A CRLF file reaches us with a lone \r at the end (Eleventy cuts at the "\n---"); YAML would
  // read it as part of the last value, and refuse a flow list or mapping there.
  const lf = text.replace(/\r\n/g, "\n").replace(/\r$/, "");
  // Eleventy's text starts with the newline that ends the `---` line: its line 1 is file line 1.
  const { data, problems } = parseYaml(lf, file, lf.startsWith("\n") ? 1 : 2);
  if (problems.length > 0) throw new FrontMatterError(problems);
  return data;
}
