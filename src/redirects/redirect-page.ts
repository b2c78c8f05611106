/**
 * What a redirect is written as: a line of the `_redirects` file that Netlify and Cloudflare
 * Pages read, and the small HTML page at the old path for hosts that read no such file (GitHub
 * Pages). Pure functions.
 */
import { href as encodeHref } from "../shared/urls.ts";
import { escapeHtml } from "../shared/html.ts";
import { absoluteUrl, type SiteOrigin } from "../seo/urls.ts";

/** One redirect the build writes: an old path to a post's page. */
export interface Redirect {
  /** The old path, decoded, without the path prefix: `/2008/03/27/old-slug/`. */
  from: string;
  /** The post's URL, decoded, without the path prefix: `/posts/basra/`. */
  to: string;
  /** The post's title, for the redirect page's link. */
  title: string;
}

/** Percent-encodes a path for a URL, leaving existing escapes as they are. */
function encodePath(sitePath: string): string {
  return encodeHref(sitePath);
}

/**
 * Joins the path prefix and a root-relative site path: `withPrefix("/posts/a/", "/blog/")` →
 * `"/blog/posts/a/"`.
 * @param pathPrefix `/` or `/blog/`, with both slashes
 */
export function withPrefix(sitePath: string, pathPrefix: string): string {
  return `${pathPrefix.replace(/\/+$/, "")}/${sitePath.replace(/^\/+/, "")}`;
}

/**
 * Writes the `_redirects` file (Netlify, Cloudflare Pages: one rule a line, `from to status`)
 * with a permanent (301) redirect for every alias, both paths under the path prefix and
 * percent-encoded: `/blog/2008/03/27/old-slug/ /blog/posts/basra/ 301`. Rules are sorted by
 * their old path, so the file is the same build after build.
 * @param pathPrefix `/` or `/blog/`
 */
export function redirectsFile(redirects: readonly Redirect[], pathPrefix: string): string {
  const rules = [...redirects]
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    .map(
      (redirect) =>
        `${encodePath(withPrefix(redirect.from, pathPrefix))} ${encodePath(withPrefix(redirect.to, pathPrefix))} 301`,
    );
  return `# Old URLs of posts (their aliases), written by Dispatch\n${rules.join("\n")}\n`;
}

/** What a redirect page needs besides the redirect. */
export interface RedirectPageOptions {
  /** The site's origin (`https://example.org`) and path prefix (`/` or `/blog/`). */
  site: SiteOrigin;
  /** The site's language, for `<html lang>`. */
  language: string;
  /** The Content-Security-Policy for the page's `<meta>` element. */
  csp: string;
}

/**
 * Writes the page at an old path: an immediate `<meta http-equiv="refresh">` to the post, its
 * absolute URL as `rel=canonical` (so search engines move the old URL's standing to it),
 * `noindex`, and a visible link for readers whose browser does not follow the refresh. No
 * script, so the strict Content-Security-Policy holds.
 */
export function redirectPage(redirect: Redirect, options: RedirectPageOptions): string {
  const href = escapeHtml(encodePath(withPrefix(redirect.to, options.site.pathPrefix)));
  const canonical = escapeHtml(absoluteUrl(redirect.to, options.site));
  const title = escapeHtml(redirect.title);
  return `<!doctype html>
<html lang="${escapeHtml(options.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(options.csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moved: ${title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<main>
<p>This page has moved to <a href="${href}">${title}</a>.</p>
</main>
</body>
</html>
`;
}
