/**
 * Where a post's own `permalink:` may put its page: a plain path of this site, inside the output
 * folder, ending in `/` or `.html`, and not a file or folder the build writes itself. Eleventy
 * would write whatever path it is given (`../` out of `_site/`, `/assets/css/site.css` over the
 * stylesheet, `//host/` as a link to another host), so the check before the build refuses each.
 */
import { hasControlCharacter } from "../../text/control-characters.ts";
import type { ContentProblem } from "../../errors.ts";
import { readAlias } from "./aliases.ts";
import { postsUrlFolder } from "./permalink.ts";

/** A problem with a permalink: `message` completes `front matter field "permalink": "…" `. */
export interface PermalinkProblem {
  message: string;
  fix: string;
}

const example = "permalink: /about/";
const removeLine = `or remove the line to publish the post at /${postsUrlFolder}/<its folder>/`;

/**
 * The message of a permalink holding a control character: the check of every front-matter text
 * (`front-matter-characters.ts`) reports it with its position, so {@link checkPermalinkField}
 * does not report it twice.
 */
const controlCharacterMessage = "has a control character";

/** The longest name, in bytes (UTF-8), of a file or folder on most disks (ext4, APFS, NTFS). */
const maxSegmentBytes = 255;

/** `permalink:` with nothing after it, or only spaces. */
const empty: PermalinkProblem = {
  message: "is empty",
  fix: `write the page's path, e.g. ${example}, ${removeLine}`,
};

/** A value that is not text: `true`, a number, a list, a mapping; `null` is {@link empty}. */
function notText(value: unknown): PermalinkProblem {
  if (value === null) return empty;
  const what = Array.isArray(value)
    ? "a list"
    : typeof value === "object"
      ? "a mapping"
      : String(value);
  return {
    message: `is ${what}, not a path`,
    fix: `write the page's path from the site's root, e.g. ${example}, ${removeLine}`,
  };
}

/** Spaces or a line break around the path, which would be part of the folder's name. */
function surroundingSpace(trimmed: string): PermalinkProblem {
  return {
    message:
      "has a space or line break at its start or end, which would be part of its folder's name",
    fix: permalinkProblem(trimmed)
      ? `remove it, e.g. ${example}`
      : `remove it: permalink: ${trimmed}`,
  };
}

/** A rule a trimmed, non-empty permalink must pass: its problem, or `undefined`. */
type PermalinkRule = (permalink: string) => PermalinkProblem | undefined;

/** A name between two slashes longer than a disk allows. */
function tooLongName(permalink: string): PermalinkProblem | undefined {
  const long = permalink.split("/").find((segment) => Buffer.byteLength(segment) > maxSegmentBytes);
  if (long === undefined) return undefined;
  return {
    message: `has a part of ${Buffer.byteLength(long)} bytes between two slashes, more than the ${maxSegmentBytes} a file or folder name may have on most disks`,
    fix: `shorten it, e.g. ${example}`,
  };
}

