/**
 * What lets others reuse a map, written right under its figure: "Download the data" (the map's
 * GeoJSON, `map-<key>.geojson` beside the page, see `map-data.ts`), a link to the KML or GPX
 * file the map was read from, and "Embed this map" (an `<iframe>` snippet of the map's embed
 * page, `map-<key>/index.html`, see `embed-page.ts`). The files are queued in the build's
 * {@link MapFiles}, so a page read from the build cache queues them again and the dev server
 * removes them with the map.
 */
import type { FeatureCollection } from "geojson";
import { escapeHtml } from "../shared/html.ts";
import { embedPageAttribute } from "../security/csp.ts";
import type { SiteSettings } from "../site.ts";
import { listFeatures } from "./draw/feature-list.ts";
import { embedHeight, embedSnippet, renderEmbedPage } from "./embed-page.ts";
import { defaultCaption } from "./figure.ts";
import type { MapFiles } from "./files.ts";
import { absoluteSiteUrl, downloadableCollection, mapDataFile } from "./map-data.ts";
import { mapFileFormat } from "./map-files.ts";
import type { MapOptions } from "./options.ts";

/** Media types of the files a map may come from (IANA; KML: OGC 07-147r2, GPX: its 1.1 schema). */
const originalTypes = {
  kml: "application/vnd.google-earth.kml+xml",
  gpx: "application/gpx+xml",
} as const;

/** Where the map is and what it came from: what {@link renderMapReuse} needs of its page. */
export interface MapReuseOptions {
  /** The map's name in its page, `map-40`: its files are `map-40.geojson`, `map-40/index.html`. */
  name: string;
  /** The page's output path (`_site/posts/basra/index.html`): the files go beside it. */
  outputPath: string;
  /** The page's site path without the prefix, `/posts/basra/`; without it, no embed page. */
  pageUrl?: string;
  /** The page's title as plain text; without it, no embed page. */
  pageTitle?: string;
  /** The page's language, for the embed page. */
  language?: string;
  /** The figure's `id`, which names the snippet's field. */
  id: string;
  /** The figure's HTML for the page, shown again by the embed page. */
  figure: string;
  /** True for a dated map: its frame makes room for the time control. */
  dated?: boolean;
  /**
   * The map file the map was read from, relative to the page (`route.gpx`), published beside
   * it by the post's files: linked when it is KML or GPX. The map tag leaves it out for a file
   * that holds what the map does not show (`src/markdown/map-tag.ts`, `hidesData`).
   */
  original?: string;
  /**
   * Whether the map gets an embed page and snippet.
   * @default true
   */
  embed?: boolean;
  /** The site's name, origin, path prefix, language and tiles. */
  site: Pick<SiteSettings, "title" | "url" | "pathPrefix" | "language" | "tiles">;
}

/**
 * The embed frame's accessible name (WCAG 4.1.2, read before the frame's content): the caption
 * when it is at most 80 characters (`Map: …` unless it says so), else `Map: <post title>`.
 */
export function frameTitle(caption: string, pageTitle: string): string {
  const named = caption.length <= 80 ? caption : pageTitle;
  return /^map\b/i.test(named) ? named : `Map: ${named}`;
}

/** The file name a download is saved under: the page's last folder and the map's name. */
function downloadName(pageUrl: string | undefined, name: string): string {
  const folder = (pageUrl ?? "").split("/").filter(Boolean).at(-1);
  const safe = folder?.replace(/[^\p{L}\p{N}_-]+/gu, "-");
  return `${safe ? `${safe}-` : ""}${name}.geojson`;
}

/**
 * Queues the map's GeoJSON (and, with an embed, its embed page) beside the page in `files`, and
 * returns the HTML under the figure: the data links and the embed `<details>`, whose field
 * (`<textarea readonly>`, labelled) holds the snippet, escaped, and whose Copy button the map
 * module shows and runs (`src/client/copy-embed.ts`). The block is left out of the search index
 * (`data-pagefind-ignore`) and names its embed page (`data-embed-page`, read by the security
 * plugin to let other sites frame it).
 */
export function renderMapReuse(
  collection: FeatureCollection,
  options: Pick<MapOptions, "caption" | "credit" | "height">,
  reuse: MapReuseOptions,
  files: MapFiles,
): string {
  const { name, outputPath, site } = reuse;
  const caption = options.caption ?? defaultCaption(listFeatures(collection));
  files.queue(
    outputPath,
    `${name}.geojson`,
    mapDataFile(downloadableCollection(collection, options, site)),
  );
  const links = [
    `<a href="${name}.geojson" download="${escapeHtml(downloadName(reuse.pageUrl, name))}" type="application/geo+json">Download the data</a> <span class="dispatch-map-reuse__format">(GeoJSON)</span>`,
  ];
  const format = reuse.original ? mapFileFormat(reuse.original) : undefined;
  if (reuse.original && (format === "kml" || format === "gpx")) {
    links.push(
      `<a href="${escapeHtml(reuse.original)}" download type="${originalTypes[format]}">Original ${format.toUpperCase()} file</a>`,
    );
  }
  const parts = [`<p class="dispatch-map-reuse__data">${links.join(" · ")}</p>`];
  let embedPage = "";
  if (reuse.embed !== false && reuse.pageUrl && reuse.pageTitle) {
    const embedPath = `${reuse.pageUrl.replace(/\/?$/, "/")}${name}/`;
    files.queue(
      outputPath,
      `${name}/index.html`,
      renderEmbedPage({
        figure: reuse.figure,
        pageTitle: reuse.pageTitle,
        pageUrl: reuse.pageUrl,
        caption,
        ...(reuse.language ? { language: reuse.language } : {}),
        site,
      }),
    );
    const snippet = embedSnippet({
      src: absoluteSiteUrl(embedPath, site),
      // The frame's name: the map's caption when it is short, else the post's title.
      title: frameTitle(caption, reuse.pageTitle),
      height: embedHeight(options.height, reuse.dated === true),
    });
    const field = `${reuse.id}-embed`;
    parts.push(
      `<details class="dispatch-map-reuse__embed">`,
      `<summary>Embed this map</summary>`,
      `<label for="${escapeHtml(field)}">Copy this code into your page's HTML to show the map there:</label>`,
      `<textarea id="${escapeHtml(field)}" class="dispatch-map-reuse__snippet" readonly rows="4" spellcheck="false">${escapeHtml(snippet)}</textarea>`,
      `<p class="dispatch-map-reuse__copy"><button type="button" hidden data-copy-embed="${escapeHtml(field)}">Copy</button> <span role="status" data-copy-status></span></p>`,
      `</details>`,
    );
    embedPage = ` ${embedPageAttribute}="${escapeHtml(embedPath)}"`;
  }
  return `<div class="dispatch-map-reuse" data-pagefind-ignore${embedPage}>\n${parts.join("\n")}\n</div>\n`;
}
