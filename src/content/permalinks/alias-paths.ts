/**
 * What an alias is once read: a path of this site and the file its redirect is written to, the
 * files and folders the build writes itself (which no alias may take), and the codes of the
 * reasons `readAlias` (`./aliases.ts`) refuses one.
 */

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
