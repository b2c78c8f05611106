/**
 * What reaches the output although the build refuses it before it starts: a page written over a
 * file the build writes itself (an HTML page where a stylesheet, a script, `_headers` or a feed
 * should be) or into a folder the build fills with its own files (`assets/`, `pagefind/`), and,
 * under a path prefix, feed links to site paths outside the prefix.
 */
import { closeSync, openSync, readSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { generatedFolders } from "../content/permalinks/aliases.ts";
import type { SiteProblem } from "./problem.ts";

/** Files the build writes that are never an HTML page: by extension, and by name at the root. */
const notPages = /\.(?:css|js|mjs|json|xml|txt|webmanifest|map)$|^_headers$|^_redirects$/i;

/** The first bytes of a file, as text. */
function head(file: string, bytes = 512): string {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.toString("utf8", 0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Finds files of the build that a page took the place of: an HTML document in a file that is
 * never a page ({@link notPages}: `assets/css/site.css`, `pagefind/pagefind.js`, `_headers`,
 * `feed.json`…), and any HTML file inside `assets/` or `pagefind/`.
 * @param outputDir the output folder
 * @returns one problem per file, line 1, check `shadow`, sorted by file
 */
export function checkOwnFiles(outputDir: string): SiteProblem[] {
  const problems: SiteProblem[] = [];
  const files = readdirSync(outputDir, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(path.sep).join("/"))
    .sort();
  for (const file of files) {
    const first = file.split("/")[0] ?? "";
    if (/\.html?$/i.test(file) && (generatedFolders as readonly string[]).includes(first)) {
      problems.push({
        file,
        line: 1,
        message: `a page in /${first}/, a folder the build fills with its own files: a post's permalink or another page was written there`,
        check: "shadow",
      });
      continue;
    }
    if (!notPages.test(path.posix.basename(file))) continue;
    const full = path.join(outputDir, file);
    if (!statSync(full).isFile()) continue;
    if (/^\s*(?:<!doctype html|<html[\s>])/i.test(head(full))) {
      problems.push({
        file,
        line: 1,
        message:
          "holds an HTML page where the build writes a file of its own: a post's permalink or another page was written over it",
        check: "shadow",
      });
    }
  }
  return problems;
}

/** Unescapes the XML entities and JSON escapes a URL in a feed may be written with. */
function unescape(text: string): string {
  return text
    .replace(/\\\//g, "/")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * Under a path prefix, finds the links of a feed (Atom, JSON Feed, the sitemap) that point at
 * this site but outside the prefix: `https://example.org/posts/x/` or `href="/posts/x/"` in a
 * site served at `/basra-blog/`, which readers would follow to another site on the same host.
 * @param text the feed's text
 * @param file its path relative to the output folder, for messages
 * @param pathPrefix `/basra-blog/`; with `/` nothing can be outside it
 * @param siteUrl the site's origin, `https://example.org`
 * @returns one problem per link, on its line, check `link`
 */
export function checkFeedPrefix(
  text: string,
  file: string,
  pathPrefix: string,
  siteUrl: string,
): SiteProblem[] {
  if (pathPrefix === "/") return [];
  const origin = siteUrl.replace(/\/+$/, "");
  const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const absolute = new RegExp(`${escaped}(/[^\\s"'<>)]*)?`, "g");
  const rootRelative = /\b(?:href|src)\s*=\s*["'](\/(?!\/)[^"'\s]*)/g;
  const problems: SiteProblem[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = unescape(raw);
    const found = [
      ...[...line.matchAll(absolute)].map((match) => ({
        url: match[0],
        sitePath: match[1] ?? "/",
      })),
      ...[...line.matchAll(rootRelative)].map((match) => ({
        url: match[1] as string,
        sitePath: match[1] as string,
      })),
    ];
    for (const { url, sitePath } of found) {
      if (`${sitePath}/`.startsWith(pathPrefix) || sitePath.startsWith(pathPrefix)) continue;
      problems.push({
        file,
        line: index + 1,
        message: `${url} escapes the path prefix ${pathPrefix}`,
        check: "link",
      });
    }
  });
  return problems;
}
