/**
 * Absolute URLs of the site's pages, for everything read outside the site where a root-relative
 * URL means nothing: feeds, the sitemap, robots.txt, canonical links, OpenGraph and JSON-LD.
 */
import { href } from "../shared/urls.ts";
import { normalizePathPrefix } from "../site.ts";
import { classifyLink } from "../shared/urls.ts";

/** The part of the site settings an absolute URL needs. */
export interface SiteOrigin {
  /** `https://example.org`, without the path prefix; a trailing slash is ignored. */
  url: string;
  /** `/` or `/basra-blog/`. */
  pathPrefix: string;
}

/**
 * Returns the absolute URL of a site path, under the path prefix, percent-encoded:
 * `absoluteUrl("/posts/basra/#sources", {url: "https://example.org", pathPrefix: "/basra-blog/"})`
 * → `"https://example.org/basra-blog/posts/basra/#sources"`. An absolute http(s) URL is returned
 * as it is (only encoded), so front matter may give either.
 * @param path a root-relative site path without the prefix (`/`, `/posts/basra/`, `/feed.xml`)
 */
export function absoluteUrl(path: string, site: SiteOrigin): string {
  if (/^https?:\/\//i.test(path)) return href(path);
  const origin = site.url.replace(/\/+$/, "");
  const relative = path.replace(/^\/+/, "");
  return href(`${origin}${site.pathPrefix}${relative}`);
}

/**
 * Resolves a URL written relative to a page (a lead image `lead.jpg` beside `index.md`) to a
 * root-relative site path: `resolveOnPage("lead.jpg", "/posts/basra/")` → `"/posts/basra/lead.jpg"`.
 * Absolute URLs (`https://…`) and root-relative paths are returned as they are.
 * @param pageUrl the page's root-relative URL, without the path prefix
 */
export function resolveOnPage(src: string, pageUrl: string): string {
  if (classifyLink(src).kind !== "relative") return src;
  const resolved = new URL(src, `https://site.invalid${pageUrl}`);
  return decodeURI(resolved.pathname) + resolved.search + resolved.hash;
}

/**
 * The path prefix Eleventy builds with, read in a plugin: Eleventy sets `eleventyConfig.pathPrefix`
 * from `--pathprefix` before plugins run, whereas `site.pathPrefix` is read from the environment
 * when `src/site.ts` is first imported, which may be before the build command sets it.
 * @param fallback used when Eleventy has none, e.g. `site.pathPrefix`
 */
export function eleventyPathPrefix(eleventyConfig: object, fallback: string): string {
  const prefix = (eleventyConfig as { pathPrefix?: unknown }).pathPrefix;
  return normalizePathPrefix(typeof prefix === "string" ? prefix : fallback);
}
