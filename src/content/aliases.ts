/**
 * Aliases: a post's old URLs (`aliases:` in its front matter, e.g. `/2008/03/27/old-slug/` from a
 * WordPress import) that redirect to it. What an alias must be, where its redirect page is
 * written, and the check that no two aliases, and no alias and post, take the same path. Pure
 * functions; `redirect-page.ts` writes the redirects and `plugin.ts` wires them into the build.
 */
import type { ContentProblem } from "../errors.ts";
import { postsUrlFolder as postsFolder } from "./permalink.ts";

/** An alias read and normalised: where it is written and what it is compared by. */
export interface AliasPath {
  /** The path as a root-relative site path, decoded: `/2008/03/27/old-slug/`, `/old.html`. */
  path: string;
  /**
   * The file written for it, relative to the output folder, decoded:
   * `2008/03/27/old-slug/index.html`. Two aliases (or an alias and a page) clash when their
   * files are the same.
   */
  outputFile: string;
}

/** Why an alias is not a path the build accepts, one code for each rule of {@link readAlias}. */
export type AliasReadingCode =
  | "alias-is-full-url"
  | "alias-not-from-root"
  | "alias-has-query-or-fragment"
  | "alias-has-backslash"
  | "alias-has-bad-percent"
  | "alias-has-encoded-separator"
  | "alias-has-control-character"
  | "alias-has-dot-segment"
  | "alias-is-home-page"
  | "alias-is-build-file"
  | "alias-inside-build-file"
  | "alias-in-build-folder"
  | "alias-in-page-folder"
  | "alias-is-posts-folder";

/**
 * The result of reading an alias: the path, or a stable `code` with what is wrong (`message`,
 * completing `alias "…" `) and the fix. Callers that word the problem their own way read `code`;
 * the build prints `message` and `fix`.
 */
export type AliasReading =
  | { ok: true; alias: AliasPath }
  | { ok: false; code: AliasReadingCode; message: string; fix: string };

/**
 * Files the build writes at the site's root itself (feeds, sitemap, robots.txt, the 404 page,
 * the host files `_headers` and `_redirects`): no alias may take their path.
 */
export const generatedRootFiles = [
  "404.html",
  "_headers",
  "_redirects",
  "feed.json",
  "feed.xml",
  "robots.txt",
  "sitemap.xml",
] as const;

/**
 * Folders the build fills with its own files (stylesheets, scripts, Leaflet, the search index):
 * no alias may be written in them.
 */
export const generatedFolders = ["assets", "pagefind"] as const;

/**
 * Folders of the pages the site's own templates (`pages/`) write: the archive, topic, author and
 * series pages, the coverage map, search, and the home page's later pages (`/page/2/`). No alias
 * may be written in them, so that a clash is found before the build renders anything, together
 * with every other problem in the posts.
 */
export const generatedPageFolders = [
  "archive",
  "authors",
  "map",
  "page",
  "search",
  "series",
  "tags",
] as const;

/**
 * The key under which two output files are one file on some disk: Unicode NFC and lower case,
 * because macOS and Windows disks ignore case, so `POSTS/basra/index.html` is `posts/basra/index.html`.
 */
export function outputFileKey(outputFile: string): string {
  return outputFile.normalize("NFC").toLowerCase();
}

/** The output file of a site path: `/a/` → `a/index.html`, `/a.html` → `a.html`, `/a` → `a/index.html`. */
export function outputFileOf(sitePath: string): string {
  const relative = sitePath.replace(/^\/+/, "");
  if (relative === "" || relative.endsWith("/")) return `${relative}index.html`;
  if (/\.html?$/i.test(relative)) return relative;
  return `${relative}/index.html`;
}

/** A refusal of {@link readAlias}. */
type AliasRefusal = Extract<AliasReading, { ok: false }>;

function refuse(code: AliasReadingCode, message: string, fix: string): AliasRefusal {
  return { ok: false, code, message, fix };
}

/** An alias with a scheme or host (`https://…`, `//host/…`): its path is the fix. */
function fullUrlRefusal(trimmed: string): AliasRefusal {
  let pathOnly: string | undefined;
  try {
    const url = new URL(trimmed.startsWith("//") ? `https:${trimmed}` : trimmed);
    if (url.protocol === "http:" || url.protocol === "https:") pathOnly = url.pathname;
  } catch {
    pathOnly = undefined;
  }
  return refuse(
    "alias-is-full-url",
    "is a full URL, not a path of this site",
    pathOnly
      ? `write the path only: ${pathOnly}`
      : "write the old path of this site, starting with /, e.g. /2008/03/27/old-slug/",
  );
}

