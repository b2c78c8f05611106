/**
 * The sitemap (https://www.sitemaps.org/protocol.html), made from the pages the build wrote, so
 * that it lists every real page whatever template made it (posts, home pages, tag, author,
 * series, archive, map and search pages): each HTML page with its absolute URL under the path
 * prefix, and for a post, `lastmod` from the page's own `article:modified_time` (its `updated`
 * front matter, else its date). Not listed: pages that are not HTML (feeds, robots.txt), and
 * pages whose head says `<meta name="robots" content="noindex">` (the 404 page). Drafts are never
 * written by a production build, so never listed.
 *
 * A post with translations lists every version, itself included, as
 * `<xhtml:link rel="alternate" hreflang="ar" href="…"/>` under its `<url>`, the same alternates
 * its head links (Google's sitemap format for localized versions, with the XHTML namespace:
 * https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap).
 */
import { createRequire } from "node:module";
import { escapeHtml } from "../shared/html.ts";
import { assertXmlCharacters } from "../text/control-characters.ts";
import type { Alternate } from "../i18n/alternates.ts";
import { absoluteUrl, type SiteOrigin } from "./urls.ts";

// Packages loaded on first use: start-up loads only what the first template needs.
const require = createRequire(import.meta.url);

/** A page the build wrote: one of the `results` of Eleventy's `eleventy.after` event. */
export interface WrittenPage {
  /** Root-relative URL, without the path prefix, or `false` for content that is not written. */
  url: string | false;
  outputPath: string | false;
  /** The page as written. */
  content: string;
}

/** One `<url>` of the sitemap. */
export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** W3C date (`2008-03-27`) or date-time with offset, for posts. */
  lastmod?: string;
  /** The `hreflang` alternates of a post with translations, itself included. */
  alternates?: Alternate[];
}

/** What a page's head says to the sitemap: whether to leave it out, and when it last changed. */
export interface PageHead {
  /** `<meta name="robots" content="noindex">`: not listed. */
  noindex: boolean;
  /** `article:modified_time`, the entry's `lastmod`. */
  modified?: string;
  /** `<link rel="alternate" hreflang>`, the entry's alternates. */
  alternates?: Alternate[];
}

/**
 * The {@link PageHead} of a page whose head `layouts/partials/meta.njk` writes from `meta`: no
 * canonical link means `noindex`; an article's `modified` is its `article:modified_time`.
 */
export function pageHeadOf(meta: {
  canonical?: string;
  type?: string;
  modified?: string;
}): PageHead {
  return {
    noindex: meta.canonical === undefined,
    ...(meta.type === "article" && meta.modified ? { modified: meta.modified } : {}),
  };
}

/**
 * What a page's head says about it, read with linkedom. Only the part before `</head>` is parsed
 * (the body of a long post is most of its bytes and holds nothing the sitemap reads).
 */
function readHead(html: string): PageHead {
  const { parseHTML } = require("linkedom") as typeof import("linkedom");
  const end = html.search(/<\/head\s*>/i);
  const { document } = parseHTML(
    end === -1 ? html : `${html.slice(0, end)}</head><body></body></html>`,
  );
  const robots = document.querySelector('meta[name="robots"]')?.getAttribute("content") ?? "";
  const modified = document
    .querySelector('meta[property="article:modified_time"]')
    ?.getAttribute("content");
  const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map(
    (link) => ({
      hreflang: link.getAttribute("hreflang") ?? "",
      href: link.getAttribute("href") ?? "",
    }),
  );
  return {
    noindex: /\bnoindex\b/i.test(robots),
    ...(modified ? { modified } : {}),
    ...(alternates.length > 0 ? { alternates } : {}),
  };
}

/**
 * Returns the sitemap's entries, sorted by URL, each URL once.
 * @param heads what the pages' heads say, by URL, as the build wrote them ({@link pageHeadOf});
 *   a page not in it has its head read from its HTML
 * @param alternates the `hreflang` alternates of the pages in `heads` that have translations, by
 *   URL, as their heads link them
 */
export function sitemapEntries(
  pages: readonly WrittenPage[],
  site: SiteOrigin,
  heads: ReadonlyMap<string, PageHead> = new Map(),
  alternates: ReadonlyMap<string, Alternate[]> = new Map(),
): SitemapEntry[] {
  const entries = new Map<string, SitemapEntry>();
  for (const page of pages) {
    if (typeof page.url !== "string" || typeof page.outputPath !== "string") continue;
    if (!page.outputPath.endsWith(".html")) continue;
    const known = heads.get(page.url);
    const head = known
      ? { ...known, alternates: alternates.get(page.url) }
      : readHead(page.content);
    if (head.noindex) continue;
    const loc = absoluteUrl(page.url, site);
    entries.set(loc, {
      loc,
      ...(head.modified ? { lastmod: head.modified } : {}),
      ...(head.alternates?.length ? { alternates: head.alternates } : {}),
    });
  }
  return [...entries.values()].sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
}

/**
 * Writes the sitemap's XML; every value escaped for XML. Valid with no entries. The XHTML
 * namespace is declared only when an entry has alternates.
 */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (entry) =>
      `  <url>\n    <loc>${escapeHtml(entry.loc)}</loc>\n` +
      (entry.lastmod ? `    <lastmod>${escapeHtml(entry.lastmod)}</lastmod>\n` : "") +
      (entry.alternates ?? [])
        .map(
          (alternate) =>
            `    <xhtml:link rel="alternate" hreflang="${escapeHtml(alternate.hreflang)}" href="${escapeHtml(alternate.href)}"/>\n`,
        )
        .join("") +
      `  </url>\n`,
  );
  const xhtml = entries.some((entry) => entry.alternates?.length)
    ? ` xmlns:xhtml="http://www.w3.org/1999/xhtml"`
    : "";
  return assertXmlCharacters(
    `<?xml version="1.0" encoding="utf-8"?>\n` +
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>\n${urls.join("")}</urlset>\n`,
    "the sitemap",
  );
}

/** Writes robots.txt: every crawler may read everything; the sitemap's absolute URL. */
export function robotsTxt(site: SiteOrigin): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl("/sitemap.xml", site)}\n`;
}
