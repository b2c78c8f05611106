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

/** The result of reading an alias: the path, or what is wrong and the fix. */
export type AliasReading =
  { ok: true; alias: AliasPath } | { ok: false; message: string; fix: string };

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

/**
 * Reads one alias as an author wrote it. An alias is a root-relative path of this site (under
 * the path prefix, which is added when the site is built): it starts with `/`, has no scheme or
 * host, no `.` or `..` segment, no `?` query or `#` fragment (a static file cannot answer them),
 * no backslash, and is not the home page `/`, a file the build writes ({@link generatedRootFiles})
 * or a path in a folder the build fills ({@link generatedFolders}, {@link generatedPageFolders}).
 * Percent-encoding is decoded (`/caf%C3%A9/` is `/café/`). A fix that suggests a path suggests
 * one this function accepts.
 * @returns the normalised alias, or the problem (`message` completes `alias "…" `) and the fix
 */
export function readAlias(alias: string): AliasReading {
  const fail = (message: string, fix: string): AliasReading => ({ ok: false, message, fix });
  const trimmed = alias.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (scheme || trimmed.startsWith("//")) {
    let pathOnly: string | undefined;
    try {
      const url = new URL(trimmed.startsWith("//") ? `https:${trimmed}` : trimmed);
      if (url.protocol === "http:" || url.protocol === "https:") pathOnly = url.pathname;
    } catch {
      pathOnly = undefined;
    }
    return fail(
      "is a full URL, not a path of this site",
      pathOnly
        ? `write the path only: ${pathOnly}`
        : "write the old path of this site, starting with /, e.g. /2008/03/27/old-slug/",
    );
  }
  if (!trimmed.startsWith("/")) {
    const fromRoot = `/${trimmed}`.replace(/[\\/]+/g, "/");
    return fail(
      "does not start with /",
      readAlias(fromRoot).ok
        ? `write it from the site's root: ${fromRoot}`
        : "write the post's old path from the site's root, e.g. /2008/03/27/old-slug/",
    );
  }
  if (/[?#]/.test(trimmed)) {
    const pathOnly = trimmed.replace(/[?#].*$/, "");
    return fail(
      "has a ? query or # fragment, which a static site cannot redirect",
      /^\/*$/.test(pathOnly)
        ? `remove it: without its ${trimmed.includes("?") ? "query" : "fragment"} it is the home page; list the post's old path instead, e.g. /2008/03/27/old-slug/`
        : `write the path only: ${pathOnly}`,
    );
  }
  if (trimmed.includes("\\")) {
    // `/\\evil\\` must not become `//evil/`, a URL of another host: runs of / are one.
    const slashes = trimmed.replace(/[\\/]+/g, "/");
    const suggestion = readAlias(slashes);
    return fail(
      "has a backslash",
      suggestion.ok && slashes !== "/"
        ? `write / between folders: ${slashes}`
        : "write the post's old path with / between folders, e.g. /2008/03/27/old-slug/",
    );
  }
  let decoded: string;
  try {
    decoded = decodeURI(trimmed);
  } catch {
    return fail("has a % that is not a percent-encoded character", "write % as %25");
  }
  // decodeURI keeps %2F and turns %5C into \: some servers read either as a separator.
  if (/%2f/i.test(decoded) || decoded.includes("\\")) {
    return fail(
      "has an encoded / or \\ (%2F, %5C), which some servers read as a folder separator",
      "write / between folders",
    );
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(decoded)) {
    return fail("has a control character", "remove it");
  }
  if (decoded.split("/").some((segment) => segment === "." || segment === "..")) {
    return fail(
      'has a "." or ".." segment, which could point outside the site',
      "write the old path as it was published, without . or ..",
    );
  }
  if (/^\/+$/.test(decoded)) {
    return fail("is the home page", "remove it: the home page cannot redirect to a post");
  }
  const segments = decoded.split("/").filter((segment) => segment !== "");
  const first = (segments[0] ?? "").normalize("NFC").toLowerCase();
  const outputFile = outputFileOf(decoded);
  const outputKey = outputFileKey(outputFile);
  if (outputKey === "index.html") {
    return fail("is the home page's file", "remove it: the home page cannot redirect to a post");
  }
  const rootFiles: readonly string[] = [...generatedRootFiles, "index.html"];
  if (segments.length === 1 && rootFiles.includes(first)) {
    return fail(
      `is the path of /${first}, a file the build writes itself`,
      "remove the alias: an old URL cannot take the place of that file",
    );
  }
  if (rootFiles.includes(first)) {
    // `/sitemap.xml/x/` needs a folder named sitemap.xml, where the build writes that file.
    return fail(
      `is inside /${first}, a file the build writes itself, which cannot also be a folder`,
      "remove the alias, or write the post's old path outside that file's name",
    );
  }
  if ((generatedFolders as readonly string[]).includes(first)) {
    return fail(
      `is in /${first}/, a folder the build fills with its own files`,
      "remove the alias, or write the post's old path outside that folder",
    );
  }
  if ((generatedPageFolders as readonly string[]).includes(first)) {
    return fail(
      `is in /${first}/, where the build writes the site's own pages`,
      "remove the alias, or write the post's old path outside that folder",
    );
  }
  if (outputKey === `${postsFolder}/index.html`) {
    return fail(
      `is /${postsFolder}/, the folder of every post, not one post's old path`,
      `write the post's old path, e.g. /${postsFolder}/old-slug/`,
    );
  }
  return { ok: true, alias: { path: decoded, outputFile } };
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

/**
 * Checks every post's aliases: each must be a valid path ({@link readAlias}), and no alias may
 * be written where a post's page is, inside the folder of a post's page (where its images and
 * maps are copied: `/posts/basra/photo.png`), or where another alias (of any post) is.
 * @returns every problem, each on the alias's line and naming the other file and line when two
 *   clash; empty when all aliases are good
 */
export function checkAliases(posts: readonly PostAliases[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const pages = new Map<string, PostAliases>();
  // The folder of each post published as `<folder>/index.html`: its files (images, maps) go there.
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
  const taken = new Map<
    string,
    { file: string; line: number; index: number; outputFile: string; value: string }
  >();
  for (const post of posts) {
    post.aliases.forEach(({ value, line }, index) => {
      const field = `front matter field "aliases.${index}": ${JSON.stringify(value)}`;
      const reading = readAlias(value);
      if (!reading.ok) {
        problems.push({
          file: post.file,
          line,
          message: `${field} ${reading.message}`,
          fix: reading.fix,
        });
        return;
      }
      const { outputFile } = reading.alias;
      const key = outputFileKey(outputFile);
      const page = pages.get(key);
      if (page) {
        const pageFile = outputFileOf(page.url);
        problems.push({
          file: post.file,
          line,
          message:
            pageFile === outputFile
              ? `${field} is the URL of the post ${page.file}, so the redirect would replace it`
              : `${field} differs from ${page.url}, the URL of the post ${page.file}, only in upper and lower case, so on a disk that ignores case (macOS, Windows) the redirect would replace it`,
          fix: "remove the alias",
        });
        return;
      }
      const parts = key.split("/");
      const folderPost = parts
        .slice(0, -1)
        .map((_part, index) => folders.get(parts.slice(0, index + 1).join("/")))
        .find((found) => found !== undefined);
      if (folderPost) {
        const folderUrl = folderPost.url.replace(/index\.html?$/i, "");
        problems.push({
          file: post.file,
          line,
          message: `${field} is inside ${folderUrl}, the folder of the post ${folderPost.file}, where its page and files (images, maps) are published, so the redirect would take the place of one of them`,
          fix: "remove the alias",
        });
        return;
      }
      const other = taken.get(key);
      if (other && other.file === post.file) {
        problems.push({
          file: post.file,
          line,
          message: `${field} is the same old URL as aliases.${other.index} (${JSON.stringify(other.value)}, line ${other.line})${other.outputFile === outputFile ? "" : " but for upper and lower case"}; the post lists it twice`,
          fix: "remove one of the two",
        });
        return;
      }
      if (other) {
        problems.push({
          file: post.file,
          line,
          message: `${field} is also an alias at ${other.file}:${other.line}${other.outputFile === outputFile ? "" : ` (${JSON.stringify(other.value)}, which differs only in upper and lower case: one file on a disk that ignores case)`}; an old URL can redirect to one post only`,
          fix: "keep the alias in one post and remove it from the other",
        });
        return;
      }
      taken.set(key, { file: post.file, line, index, outputFile, value });
    });
  }
  return problems;
}