/**
 * The refusals of an alias as written, before it is decoded: a full URL, a path not from the
 * root, a `?` or `#`, a backslash. Undefined when it passes them.
 */
function writtenFormRefusal(trimmed: string): AliasRefusal | undefined {
  if (/^([a-z][a-z0-9+.-]*):/i.test(trimmed) || trimmed.startsWith("//")) {
    return fullUrlRefusal(trimmed);
  }
  if (!trimmed.startsWith("/")) {
    const fromRoot = `/${trimmed}`.replace(/[\\/]+/g, "/");
    return refuse(
      "alias-not-from-root",
      "does not start with /",
      readAlias(fromRoot).ok
        ? `write it from the site's root: ${fromRoot}`
        : "write the post's old path from the site's root, e.g. /2008/03/27/old-slug/",
    );
  }
  if (/[?#]/.test(trimmed)) {
    const pathOnly = trimmed.replace(/[?#].*$/, "");
    return refuse(
      "alias-has-query-or-fragment",
      "has a ? query or # fragment, which a static site cannot redirect",
      /^\/*$/.test(pathOnly)
        ? `remove it: without its ${trimmed.includes("?") ? "query" : "fragment"} it is the home page; list the post's old path instead, e.g. /2008/03/27/old-slug/`
        : `write the path only: ${pathOnly}`,
    );
  }
  if (trimmed.includes("\\")) {
    // `/\\evil\\` must not become `//evil/`, a URL of another host: runs of / are one.
    const slashes = trimmed.replace(/[\\/]+/g, "/");
    return refuse(
      "alias-has-backslash",
      "has a backslash",
      readAlias(slashes).ok && slashes !== "/"
        ? `write / between folders: ${slashes}`
        : "write the post's old path with / between folders, e.g. /2008/03/27/old-slug/",
    );
  }
  return undefined;
}

/** The refusals of a decoded path: an encoded separator, a control character, `.` or `..`, `/`. */
function decodedFormRefusal(decoded: string): AliasRefusal | undefined {
  // decodeURI keeps %2F and turns %5C into \: some servers read either as a separator.
  if (/%2f/i.test(decoded) || decoded.includes("\\")) {
    return refuse(
      "alias-has-encoded-separator",
      "has an encoded / or \\ (%2F, %5C), which some servers read as a folder separator",
      "write / between folders",
    );
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(decoded)) {
    return refuse("alias-has-control-character", "has a control character", "remove it");
  }
  if (decoded.split("/").some((segment) => segment === "." || segment === "..")) {
    return refuse(
      "alias-has-dot-segment",
      'has a "." or ".." segment, which could point outside the site',
      "write the old path as it was published, without . or ..",
    );
  }
  if (/^\/+$/.test(decoded)) {
    return refuse(
      "alias-is-home-page",
      "is the home page",
      "remove it: the home page cannot redirect to a post",
    );
  }
  return undefined;
}

/**
 * The refusals of where an alias would be written: the home page's file, a file the build
 * writes, a folder it fills, the folder of every post. Undefined when the place is free.
 */
function placeRefusal(decoded: string, outputKey: string): AliasRefusal | undefined {
  const segments = decoded.split("/").filter((segment) => segment !== "");
  const first = (segments[0] ?? "").normalize("NFC").toLowerCase();
  if (outputKey === "index.html") {
    return refuse(
      "alias-is-home-page",
      "is the home page's file",
      "remove it: the home page cannot redirect to a post",
    );
  }
  const rootFiles: readonly string[] = [...generatedRootFiles, "index.html"];
  if (rootFiles.includes(first)) {
    // `/sitemap.xml/x/` needs a folder named sitemap.xml, where the build writes that file.
    return segments.length === 1
      ? refuse(
          "alias-is-build-file",
          `is the path of /${first}, a file the build writes itself`,
          "remove the alias: an old URL cannot take the place of that file",
        )
      : refuse(
          "alias-inside-build-file",
          `is inside /${first}, a file the build writes itself, which cannot also be a folder`,
          "remove the alias, or write the post's old path outside that file's name",
        );
  }
  if ((generatedFolders as readonly string[]).includes(first)) {
    return refuse(
      "alias-in-build-folder",
      `is in /${first}/, a folder the build fills with its own files`,
      "remove the alias, or write the post's old path outside that folder",
    );
  }
  if ((generatedPageFolders as readonly string[]).includes(first)) {
    return refuse(
      "alias-in-page-folder",
      `is in /${first}/, where the build writes the site's own pages`,
      "remove the alias, or write the post's old path outside that folder",
    );
  }
  if (outputKey === `${postsFolder}/index.html`) {
    return refuse(
      "alias-is-posts-folder",
      `is /${postsFolder}/, the folder of every post, not one post's old path`,
      `write the post's old path, e.g. /${postsFolder}/old-slug/`,
    );
  }
  return undefined;
}

/**
 * Reads one alias as an author wrote it. An alias is a root-relative path of this site (under
 * the path prefix, which is added when the site is built): it starts with `/`, has no scheme or
 * host, no `.` or `..` segment, no `?` query or `#` fragment (a static file cannot answer them),
 * no backslash, and is not the home page `/`, a file the build writes ({@link generatedRootFiles})
 * or a path in a folder the build fills ({@link generatedFolders}, {@link generatedPageFolders}).
 * Percent-encoding is decoded (`/caf%C3%A9/` is `/café/`). A fix that suggests a path suggests
 * one this function accepts.
 * @returns the normalised alias, or the problem: its `code`, `message` (completing
 *   `alias "…" `) and `fix`
 */
export function readAlias(alias: string): AliasReading {
  const trimmed = alias.trim();
  const written = writtenFormRefusal(trimmed);
  if (written) return written;
  let decoded: string;
  try {
    decoded = decodeURI(trimmed);
  } catch {
    return refuse(
      "alias-has-bad-percent",
      "has a % that is not a percent-encoded character",
      "write % as %25",
    );
  }
  const outputFile = outputFileOf(decoded);
  const refusal = decodedFormRefusal(decoded) ?? placeRefusal(decoded, outputFileKey(outputFile));
  return refusal ?? { ok: true, alias: { path: decoded, outputFile } };
}

/** A post's URL and its aliases, as the pre-build check reads them from its front matter. */
export interface PostAliases {
  /** The post's project-relative source path, `posts/basra/index.md`. */
  file: string;
  /** The post's URL without the path prefix, `/posts/basra/`. */
  url: string;
  /** Each alias as written, with the file line it is on. */
  aliases: readonly { value: string; line: number }[];
}

/** Why {@link checkAliases} refuses an alias: a {@link AliasReadingCode}, or a clash. */
export type AliasProblemCode =
  | AliasReadingCode
  /** The alias is a post's URL: its redirect would replace the post's page. */
  | "alias-is-post-url"
  /** The alias is a post's URL but for upper and lower case: one file on some disks. */
  | "alias-is-post-url-but-for-case"
  /** The alias is inside the folder of a post's page, where its images and maps are copied. */
  | "alias-inside-post-folder"
  /** The post lists the alias twice (maybe in other case). */
  | "alias-listed-twice"
  /** Another post has the alias too (maybe in other case). */
  | "alias-clashes-with-alias";

/**
 * One problem of {@link checkAliases}: a {@link ContentProblem} (`file`, `line`, `message`,
 * `fix`, as the build prints them) with a stable `code` and the fields that say it, for callers
 * (the WordPress import) that word it their own way.
 */
export interface AliasProblem extends ContentProblem {
  line: number;
  code: AliasProblemCode;
  /** The alias as written. */
  alias: string;
  /** Its 0-based index in the post's `aliases`. */
  index: number;
  /** For a refused path ({@link readAlias}): what is wrong with it, completing `alias "…" `. */
  reason?: string;
  /** The post whose URL or folder the alias would take: its file and URL. */
  post?: { file: string; url: string };
  /** The alias it clashes with: its post's file, line, index and value. */
  other?: { file: string; line: number; index: number; value: string };
  /** The clash is only in upper and lower case (one file on a disk that ignores case). */
  caseOnly?: boolean;
}

/** The post pages and post folders of a site, by output-file key. */
interface PostPlaces {
  pages: Map<string, PostAliases>;
  /** The folder of each post published as `<folder>/index.html`: its files (images, maps) go there. */
  folders: Map<string, PostAliases>;
}

function postPlaces(posts: readonly PostAliases[]): PostPlaces {
  const pages = new Map<string, PostAliases>();
  const folders = new Map<string, PostAliases>();
  for (const post of posts) {
    const outputFile = outputFileOf(post.url);
    const key = outputFileKey(outputFile);
    if (!pages.has(key)) pages.set(key, post);
    if (outputFile.endsWith("/index.html")) {
      const folder = key.slice(0, -"/index.html".length);
      if (!folders.has(folder)) folders.set(folder, post);
    }
  }
  return { pages, folders };
}

/** An alias that {@link checkAliases} has accepted, by output-file key. */
interface TakenAlias {
  file: string;
  line: number;
  index: number;
  outputFile: string;
  value: string;
}

/** The problem of an alias that takes a post's page or a place in its folder; else undefined. */
function postPlaceProblem(
  places: PostPlaces,
  outputFile: string,
  field: string,
): Omit<AliasProblem, "file" | "line" | "alias" | "index"> | undefined {
  const key = outputFileKey(outputFile);
  const page = places.pages.get(key);
  if (page) {
    const post = { file: page.file, url: page.url };
    return outputFileOf(page.url) === outputFile
      ? {
          code: "alias-is-post-url",
          post,
          message: `${field} is the URL of the post ${page.file}, so the redirect would replace it`,
          fix: "remove the alias",
        }
      : {
          code: "alias-is-post-url-but-for-case",
          post,
          message: `${field} differs from ${page.url}, the URL of the post ${page.file}, only in upper and lower case, so on a disk that ignores case (macOS, Windows) the redirect would replace it`,
          fix: "remove the alias",
        };
  }
  const parts = key.split("/");
  const folderPost = parts
    .slice(0, -1)
    .map((_part, index) => places.folders.get(parts.slice(0, index + 1).join("/")))
    .find((found) => found !== undefined);
  if (!folderPost) return undefined;
  const folderUrl = folderPost.url.replace(/index\.html?$/i, "");
  return {
    code: "alias-inside-post-folder",
    post: { file: folderPost.file, url: folderUrl },
    message: `${field} is inside ${folderUrl}, the folder of the post ${folderPost.file}, where its page and files (images, maps) are published, so the redirect would take the place of one of them`,
    fix: "remove the alias",
  };
}

/** The problem of an alias that another alias (of this post or another) already takes. */
function takenProblem(
  other: TakenAlias,
  file: string,
  outputFile: string,
  field: string,
): Omit<AliasProblem, "file" | "line" | "alias" | "index"> {
  const caseOnly = other.outputFile !== outputFile;
  const { file: otherFile, line, index, value } = other;
  const fields = { other: { file: otherFile, line, index, value }, caseOnly };
  if (otherFile === file) {
    return {
      code: "alias-listed-twice",
      ...fields,
      message: `${field} is the same old URL as aliases.${index} (${JSON.stringify(value)}, line ${line})${caseOnly ? " but for upper and lower case" : ""}; the post lists it twice`,
      fix: "remove one of the two",
    };
  }
  return {
    code: "alias-clashes-with-alias",
    ...fields,
    message: `${field} is also an alias at ${otherFile}:${line}${caseOnly ? ` (${JSON.stringify(value)}, which differs only in upper and lower case: one file on a disk that ignores case)` : ""}; an old URL can redirect to one post only`,
    fix: "keep the alias in one post and remove it from the other",
  };
}

/**
 * Finds every problem of the posts' aliases: each must be a valid path ({@link readAlias}), and
 * no alias may be written where a post's page is, inside the folder of a post's page (where its
 * images and maps are copied: `/posts/basra/photo.png`), or where another alias (of any post) is.
 * @returns every problem with its `code` and fields ({@link AliasProblem}), each on the alias's
 *   line and naming the other file and line when two clash; empty when all aliases are good
 */
export function findAliasProblems(posts: readonly PostAliases[]): AliasProblem[] {
  const problems: AliasProblem[] = [];
  const places = postPlaces(posts);
  const taken = new Map<string, TakenAlias>();
  for (const post of posts) {
    post.aliases.forEach(({ value, line }, index) => {
      const at = { file: post.file, line, alias: value, index };
      const field = `front matter field "aliases.${index}": ${JSON.stringify(value)}`;
      const reading = readAlias(value);
      if (!reading.ok) {
        const { code, message: reason, fix } = reading;
        problems.push({ ...at, code, reason, message: `${field} ${reason}`, fix });
        return;
      }
      const { outputFile } = reading.alias;
      const key = outputFileKey(outputFile);
      const other = taken.get(key);
      const problem =
        postPlaceProblem(places, outputFile, field) ??
        (other ? takenProblem(other, post.file, outputFile, field) : undefined);
      if (problem) problems.push({ ...at, ...problem });
      else taken.set(key, { file: post.file, line, index, outputFile, value });
    });
  }
  return problems;
}

/**
 * Checks every post's aliases ({@link findAliasProblems}) for the build.
 * @returns every problem as the build prints it (`file`, `line`, `message`, `fix`); empty when
 *   all aliases are good. {@link findAliasProblems} gives the same problems with their codes.
 */
export function checkAliases(posts: readonly PostAliases[]): ContentProblem[] {
  return findAliasProblems(posts).map(({ file, line, message, fix }) => ({
    file,
    line,
    message,
    fix,
  }));
}
