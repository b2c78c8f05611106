/**
 * The front-matter contract of a post: one zod schema, the types derived from it, and the YAML
 * reader Eleventy uses for front matter.
 */
import yaml from "js-yaml";
import { z } from "zod";
import { FrontMatterError, type ContentProblem } from "../errors.ts";
import { parseFrontMatterDate } from "./dates.ts";
import { bodyLineOffset, frontMatterFieldLine } from "./source-lines.ts";

const isoCalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a date written YYYY-MM-DD" });

/** A work the post relies on, listed under "Sources". */
export const citationSchema = z.object({
  /** Title of the article, report or video. */
  title: z.string().min(1),
  /** Who published it: "The New York Times", "Al Jazeera English". */
  publisher: z.string().min(1),
  /** Byline of the cited work, when it has one. */
  author: z.string().min(1).optional(),
  /** Publication date, `YYYY-MM-DD`. */
  date: isoCalendarDate.optional(),
  /** Where a reader can find it: an http(s) URL. */
  url: z.url({ protocol: /^https?$/, message: "expected an http:// or https:// URL" }).optional(),
  /** What a reader should know about the citation, e.g. that a link is to a mirror. */
  note: z.string().min(1).optional(),
});

/** Front matter of a post. Fields Dispatch does not read pass through untouched. */
export const postSchema = z.looseObject({
  /** Headline. */
  title: z.string().min(1),
  /** Publication date: `2008-03-27`, or with a time, read in the site's time zone. */
  date: z.string().min(1),
  /** One sentence under the headline (the dek), also the page's meta description. */
  summary: z.string().min(1).optional(),
  /** Byline; omitted when the post names no author. */
  author: z.string().min(1).optional(),
  /** Topics, as a YAML list. */
  tags: z.array(z.string().min(1)).optional(),
  /** The works the post relies on. */
  citations: z.array(citationSchema).optional(),
});

/** A post's validated front matter. */
export type PostData = z.infer<typeof postSchema>;
/** One cited work. */
export type Citation = z.infer<typeof citationSchema>;

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return `the text ${JSON.stringify(value)}`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `${value}`;
  if (Array.isArray(value)) return "a list";
  if (value === null) return "an empty value";
  return "a mapping";
}

function fixFor(path: readonly PropertyKey[], code: string, input: unknown): string | undefined {
  const field = String(path[0]);
  if (input === undefined) return `add "${field}:" to the front matter`;
  if (code === "invalid_type" && (typeof input === "number" || typeof input === "boolean")) {
    return `put the value in quotes so YAML keeps it as text, e.g. ${field}: "${String(input)}"`;
  }
  if (field === "tags" && typeof input === "string") {
    return `write tags as a list: tags: [${input
      .split(/[,\s]+/)
      .filter(Boolean)
      .join(", ")}]`;
  }
  return undefined;
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
 * Checks a post's front matter against {@link postSchema} and its `date` against the calendar.
 *
 * @param data the front matter as YAML read it
 * @param file the post's path relative to the project root, for messages
 * @param source the post's whole source text, to find the line of each field
 * @param zone the site's IANA time zone, in which `date` is read
 * @returns the validated front matter
 * @throws FrontMatterError listing every problem, each with file, line, field and fix
 */
export function validatePostData(
  data: unknown,
  file: string,
  source: string,
  zone: string,
): PostData {
  const result = postSchema.safeParse(data);
  const problems: ContentProblem[] = [];
  const lineOf = (path: readonly PropertyKey[]) =>
    frontMatterFieldLine(source, String(path[0])) ?? 1;
  if (!result.success) {
    for (const issue of result.error.issues) {
      const input = valueAt(data, issue.path);
      const field = issue.path.map(String).join(".");
      const message =
        issue.code === "invalid_type"
          ? `front matter field "${field}": expected ${issue.expected === "string" ? "text" : issue.expected}, found ${describeValue(input)}`
          : `front matter field "${field}": ${issue.message}`;
      problems.push({
        file,
        line: lineOf(issue.path),
        message,
        fix: fixFor(issue.path, issue.code, input),
      });
    }
  } else if (parseFrontMatterDate(result.data.date, zone) === undefined) {
    problems.push({
      file,
      line: lineOf(["date"]),
      message: `front matter field "date": ${JSON.stringify(result.data.date)} is not a date`,
      fix: "write it as YYYY-MM-DD, e.g. date: 2008-03-27",
    });
  }
  if (problems.length > 0) throw new FrontMatterError(problems);
  return (result as { data: PostData }).data;
}

/**
 * Reads front-matter YAML as Eleventy's YAML engine, with YAML's core schema: dates stay the
 * text the author wrote (read later in the site's time zone, never in the build machine's).
 * A YAML syntax error becomes a {@link FrontMatterError} naming the file and line.
 *
 * @param text the front matter between the `---` fences
 * @param options what Eleventy passes to front-matter engines; `filePath` names the file
 */
export function readFrontMatterYaml(text: string, options?: { filePath?: string }): unknown {
  try {
    return yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const file = (options?.filePath ?? "front matter").replace(/^\.\//, "");
    const hint = /mapping pair|bad indentation|multiline key/.test(error.reason)
      ? "if a value contains a colon (title: Basra: the battle), put it in quotes"
      : "check the YAML syntax on this line";
    throw new FrontMatterError([
      {
        file,
        // mark.line is 0-based in `text`; the opening `---` is line 1 of the file, and Eleventy's
        // front-matter reader passes the text with the newline that ends that line.
        line: error.mark.line + (text.startsWith("\n") || text.startsWith("\r\n") ? 1 : 2),
        message: `front matter is not valid YAML: ${error.reason}`,
        fix: hint,
      },
    ]);
  }
}

/**
 * Reads the front matter exactly as the author wrote it in `source` (before Eleventy's data
 * cascade turns a `tags` string into a list, for example).
 * @param file the post's path relative to the project root, for messages
 * @returns the front matter as a plain object, `{}` when there is none
 * @throws FrontMatterError when it is not valid YAML
 */
export function readFrontMatter(source: string, file: string): unknown {
  const end = bodyLineOffset(source);
  if (end === 0) return {};
  const text = source
    .split(/\r?\n/)
    .slice(1, end - 1)
    .join("\n");
  return readFrontMatterYaml(text, { filePath: file });
}
