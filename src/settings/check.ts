/**
 * The one check of the site settings (`src/site.ts`, with `DISPATCH_SITE_URL` and
 * `DISPATCH_PATH_PREFIX`), run by every command before anything else: the shape of every field
 * ({@link siteSettingsSchema}), the site URL ({@link siteUrlProblem}), the path prefix
 * ({@link normalizePathPrefix}) and the tag authority ({@link tagAuthorityVerdict}). Each problem
 * names where the value came from (`src/site.ts` and its line, or the environment variable), the
 * field and the fix, as content errors do (`src/errors.ts`).
 */
import type { ContentProblem } from "../errors.ts";
import { normalizePathPrefix, siteOrigin } from "../site.ts";
import { licenseExample, siteSettingsSchema, typeFixes } from "./schema.ts";
import { settingLine } from "./lines.ts";
import { siteUrlProblem } from "./site-url.ts";
import { tagAuthorityVerdict } from "./tag-authority.ts";

/** What the settings check found. */
export interface SettingsReport {
  /** Problems that stop every command, before anything is written. */
  errors: ContentProblem[];
  /** Problems the build warns about and `npm run verify` fails on. */
  warnings: ContentProblem[];
}

/** Where the settings came from. */
export interface SettingsContext {
  /** The text of `src/site.ts`, for the lines of problems; none when it cannot be read. */
  source?: string | undefined;
  /** The environment the settings were read in (`DISPATCH_SITE_URL`, `DISPATCH_PATH_PREFIX`). */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Creative Commons licences by the short name authors write, for the fix of a licence given as
 * text: `"CC BY 4.0"` → its deed (https://creativecommons.org/licenses/). SPDX identifiers
 * (`CC-BY-4.0`, https://spdx.org/licenses/) are read the same way.
 */
const creativeCommons: Readonly<Record<string, string>> = {
  "CC BY 4.0": "https://creativecommons.org/licenses/by/4.0/",
  "CC BY-SA 4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
  "CC BY-NC 4.0": "https://creativecommons.org/licenses/by-nc/4.0/",
  "CC BY-ND 4.0": "https://creativecommons.org/licenses/by-nd/4.0/",
  "CC BY-NC-SA 4.0": "https://creativecommons.org/licenses/by-nc-sa/4.0/",
  "CC BY-NC-ND 4.0": "https://creativecommons.org/licenses/by-nc-nd/4.0/",
  "CC0 1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
};

/**
 * The fix of a licence written as text: the object form, with the deed's URL for a Creative
 * Commons licence Dispatch knows (`"CC BY 4.0"`, `"cc-by-4.0"`), else {@link licenseExample}.
 */
export function licenseTextFix(text: string): string {
  const key = text
    .trim()
    .toUpperCase()
    .replace(/^CC[- ]BY/, "CC BY")
    .replace(/^CC0[- ]/, "CC0 ")
    .replace(/-(\d)/, " $1");
  const name = Object.keys(creativeCommons).find((known) => known.toUpperCase() === key);
  if (name === undefined) return `write the licence as an object, ${licenseExample}`;
  return `write the licence as an object: license: { name: ${JSON.stringify(name)}, url: ${JSON.stringify(creativeCommons[name])} }`;
}

/** The value at `path` in `value`, for messages. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A value as a message quotes it: text and numbers as JSON, others by their kind. */
function quote(value: unknown): string {
  if (value === undefined) return "missing";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return JSON.stringify(value);
  }
  return Array.isArray(value) ? "a list" : value === null ? "null" : `a ${typeof value}`;
}

/** The problems zod finds in the settings' shape, on their lines. */
function shapeProblems(site: unknown, source: string | undefined): ContentProblem[] {
  const result = siteSettingsSchema.safeParse(site);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.map(String).join(".");
    const value = valueAt(site, issue.path);
    const line = source === undefined ? undefined : settingLine(source, issue.path);
    const custom =
      issue.code === "custom" ? (issue.params as { fix?: string } | undefined) : undefined;
    const fix =
      custom?.fix ??
      (field === "license" && typeof value === "string"
        ? licenseTextFix(value)
        : (typeFixes[field] ?? `write it as the comment above ${field} in src/site.ts says`));
    const what =
      issue.code === "custom" ? issue.message : `is ${quote(value)}, not ${expected(issue)}`;
    return {
      file: "src/site.ts",
      ...(line === undefined ? {} : { line }),
      message: `${field} ${issue.code === "custom" ? `${quote(value)} ` : ""}${what}`,
      fix,
    };
  });
}

/** What a field of the wrong type should have been, in words. */
function expected(issue: { code: string; expected?: unknown }): string {
  if (issue.code !== "invalid_type") return "what Dispatch reads";
  const kind = String(issue.expected);
  return kind === "object" ? "an object" : kind === "array" ? "a list" : `a ${kind}`;
}

/**
 * Checks the site settings as every command reads them.
 * @param site the `site` object of `src/site.ts`
 * @param context the text of `src/site.ts` (for lines) and the environment
 * @returns every problem at once: `errors` stop the command; `warnings` are printed by the build
 *   and `npm run new`
 */
export function checkSiteSettings(site: unknown, context: SettingsContext = {}): SettingsReport {
  const { source, env = {} } = context;
  const errors = shapeProblems(site, source);
  const warnings: ContentProblem[] = [];
  const settings = site as { url?: unknown; tagAuthority?: unknown };
  const fromEnv =
    typeof env.DISPATCH_SITE_URL === "string" &&
    env.DISPATCH_SITE_URL !== "" &&
    siteOrigin(env.DISPATCH_SITE_URL) === settings.url;
  const urlLine = source === undefined ? undefined : settingLine(source, ["url"]);
  let urlIsSound = false;
  if (typeof settings.url === "string") {
    const problem = siteUrlProblem(settings.url, fromEnv ? "DISPATCH_SITE_URL" : "src/site.ts");
    if (!problem) urlIsSound = true;
    else if (fromEnv) errors.push({ file: "DISPATCH_SITE_URL", ...problem });
    else {
      errors.push({
        file: "src/site.ts",
        ...(urlLine === undefined ? {} : { line: urlLine }),
        message: `url: ${problem.message}`,
        fix: problem.fix,
      });
    }
  }
  const prefix = env.DISPATCH_PATH_PREFIX;
  if (prefix !== undefined) {
    try {
      normalizePathPrefix(prefix);
    } catch {
      errors.push({
        file: "DISPATCH_PATH_PREFIX",
        message: `the path prefix ${JSON.stringify(prefix)} is not a URL path`,
        fix: "write a path such as /basra-blog/, with no scheme, query, fragment or .. segment",
      });
    }
  }
  const tagAuthority = settings.tagAuthority;
  if (urlIsSound && (tagAuthority === undefined || typeof tagAuthority === "string")) {
    const line =
      source === undefined
        ? undefined
        : tagAuthority === undefined
          ? urlLine
          : settingLine(source, ["tagAuthority"]);
    const verdict = tagAuthorityVerdict(
      { url: settings.url as string, ...(tagAuthority === undefined ? {} : { tagAuthority }) },
      line,
    );
    if (verdict.error) errors.push(verdict.error);
    if (verdict.warning) warnings.push(verdict.warning);
  }
  return { errors, warnings };
}
