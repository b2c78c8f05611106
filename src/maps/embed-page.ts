/**
 * A map's embed page (`<page folder>/map-<key>/index.html`) and the `<iframe>` snippet that
 * other sites paste to show it. The page holds the map's figure exactly as the post shows it
 * (the HTML `renderMapFigure` makes: static map, live map, key, list, caption and credit), with
 * the site's stylesheet and map module, under one line naming the post and linking back to it;
 * no site header, navigation or footer. It is `noindex`, names the post as canonical, is no
 * Eleventy page (so no sitemap, feed or search index lists it), and is the one kind of page the
 * `_headers` file lets other sites frame (`src/security/csp.ts`).
 */
import { escapeHtml } from "../shared/html.ts";
import { textDirection } from "../i18n/direction.ts";
import { contentSecurityPolicy } from "../security/csp.ts";
import type { SiteSettings } from "../site.ts";
import { absoluteSiteUrl, type SiteAddress } from "./map-data.ts";

/** Attributes of the snippet's `<iframe>`: where, what it is called, how tall. */
export interface EmbedSnippetOptions {
  /** The embed page's absolute URL, `https://news.example.org/basra-blog/posts/basra/map-40/`. */
  src: string;
  /** The frame's accessible name (WCAG 4.1.2), e.g. `Map: Basra, 25–31 March 2008`. */
  title: string;
  /** Height of the frame in CSS pixels. */
  height: number;
}

/**
 * The `<iframe>` element readers copy: `width="100%"`, the given height, `loading="lazy"`
 * (drawn when the reader nears it), `referrerpolicy="strict-origin-when-cross-origin"` (the map
 * learns which site embeds it, not the page), no `sandbox` (the map needs its scripts and its
 * same-origin files: a sandbox without both `allow-scripts` and `allow-same-origin` would leave
 * only the static map), and a border-less `style`, which is the embedding site's markup, not
 * this site's. The URL and title are escaped for their attributes.
 */
export function embedSnippet({ src, title, height }: EmbedSnippetOptions): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${Math.round(height)}" style="border:0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
}

/**
 * The height a snippet gives its frame, in CSS pixels: the live map's own height (its `height`
 * option, else the static map's 720×420 shape at full width; at 300 px wide the map is 300 px
 * tall) plus room for the line naming the post (two lines at 300 px) and the caption with its
 * credit (three lines), which the embed page shows right under the map; a dated map adds its
 * time control (status line, buttons and slider, two rows at 300 px). The key and the list
 * follow, scrolled to inside the frame. A fixed height, because the snippet is HTML alone: a
 * frame cannot size itself to its page without a script on the embedding page.
 * @param mapHeight the map's `height` option in CSS pixels, if any
 * @param dated true for a map with a time control
 */
export function embedHeight(mapHeight: number | undefined, dated = false): number {
  return (mapHeight ?? 420) + 200 + (dated ? 120 : 0);
}

/** A URL that is relative to a page: no scheme, not rooted, no fragment or query alone. */
function isRelativeFile(value: string): boolean {
  return /^[\p{L}\p{N}_~%-][\p{L}\p{N}_.~%/-]*$/u.test(value) && !value.includes("..");
}

/**
 * The figure's HTML moved from its page into the embed page one folder below it: URLs relative
 * to the page (`map-40.svg`, `data-ground="map-40-ground.json"`, any `src`, `href` or `srcset`
 * and any `data-*` value naming a file) get `../`; root-relative links (`/posts/other/`) get the
 * path prefix, which Eleventy adds to pages but not to files written beside them; links that
 * only name a fragment (`#map-…-2008-03-27`) get `target="_self"`, so they stay in the frame
 * while every other link opens in the window around it (`<base target="_top">`).
 * @param html the figure as `renderMapFigure` returned it for the page
 * @param pathPrefix the site's path prefix, `/` or `/basra-blog/`
 */
export function rebaseFigure(html: string, pathPrefix: string): string {
  return html.replace(
    /(\s)(src|href|srcset|data-[a-z-]+)="([^"]*)"/g,
    (whole, space: string, name: string, value: string) => {
      if (name === "href" && value.startsWith("#")) {
        return `${space}${name}="${value}" target="_self"`;
      }
      const urlAttribute = name === "src" || name === "href" || name === "srcset";
      if (urlAttribute && /^\/(?!\/)/.test(value)) {
        return `${space}${name}="${pathPrefix}${value.slice(1)}"`;
      }
      if (name === "srcset") {
        const candidates = value.split(",").map((candidate) => {
          const [url = "", ...descriptor] = candidate.trim().split(/\s+/);
          return [isRelativeFile(url) ? `../${url}` : url, ...descriptor].join(" ");
        });
        return `${space}${name}="${candidates.join(", ")}"`;
      }
      const namesFile = urlAttribute || /\.(?:svg|json|geojson|png|jpe?g|webp|avif)$/i.test(value);
      if (namesFile && isRelativeFile(value)) return `${space}${name}="../${value}"`;
      return whole;
    },
  );
}

/** What an embed page says about its map and the post it comes from. */
export interface EmbedPageOptions {
  /** The figure as `renderMapFigure` made it for the post's page (moved with {@link rebaseFigure}). */
  figure: string;
  /** The post's title, as plain text. */
  pageTitle: string;
  /** The post's site path without the prefix, `/posts/basra/`. */
  pageUrl: string;
  /** The map's caption, for the page's `<title>`. */
  caption: string;
  /**
   * The post's language (BCP 47); its direction follows.
   * @default the site's language
   */
  language?: string;
  /** The site: its name, origin, path prefix, language and tile host (for the policy). */
  site: Pick<SiteSettings, "title" | "language" | "tiles"> & SiteAddress;
}

/**
 * The embed page's HTML (see the module comment): `<meta name="robots" content="noindex">`, a
 * canonical link to the post, the site's `<meta>` Content-Security-Policy (a `<meta>` policy
 * cannot carry `frame-ancestors`: the `_headers` file allows framing), `<base target="_top">` so
 * that links lead the reader's window to this site rather than the small frame, the stylesheet
 * and map module under the path prefix, and the line `<a target="_top">Post title</a> · Site`.
 */
export function renderEmbedPage(options: EmbedPageOptions): string {
  const { site } = options;
  const language = options.language ?? site.language;
  let direction: "ltr" | "rtl" = "ltr";
  try {
    direction = textDirection(language);
  } catch {
    // A tag the build has already refused elsewhere: left to read left to right.
  }
  const prefix = site.pathPrefix;
  const postUrl = absoluteSiteUrl(options.pageUrl, site);
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(language)}"${direction === "rtl" ? ' dir="rtl"' : ""}>`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(site, "meta"))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(`${options.caption} · ${options.pageTitle} · ${site.title}`)}</title>`,
    '<meta name="color-scheme" content="light dark">',
    `<link rel="canonical" href="${escapeHtml(postUrl)}">`,
    `<link rel="icon" href="${prefix}assets/favicon.svg" type="image/svg+xml">`,
    `<link rel="stylesheet" href="${prefix}assets/css/site.css">`,
    `<script type="module" src="${prefix}assets/js/map.js"></script>`,
    '<base target="_top">',
    "</head>",
    '<body class="dispatch-embed">',
    '<main class="dispatch-embed__main">',
    `<p class="dispatch-embed__source"><a href="${escapeHtml(postUrl)}" target="_top">${escapeHtml(options.pageTitle)}</a> <span class="dispatch-embed__site">· ${escapeHtml(site.title)}</span></p>`,
    rebaseFigure(options.figure, prefix).trimEnd(),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
