/**
 * The Content-Security-Policy of every page, from the site settings: scripts only from the site
 * itself (`script-src 'self'`, no inline code, no eval), map tiles from the tile provider's host.
 * See https://www.w3.org/TR/CSP3/ .
 */
import { href } from "../shared/urls.ts";
import type { ContentProblem } from "../errors.ts";
import type { SiteSettings } from "../site.ts";
import { playerOrigins } from "../video/video-url.ts";

/**
 * Returns the origin of a tile URL template as a CSP source: `https://tile.openstreetmap.org`,
 * or `https://*.tile.example.org` for a `{s}` subdomain template.
 * @throws Error when the template is not an absolute http(s) URL
 */
export function tileSource(urlTemplate: string): string {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(urlTemplate);
  if (!match)
    throw new Error(`tile URL ${JSON.stringify(urlTemplate)} is not an absolute http(s) URL`);
  const [first = "", ...rest] = (match[2] as string).split(".");
  // CSP allows a wildcard only as a whole leftmost label: {s}.tile.org → *.tile.org, and
  // tile-{s}.example.org → *.example.org. A placeholder further right cannot be expressed.
  if (rest.some((label) => /\{[a-z]+\}/i.test(label))) {
    throw new Error(
      `tile URL ${JSON.stringify(urlTemplate)}: a placeholder in the host is allowed only in its first label`,
    );
  }
  const host = /\{[a-z]+\}/i.test(first) ? ["*", ...rest].join(".") : [first, ...rest].join(".");
  return `${(match[1] as string).toLowerCase()}://${host}`;
}

/** What `frame-ancestors` a header policy carries ({@link contentSecurityPolicy}). */
export type FrameAncestors = "'none'" | "*" | "omit";

/**
 * Returns the policy as a header value, or for a `<meta http-equiv>` element, which cannot carry
 * `frame-ancestors` (browsers ignore it there and complain: CSP Level 3 §6.4.2).
 * @param frameAncestors for a header: `'none'` (no site may frame the page, the default), `*`
 *   (any http(s) page may: an embed page), or `omit` (no `frame-ancestors` directive: the
 *   `_headers` rule for every file, see {@link headersFile})
 */
export function contentSecurityPolicy(
  site: Pick<SiteSettings, "tiles">,
  delivery: "header" | "meta",
  frameAncestors: FrameAncestors = "'none'",
): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly (served from the
    // site itself); it allows no JavaScript eval and no inline script.
    ["script-src", "'self'", "'wasm-unsafe-eval'"],
    ["style-src", "'self'"],
    ["img-src", "'self'", "data:", tileSource(site.tiles.url)],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    // Video players, loaded only after a reader clicks play (src/video/video-url.ts).
    ["frame-src", ...playerOrigins],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
  ];
  if (delivery === "header" && frameAncestors !== "omit") {
    directives.push(["frame-ancestors", frameAncestors]);
  }
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/**
 * Where pages that other sites may frame (a map's embed page, `src/maps/embed-page.ts`) are
 * named: the page offering the embed marks it with `data-embed-page="<site path>"`, and the
 * security plugin reads the built pages for it ({@link framablePaths}).
 */
export const embedPageAttribute = "data-embed-page";

/**
 * The site paths (without the path prefix, `/posts/basra/map-40/`) of the pages a rendered page
 * offers for embedding: every `data-embed-page="…"` attribute's value that is a root-relative
 * path of plain characters (anything else is ignored, never written into `_headers`).
 */
export function framablePaths(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/\sdata-embed-page="([^"]*)"/g)) {
    const value = match[1] ?? "";
    if (/^\/[\p{L}\p{N}_./~%-]*\/$/u.test(value) && !value.includes("..")) found.push(value);
  }
  return found;
}