/** `{{ }}`, `{% %}`, `{# #}`: never run. */
function templateSyntax(permalink: string): PermalinkProblem | undefined {
  if (!/\{[{%#]/.test(permalink)) return undefined;
  return {
    message: "has template syntax, which is never run: a permalink is a plain path",
    fix: `write the path itself, e.g. ${example}`,
  };
}

/** A control character (reported with its position by the check of every front-matter text). */
function controlCharacter(permalink: string): PermalinkProblem | undefined {
  return hasControlCharacter(permalink)
    ? { message: controlCharacterMessage, fix: "remove it" }
    : undefined;
}

/** `\` between folders; the fix writes `/` when that gives a path this function accepts. */
function backslash(permalink: string): PermalinkProblem | undefined {
  if (!permalink.includes("\\")) return undefined;
  const slashes = `/${permalink.replace(/[\\/]+/g, "/").replace(/^\/+/, "")}`;
  return {
    message: "has a backslash",
    fix: permalinkProblem(slashes)
      ? `write / between folders, e.g. ${example}`
      : `write / between folders: permalink: ${slashes}`,
  };
}

/** A scheme or drive (`https:`, `file:`, `C:`), or `//` (another host). */
function urlOrOtherHost(permalink: string): PermalinkProblem | undefined {
  const otherHost = permalink.startsWith("//");
  if (!otherHost && !/^[a-z][a-z0-9+.-]*:/i.test(permalink)) return undefined;
  return {
    message: otherHost
      ? "starts with //, which browsers read as the name of another host"
      : "is a URL or a path on a computer, not a path of this site",
    fix: `write the path from the site's root, e.g. ${example}`,
  };
}

/** `decodeURIComponent`, or `undefined` when the text is not valid percent-encoding. */
function decodedComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** A `%`: a server decodes `%2e%2e` to `..`. */
function percentEscape(permalink: string): PermalinkProblem | undefined {
  if (!permalink.includes("%")) return undefined;
  const decoded = decodedComponent(permalink);
  return {
    message:
      "has a %: servers decode percent-escapes (%2e%2e is ..), so the page would be served at another path",
    fix:
      decoded !== undefined && !decoded.includes("%") && !permalinkProblem(decoded)
        ? `write the characters themselves: permalink: ${decoded}`
        : `write the characters themselves, without %, e.g. ${example}`,
  };
}

/** A `?` query or `#` fragment. */
function queryOrFragment(permalink: string): PermalinkProblem | undefined {
  if (!/[?#]/.test(permalink)) return undefined;
  const pathOnly = permalink.replace(/[?#].*$/, "");
  return {
    message: "has a ? query or # fragment, which no file can answer",
    fix:
      pathOnly !== "" && !permalinkProblem(pathOnly)
        ? `write the path only: permalink: ${pathOnly}`
        : `write the path only, e.g. ${example}`,
  };
}

/** The path read from the site's root, as Eleventy reads one without a leading `/`. */
function fromRoot(permalink: string): string {
  return `/${permalink.replace(/^\/+/, "")}`;
}

/** A `.` or `..` segment, which could leave the output folder. */
function dotSegment(permalink: string): PermalinkProblem | undefined {
  const segments = fromRoot(permalink).split("/");
  if (!segments.some((segment) => segment === "." || segment === "..")) return undefined;
  return {
    message:
      'has a "." or ".." segment, which could put the page outside the output folder or over another page',
    fix: `write the path from the site's root without . or .., e.g. ${example}`,
  };
}

/** A file or folder the build writes itself (the lists of `src/content/permalinks/aliases.ts`). */
function buildsOwnPath(permalink: string): PermalinkProblem | undefined {
  const reading = readAlias(fromRoot(permalink));
  if (reading.ok) return undefined;
  return {
    // readAlias speaks of aliases: "/posts/ … not one post's old path".
    message: `${reading.message.replace(/, not one post's old path$/, "")}; a post's page may not take its place`,
    fix: `choose a path of its own, e.g. ${example}, ${removeLine}`,
  };
}

/** Neither a folder (`/`) nor an `.html` file: a post is a page. */
function notAPage(permalink: string): PermalinkProblem | undefined {
  const rooted = fromRoot(permalink);
  if (rooted.endsWith("/") || /\.html$/i.test(rooted)) return undefined;
  const suggestion = /\.[^/]*$/.test(rooted) ? undefined : `${rooted}/`;
  return {
    message: "does not end in / or .html: a post is a page, written as index.html in a folder",
    fix:
      suggestion && !permalinkProblem(suggestion)
        ? `end it with /: permalink: ${suggestion}`
        : `end it with /, e.g. ${example}`,
  };
}

/** The rules of a trimmed, non-empty permalink, in the order they are asked. */
const rules: readonly PermalinkRule[] = [
  tooLongName,
  templateSyntax,
  controlCharacter,
  backslash,
  urlOrOtherHost,
  percentEscape,
  queryOrFragment,
  dotSegment,
  buildsOwnPath,
  notAPage,
];

/**
 * What is wrong with a post's `permalink:` value, or `undefined` when the build accepts it:
 * `false` (no page), or a path that
 * - is text without template syntax (`{{ }}`, `{% %}`, `{# #}`: never run) or control characters,
 *   without a space or line break at either end, and no name in it longer than 255 bytes;
 * - has no scheme or drive (`https:`, `file:`, `C:`), does not start with `//` (another host),
 *   and has no backslash, `%` (a server decodes `%2e%2e` to `..`), `?` or `#`;
 * - has no `.` or `..` segment, so it stays inside the output folder;
 * - is no file or folder the build writes itself: the home page, `/404.html`, `/feed.xml` and the
 *   other root files, `/assets/`, `/pagefind/`, the site's own page folders (`/tags/`,
 *   `/authors/`…) or `/posts/` itself (the lists of `src/content/permalinks/aliases.ts`);
 * - ends in `/` (a folder: `index.html` is written in it) or `.html`: a post is a page.
 * A path without a leading `/` is read from the site's root, as Eleventy does. A fix that
 * suggests a path suggests one this function accepts.
 */
export function permalinkProblem(value: unknown): PermalinkProblem | undefined {
  if (value === false) return undefined;
  if (typeof value !== "string") return notText(value);
  const trimmed = value.trim();
  if (trimmed === "") return empty;
  if (trimmed !== value) return surroundingSpace(trimmed);
  for (const rule of rules) {
    const problem = rule(trimmed);
    if (problem) return problem;
  }
  return undefined;
}

/** What {@link checkPermalinkField} reads of a post's front matter. */
interface CheckedFrontMatter {
  data: unknown;
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Checks a post's own `permalink:` ({@link permalinkProblem}).
 * @param frontMatter the post's front matter as `readFrontMatter` read it
 * @param file the post's project-relative path, for messages
 * @returns the problem on the field's line, or `[]` when the post has no permalink or a good one
 */
export function checkPermalinkField(
  frontMatter: CheckedFrontMatter,
  file: string,
): ContentProblem[] {
  const { data } = frontMatter;
  if (data === null || typeof data !== "object" || !("permalink" in data)) return [];
  const value = (data as { permalink: unknown }).permalink;
  const problem = permalinkProblem(value);
  if (!problem || problem.message === controlCharacterMessage) return [];
  return [
    {
      file,
      line: frontMatter.lineOf(["permalink"]),
      message: `front matter field "permalink"${value === null ? "" : `: ${JSON.stringify(value)}`} ${problem.message}`,
      fix: problem.fix,
    },
  ];
}
