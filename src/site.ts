/**
 * Site settings: the one source for the title, URL, language, time zone, path prefix and map
 * tiles that layouts, plugins and metadata read. Change values here; nothing else repeats them.
 */

/** A raster tile provider for Leaflet maps. */
export interface TileProvider {
  /**
   * URL template with `{z}`, `{x}`, `{y}` (and optionally `{s}`, `{r}`), as Leaflet's
   * `L.tileLayer` takes it.
   * @default "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
   */
  url: string;
  /**
   * Attribution shown on the map. Trusted HTML from this file, never from content.
   * @default OpenStreetMap's required credit with a link to its copyright page
   */
  attribution: string;
  /**
   * Highest zoom level the provider serves.
   * @default 19
   */
  maxZoom: number;
  /**
   * Referrer policy of tile requests, as some providers require one (Leaflet's `referrerPolicy`).
   * @default the browser's default
   */
  referrerPolicy?: ReferrerPolicy;
}

/** A person who writes for the site, shown on their author page and in structured data. */
export interface Author {
  /** Name as it appears in a post's `author:` front matter and in the byline. */
  name: string;
  /** One or two sentences about the author, shown on their author page. */
  bio?: string;
  /** The author's own page elsewhere (http or https), linked from their author page. */
  url?: string;
}

/** How many posts lists and feeds hold. */
export interface ListSizes {
  /**
   * Posts per page on the home page and on each tag page (`/page/2/`, `/tags/iraq/page/2/`).
   * @default 10
   */
  postsPerPage: number;
  /**
   * Newest posts carried, in full, by each feed (Atom, JSON Feed, per-tag feeds).
   * @default 20
   */
  feedItems: number;
  /**
   * Related posts listed under a post.
   * @default 3
   */
  relatedPosts: number;
}

/** How the first page of the home page is laid out. */
export interface FrontPageSettings {
  /**
   * Posts shown as top stories beside the lead (the newest post), each with its picture.
   * @default 2
   */
  topStories: number;
  /**
   * Topics (tag names, as written in posts; case and spacing do not matter) that get a section
   * of their own under the newest posts, in this order. A topic no post uses is left out, with a
   * warning.
   * @default []
   */
  sections: string[];
  /**
   * Posts in each topic section: the topic's newest posts not already on the first page.
   * @default 4
   */
  postsPerSection: number;
}

/** One typeface from a Fontsource package (https://fontsource.org), self-hosted. */
export interface TypefaceSource {
  /** The npm package: `"@fontsource/source-serif-4"`. */
  package: string;
  /** Fontsource's CSS files to take, by name without `.css`: `"400"`, `"400-italic"`, `"600"`. */
  styles: string[];
  /**
   * Script subsets to serve; a browser downloads a subset only for a page holding its letters.
   * Fontsource names them `latin`, `latin-ext`, `arabic`, `cyrillic`, …
   */
  subsets: string[];
  /**
   * The family name the faces are declared under (the one the CSS's `font-family` uses), so a
   * variable roman and a static italic from two packages make one family.
   * @default the name Fontsource gives the package's family
   */
  family?: string;
}

/** The site's typeface. */
export interface TypefaceSettings {
  /** The faces, in the order the CSS's `font-family` lists them. */
  faces: TypefaceSource[];
  /**
   * The one WOFF2 file preloaded by every page (the body text's roman), by its file name.
   * @default "source-serif-4-latin-wght-normal.woff2"
   */
  preload: string;
}

/** When a post gets a table of contents (a "Contents" list of its sections after its header). */
export interface TocSettings {
  /**
   * Fewest `##` headings a post needs for a table of contents. A post's front matter overrides
   * it: `toc: false` never shows one, `toc: true` shows one whenever the post has a heading.
   * @default 3
   */
  minHeadings: number;
}

/** The licence under which readers may reuse the site's posts. */
export interface LicenseSettings {
  /** Its short name, shown in the footer and the "Cite this" block: `"CC BY 4.0"`. */
  name: string;
  /** Its deed or legal code: `"https://creativecommons.org/licenses/by/4.0/"`. */
  url: string;
}