/**
 * Returns a `_headers` file for Netlify and Cloudflare Pages (and hosts that read the same
 * format) that sends the policy and a few safe defaults with every file of the site, and lets
 * other sites frame the embed pages `framable` and no other page.
 *
 * Both hosts apply every rule whose path matches a request, and a header set by two matching
 * rules is sent with both values ("An incoming request which matches multiple rules' URL patterns
 * will inherit all rules' headers… If a header is applied twice in the _headers file, the values
 * are joined with a comma separator": https://developers.cloudflare.com/pages/configuration/headers/ ;
 * Netlify: https://docs.netlify.com/manage/routing/headers/ , whose local server lets the later
 * rule's value win instead). Two Content-Security-Policy values are two policies and a browser
 * enforces both (CSP Level 3 §8.1: https://www.w3.org/TR/CSP3/#multiple-policies), so a
 * `frame-ancestors 'none'` under `/*` could never be lifted for one page. Hence:
 *
 * - `/*`: the policy without `frame-ancestors`, and `X-Frame-Options: DENY`, which forbids framing
 *   every file (HTML §7.1.1 "X-Frame-Options": https://html.spec.whatwg.org/multipage/document-lifecycle.html#the-x-frame-options-header );
 * - each embed page, by its folder URL (`/posts/basra/map-40/`, the URL the embed snippet gives;
 *   Netlify also matches it without the slash, and both hosts answer `…/index.html` with a
 *   redirect to it): the whole policy again with `frame-ancestors *`. A
 *   policy with `frame-ancestors` makes browsers ignore `X-Frame-Options` (the same HTML section,
 *   step 1), so the page may be framed by any http(s) site, whether the host combines the two
 *   policies (each allows it) or keeps the later one (it carries every fetch directive too).
 *
 * Cloudflare Pages reads at most 100 rules: past 99 embed pages, the later ones stay
 * unframable there, and the build warns ({@link headerRulesWarning}). One rule cannot cover them
 * all: an embed page is named by a segment `map-<…>` under its page, and a rule path's
 * placeholders (`:slug`) and splat (`*`, one per path on Cloudflare Pages) stand for whole
 * segments on Netlify, so `/posts/:slug/map-:key/` (or a splat after `map-`) is not read the
 * same way by both hosts; a rule for all of `/posts/` would let every post be framed.
 * Rule paths are paths in the output folder, without the path prefix, as `/*` is, and
 * percent-encoded as requests name them.
 * @param framable site paths of embed pages, `/posts/basra/map-40/` ({@link framablePaths})
 */
export function headersFile(
  site: Pick<SiteSettings, "tiles">,
  framable: readonly string[] = [],
): string {
  const rules = [
    "/*",
    `  Content-Security-Policy: ${contentSecurityPolicy(site, "header", "omit")}`,
    "  X-Frame-Options: DENY",
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
  ];
  // Percent-encoded, as a request's path is (`/posts/%D8%A7…/map-7/` for an Arabic slug).
  for (const page of [...new Set(framable.map(href))].sort()) {
    rules.push(
      "",
      page,
      `  Content-Security-Policy: ${contentSecurityPolicy(site, "header", "*")}`,
    );
  }
  return `${rules.join("\n")}\n`;
}

/** How many rules of a `_headers` file Cloudflare Pages reads (its documented limit). */
export const maxHeaderRules = 100;

/**
 * The warning for a `_headers` file with more rules than Cloudflare Pages reads
 * ({@link maxHeaderRules}: one for `/*` and one per embed page), or undefined: there, the embed
 * pages after the 99th in the file's (alphabetical) order cannot be framed by other sites.
 * @param framable site paths of embed pages, as {@link headersFile} takes them
 */
export function headerRulesWarning(framable: readonly string[]): ContentProblem | undefined {
  const pages = new Set(framable).size;
  if (pages + 1 <= maxHeaderRules) return undefined;
  return {
    file: "_headers",
    message: `${pages} embed pages make ${pages + 1} rules, more than the ${maxHeaderRules} Cloudflare Pages reads: there, the embed pages after the ${maxHeaderRules - 1}th (in the file's alphabetical order) cannot be framed by other sites`,
    fix: `on Cloudflare Pages, send "Content-Security-Policy: frame-ancestors *" for the embed pages from the host's own settings (a response header Transform Rule for paths matching "/posts/*/map-*/"), or publish on a host that reads every rule`,
  };
}
