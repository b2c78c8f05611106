/**
 * What a post may hand Eleventy's engine: its documented fields, and nothing that steers the
 * engine. Eleventy reads some front-matter keys as settings (`templateEngineOverride` runs the
 * body as a template, `eleventyComputed` runs expressions, `pagination`, `permalinkBypassOutputDir`,
 * `layout` pointing at any file…) and runs some front-matter languages as code (`---js`). A post
 * is data, never code: the check before the build refuses each of these with its line and fix,
 * and the front-matter engines ({@link postEngineData}) pass Eleventy only the documented fields.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { FrontMatterError, type ContentProblem } from "../../errors.ts";
import { isPostSource } from "../permalinks/permalink.ts";

/** The project's layouts folder (Eleventy's `includes`, `.eleventy.ts`). */
export const layoutsDir = "layouts";

/** The layout of every post: `layouts/post.njk`, which wraps `base.njk`. */
export const postLayout = "post.njk";

/**
 * Eleventy's engine settings by name, with the fix an author should read: data keys Eleventy
 * acts on (https://www.11ty.dev/docs/data-configuration/, `keys` in Eleventy's default config and
 * the keys its template map reads). Any other key starting with `eleventy` is an engine setting too
 * ({@link isEngineKey}).
 */
const engineKeyFixes: Readonly<Record<string, string>> = {
  templateEngineOverride:
    "remove it: a post is Markdown and is never run as a template; {{ }} and {% %} in it are shown as written",
  eleventyComputed: "remove it and write each field's value itself, e.g. title: …",
  eleventyExcludeFromCollections:
    "remove it; to keep the post off the site, write draft: true instead",
  pagination: "remove it: a post is one page",
  permalinkBypassOutputDir:
    "remove it: every page is written inside the output folder; give the post's path with permalink: /path/ if it needs one",
  dynamicPermalink: "remove it: a permalink is a plain path and is never run as a template",
  renderData: "remove it: a post's fields are read as written",
};

const engineKeysLower = new Set(Object.keys(engineKeyFixes).map((key) => key.toLowerCase()));

/**
 * True when a top-level front-matter key is one of Eleventy's engine settings, in any case:
 * `templateEngineOverride`, `eleventyComputed`, `pagination`, `permalinkBypassOutputDir`,
 * `dynamicPermalink`, `renderData`, or any key starting with `eleventy` (`eleventyNavigation`,
 * `eleventyImport`, `eleventyDataSchema`, `eleventyAllowMissingExtension`…). `layout` and
 * `permalink` are not: a post may set them within limits ({@link layoutProblem},
 * `permalink-rules.ts`).
 */
export function isEngineKey(key: string): boolean {
  const lower = key.toLowerCase();
  // `eleventy` itself is a name Eleventy keeps, reported as such by `checkPostData`.
  return engineKeysLower.has(lower) || (lower.startsWith("eleventy") && lower !== "eleventy");
}

/** The fix for an engine key ({@link isEngineKey}). */
function engineKeyFix(key: string): string {
  const known = Object.keys(engineKeyFixes).find(
    (name) => name.toLowerCase() === key.toLowerCase(),
  );
  return known
    ? (engineKeyFixes[known] as string)
    : "remove it: Dispatch sets Eleventy's settings itself; see the README's front-matter table for the fields a post may have";
}

/**
 * The project's layouts a post may name in `layout:`: each file directly in `layouts/`, by its
 * name and by its name without the extension (Eleventy finds `post` as `post.njk`), sorted.
 * Files in subfolders (`partials/`) are not layouts. `[]` when the folder cannot be read.
 * @param root the project root
 */
export function projectLayouts(root = "."): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(root, layoutsDir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .flatMap((entry) => [entry.name, entry.name.replace(/\.[^.]+$/, "")])
    .sort();
}

/**
 * What is wrong with a post's `layout:` value, or `undefined` when it names one of `layouts`
 * (as {@link projectLayouts} lists them). Anything else (a path, `false`, a file elsewhere) could
 * make Eleventy run a file from a post's folder as a template, or publish the post without the
 * site's page around it.
 * @returns the message completing `front matter field "layout": …` and the fix
 */
export function layoutProblem(
  value: unknown,
  layouts: readonly string[],
): { message: string; fix: string } | undefined {
  if (typeof value === "string" && layouts.includes(value)) return undefined;
  const files = layouts.filter((name) => /\.[^.]+$/.test(name));
  return {
    message: `${value === null ? "an empty value" : JSON.stringify(value)} is not one of the site's layouts in ${layoutsDir}/`,
    fix: `remove it (every post is laid out with ${postLayout}), or write one of: ${files.map((name) => `layout: ${name}`).join(", ")}`,
  };
}