/** Settings for one Dispatch site. */
export interface SiteSettings {
  /** Site name, shown in the header and the `<title>` of every page. */
  title: string;
  /** One sentence about the site, used as the home page's meta description. */
  description: string;
  /** Absolute URL of the deployed site, without the path prefix and without a trailing slash. */
  url: string;
  /** BCP 47 language tag for `<html lang>`. */
  language: string;
  /**
   * The domain name (or email address) that names the posts' feed ids for ever, as the authority
   * of their RFC 4151 tag URIs (`tag:<authority>,<date>:<first slug>`). Set it once and keep it
   * when the site moves to another domain.
   * @default the host of `url`
   */
  tagAuthority?: string;
  /**
   * The licence of the site's posts, shown in the footer, each post's structured data
   * (`license`) and the feeds (`rights`).
   * @default none: no licence is claimed
   */
  license?: LicenseSettings;
  /**
   * IANA time zone in which front-matter dates with a time but no offset are read, and in
   * which dates are shown. A date-only value (`2008-03-27`) is a calendar date in any zone.
   */
  timeZone: string;
  /**
   * Path the site is served under, with leading and trailing slashes: `/` or `/basra-blog/`.
   * Set per build with `npm run build -- --pathprefix=/basra-blog/` (which sets
   * `DISPATCH_PATH_PREFIX`); every internal URL in the output carries it exactly once.
   * @default "/"
   */
  pathPrefix: string;
  /** Tile provider for interactive maps. */
  tiles: TileProvider;
  /**
   * Publisher named in structured data (`publisher` of every article) and feeds.
   * @default the site title
   */
  publisher: string;
  /** Writers with an author page; a post's `author:` that is not listed still gets a page. */
  authors: Author[];
  /** Sizes of lists and feeds. */
  lists: ListSizes;
  /** The home page's lead story, top stories and topic sections. */
  frontPage: FrontPageSettings;
  /** The site's typeface: Source Serif 4 for Latin text, Noto Naskh Arabic for Arabic. */
  typeface: TypefaceSettings;
  /**
   * Words per minute for the reading time shown beside each post.
   * @default 230
   */
  wordsPerMinute: number;
  /** When posts get a table of contents. */
  toc: TocSettings;
}

/**
 * Normalises a path prefix to start and end with one slash: `basra-blog` → `/basra-blog/`,
 * `""` → `/`.
 * @throws Error when it is not a plain URL path (a query, fragment, scheme or `..` segment)
 */
export function normalizePathPrefix(prefix: string): string {
  const trimmed = prefix
    .trim()
    .replace(/^\/+|\/+$/g, "")
    .replace(/\/{2,}/g, "/");
  if (
    /[?#:\\]/.test(trimmed) ||
    trimmed.split("/").some((segment) => segment === ".." || segment === ".")
  ) {
    throw new Error(`the path prefix ${JSON.stringify(prefix)} is not a path such as /basra-blog/`);
  }
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/**
 * Normalises the site's URL to an origin: `https://example.org/` → `https://example.org`.
 * @throws Error when it is not an absolute http(s) URL without a path, query or fragment (the
 *   path belongs in the path prefix)
 */
export function normalizeSiteUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new Error(`the site URL ${JSON.stringify(url)} is not a URL such as https://example.org`);
  }
  if (
    !/^https?:$/.test(parsed.protocol) ||
    parsed.pathname !== "/" ||
    parsed.search ||
    parsed.hash
  ) {
    throw new Error(
      `the site URL ${JSON.stringify(url)} must be an http(s) origin such as https://example.org; put a path in the path prefix`,
    );
  }
  return parsed.origin;
}

/**
 * The site's URL as an origin when it is one ({@link normalizeSiteUrl}), else the text as given:
 * never throws, so that loading the settings never fails; every command checks the URL first
 * (`src/settings/`) and prints what is wrong with it and the fix.
 */
export function siteOrigin(url: string): string {
  try {
    return normalizeSiteUrl(url);
  } catch {
    return url;
  }
}

/** OpenStreetMap's standard tiles, with the attribution its tile usage policy requires. */
export const openStreetMapTiles: TileProvider = {
  url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
  attribution:
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  maxZoom: 19,
  referrerPolicy: "strict-origin-when-cross-origin",
};

/** This site's settings. */
export const site: SiteSettings = {
  title: "Dispatch",
  description: "Analysis of foreign affairs, with maps of where it happens.",
  // Deploys set DISPATCH_SITE_URL (the GitHub workflow passes the Pages origin).
  url: siteOrigin(process.env.DISPATCH_SITE_URL || "https://example.org"),
  language: "en",
  timeZone: "UTC",
  // Read when used, not when this module loads: `npm run build` imports this module before it
  // sets DISPATCH_PATH_PREFIX from --pathprefix.
  get pathPrefix(): string {
    return normalizePathPrefix(process.env.DISPATCH_PATH_PREFIX ?? "/");
  },
  tiles: openStreetMapTiles,
  publisher: "Dispatch",
  // The posts are ours to license: shown in the footer, each post's "Cite this" block, its
  // JSON-LD and the Atom feeds. Remove it to claim no licence anywhere.
  license: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  authors: [],
  lists: { postsPerPage: 10, feedItems: 20, relatedPosts: 3 },
  // Topic sections under the newest posts, e.g. sections: ["Iraq", "Syria"].
  frontPage: { topStories: 2, sections: [], postsPerSection: 4 },
  typeface: {
    faces: [
      // The roman as one variable file for every weight (the file preloaded, so no headline or
      // text changes face after the first paint), the italic as one static weight.
      {
        package: "@fontsource-variable/source-serif-4",
        styles: ["wght"],
        subsets: ["latin", "latin-ext"],
        family: "Source Serif 4",
      },
      {
        package: "@fontsource/source-serif-4",
        styles: ["400-italic"],
        subsets: ["latin", "latin-ext"],
      },
      { package: "@fontsource/noto-naskh-arabic", styles: ["400", "700"], subsets: ["arabic"] },
    ],
    preload: "source-serif-4-latin-wght-normal.woff2",
  },
  wordsPerMinute: 230,
  toc: { minHeadings: 3 },
};
