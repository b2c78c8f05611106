/**
 * Where a post's downloads are written: beside its page, named after it.
 */

/** The two downloads, by the extension of their file. */
export type CiteFileKind = "bib" | "ris";

/**
 * The root-relative path (without the path prefix) of a post's download: beside a page written as
 * a folder's index (`/posts/basra/` → `/posts/basra/cite.bib`), and for a page written as a file
 * of its own (a post's `permalink: /posts/basra.html`) beside it under its name
 * (`/posts/basra.cite.bib`), so that two such pages in one folder do not share one file.
 * @param pageUrl the page's root-relative URL, as Eleventy gives it (`page.url`)
 */
export function citeFilePath(pageUrl: string, kind: CiteFileKind): string {
  if (pageUrl.endsWith("/")) return `${pageUrl}cite.${kind}`;
  return `${pageUrl.replace(/\.html?$/i, "")}.cite.${kind}`;
}

/**
 * The download's URL relative to its page, for the page's links: `cite.bib`, or `basra.cite.bib`
 * beside `/posts/basra.html`.
 */
export function citeFileHref(pageUrl: string, kind: CiteFileKind): string {
  return citeFilePath(pageUrl, kind).replace(/^.*\//, "");
}