/** What {@link engineKeyProblems} reads of a post's front matter. */
interface CheckedFrontMatter {
  data: unknown;
  lineOf(path: readonly PropertyKey[]): number;
  /** The text between the fences, which start on file line 1. */
  text?: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The file line of a top-level key: the line where it is written, even when its value is a
 * block on the lines below (`eleventyComputed:` then `  title: …`), else the value's line
 * (`lineOf`, which for `---json` is the property's line).
 */
export function keyLine(frontMatter: CheckedFrontMatter, key: string): number {
  const name = escapeRegExp(key);
  // YAML only: in ---json front matter the value's line is already the property's.
  const pattern = new RegExp(`^(?:${name}|"${name}"|'${name}')\\s*:`);
  const index = (frontMatter.text ?? "").split("\n").findIndex((line) => pattern.test(line));
  return index === -1 ? frontMatter.lineOf([key]) : index + 2;
}

/**
 * Finds the front-matter fields of a post that would steer Eleventy: engine settings
 * ({@link isEngineKey}) and a `layout:` that is not one of the project's layouts.
 * @param frontMatter the post's front matter as `readFrontMatter` read it
 * @param file the post's project-relative path, for messages
 * @param layouts the layouts a post may name ({@link projectLayouts}), asked for only when the
 *   post has a `layout:`
 * @returns one problem per field, on its line, with the fix; `[]` when there is none
 */
export function engineKeyProblems(
  frontMatter: CheckedFrontMatter,
  file: string,
  layouts: () => readonly string[],
): ContentProblem[] {
  const { data } = frontMatter;
  if (data === null || typeof data !== "object" || Array.isArray(data)) return [];
  const problems: ContentProblem[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (isEngineKey(key)) {
      problems.push({
        file,
        line: keyLine(frontMatter, key),
        message: `front matter field "${key}" is one of Eleventy's engine settings, which a post may not set`,
        fix: engineKeyFix(key),
      });
    } else if (key === "layout") {
      const problem = layoutProblem(value, layouts());
      if (problem) {
        problems.push({
          file,
          line: keyLine(frontMatter, key),
          message: `front matter field "layout": ${problem.message}`,
          fix: problem.fix,
        });
      }
    }
  }
  return problems;
}

/**
 * The front-matter language a file's first line opens, as Eleventy's front-matter reader
 * (gray-matter) reads it: `---` → `""`, `---json` → `"json"`, `--- JS ` → `"js"`; `undefined`
 * when the line does not open front matter (`----`, no `---`). Lower case.
 */
export function frontMatterLanguage(firstLine: string): string | undefined {
  if (!firstLine.startsWith("---") || firstLine.charAt(3) === "-") return undefined;
  return firstLine.slice(3).trim().toLowerCase();
}

/** The front-matter languages a post may be written in: YAML (`---`, `---yaml`) and JSON. */
const readableLanguages = new Set(["", "yaml", "yml", "json"]);

/**
 * The problem with a front matter opened in a language other than YAML or JSON (`---js`,
 * `---javascript`, `---toml`), which Eleventy would run as code or cannot read, or written with
 * capitals or a space (`---JSON`, `--- json`), which Eleventy reads otherwise than the check;
 * `undefined` for `---`, `---yaml`, `---json` and a first line that opens no front matter.
 * @param firstLine the file's first line, without its line ending or byte-order mark
 * @param file the post's project-relative path, for messages
 */
export function frontMatterLanguageProblem(
  firstLine: string,
  file: string,
): ContentProblem | undefined {
  const language = frontMatterLanguage(firstLine);
  if (language === undefined) return undefined;
  if (readableLanguages.has(language)) {
    // `---JSON`, `--- json`: Eleventy reads them otherwise (or not at all) than the check would.
    const written = firstLine.slice(3).replace(/\s+$/, "");
    if (written === language) return undefined;
    return {
      file,
      line: 1,
      message: `the front matter's first line ${JSON.stringify(firstLine.trim())} is not written as Dispatch reads it`,
      fix: `write it as ---${language === "json" ? "json" : ""}, in lower case and with no space`,
    };
  }
  const code = ["js", "javascript", "jslegacy"].includes(language);
  return {
    file,
    line: 1,
    message: code
      ? `front matter written in JavaScript (${firstLine.trim()}) would be run as code by the build; a post is data, never code`
      : `front matter written in ${JSON.stringify(language)} (${firstLine.trim()}) cannot be read; Dispatch reads YAML and JSON`,
    fix: "write the front matter in YAML, opened by a line holding only ---, or in JSON, opened by ---json",
  };
}

/** The top-level fields a post may hand Eleventy: Dispatch's, then `permalink` and `layout`. */
export function engineFields(documented: readonly string[]): Set<string> {
  return new Set([...documented, "permalink", "layout"]);
}

/**
 * What Eleventy's engine gets of a file's front matter: for a post (`posts/<folder>/index.md`),
 * only `fields` (every other key is dropped, so no engine setting can reach the data cascade even
 * when the check before the build was skipped), with `layout` set to {@link postLayout} unless it
 * names one of `layouts`, and `permalink` dropped when `permalinkOk` refuses it; any other file's
 * front matter (the site's own pages) as it is.
 * @param data the front matter as parsed
 * @param filePath the file as Eleventy names it, `./posts/basra/index.md`
 * @param fields the fields a post may hand on ({@link engineFields})
 * @param layouts the layouts a post may name ({@link projectLayouts})
 * @param permalinkOk whether a post's `permalink` value is one the build accepts
 */
export function postEngineData(
  data: unknown,
  filePath: string | undefined,
  fields: ReadonlySet<string>,
  layouts: readonly string[],
  permalinkOk: (value: unknown) => boolean,
): unknown {
  if (!filePath || !isPostSource(filePath)) return data;
  const kept: Record<string, unknown> = {};
  if (data !== null && typeof data === "object" && !Array.isArray(data)) {
    for (const [key, value] of Object.entries(data)) {
      if (fields.has(key)) kept[key] = value;
    }
  }
  if (layoutProblem(kept.layout, layouts)) kept.layout = postLayout;
  if ("permalink" in kept && !permalinkOk(kept.permalink)) delete kept.permalink;
  return kept;
}

/**
 * A front-matter engine for the languages Eleventy would run as code (`---js`, `---javascript`):
 * it runs nothing and throws.
 * @throws FrontMatterError naming the file, line 1, and the fix
 */
export function refuseCodeFrontMatter(_text: string, options?: { filePath?: string }): never {
  const file = (options?.filePath ?? "front matter").replace(/^\.\//, "");
  throw new FrontMatterError([frontMatterLanguageProblem("---js", file) as ContentProblem]);
}
