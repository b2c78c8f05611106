/**
 * What a post's share image is drawn from, and where it is published: the lead image when it is
 * a raster file in the post's folder; else the post's first map, drawn from its static SVG; else
 * a card with the site's name and the headline. A lead image that is an SVG (or an https URL,
 * which a build does not download) is not used: social sites show no SVG, and a drawing made for
 * a page at any size rarely reads cropped to 1.91:1, so such a post shares its map or its card.
 */
import path from "node:path";
import { imageExtensions } from "../content/files/post-files.ts";
import { firstStaticMap } from "../maps/figure.ts";
import { cleanText } from "./share-card.ts";
import { classifyLink } from "../shared/urls.ts";

/** The share image's file name beside a post's page: `/posts/basra/share.png`. */
export const shareImageName = "share.png";

/** Extensions of lead images a share image is cropped from: every image the site publishes but SVG. */
export const rasterExtensions = imageExtensions.filter((extension) => extension !== "svg");

/** Where a share image comes from, with the text alternative OpenGraph and X show with it. */
export type ShareSource =
  /** The lead image, `src` as front matter gives it (a file name in the post's folder). */
  | { kind: "lead"; src: string; alt: string }
  /** The post's first map: the static SVG's file name beside the page (`map-21.svg`). */
  | { kind: "map"; src: string; alt: string }
  /** A card with the site's name, the headline and the dek. */
  | { kind: "card"; alt: string };

/** What the choice reads of a post. */
export interface ShareSourcePost {
  /** The post's title. */
  title: string;
  /** The lead image from front matter. */
  image?: { src: string; alt: string };
  /** The post's rendered HTML (its content, or the whole page): its map figures are read. */
  html?: string;
}

/**
 * True when a lead image's `src` is a raster image file in the post's folder: a relative path
 * with one of {@link rasterExtensions}, in any case. An https URL, a root-relative path or an
 * SVG is not.
 */
export function isLocalRaster(src: string): boolean {
  if (classifyLink(src).kind !== "relative") return false;
  const extension = /\.([a-z0-9]+)$/i.exec(src)?.[1]?.toLowerCase();
  return extension !== undefined && (rasterExtensions as readonly string[]).includes(extension);
}

/**
 * The text alternative of a map's share image: `Map: <caption>`, the post's title when the map
 * has no caption; a caption that already starts with "Map" (the default one lists the features:
 * "Map: A, B and C") is not prefixed again.
 */
export function mapAlt(caption: string, title: string): string {
  const text = caption || cleanText(title);
  return /^map\b/i.test(text) ? text : `Map: ${text}`;
}

/**
 * Chooses what a post's share image is drawn from: the lead image when {@link isLocalRaster}
 * (its `alt`, or the title when the alt is empty, as for a decorative image); else the first
 * map of the HTML (`firstStaticMap`, {@link mapAlt}); else a card (the title).
 */
export function chooseShareSource(post: ShareSourcePost): ShareSource {
  const title = cleanText(post.title);
  if (post.image && isLocalRaster(post.image.src)) {
    return { kind: "lead", src: post.image.src, alt: cleanText(post.image.alt) || title };
  }
  const map = post.html ? firstStaticMap(post.html) : undefined;
  if (map) return { kind: "map", src: map.src, alt: mapAlt(cleanText(map.caption), title) };
  return { kind: "card", alt: title };
}

/**
 * The root-relative URL of a post's share image, without the path prefix:
 * `/posts/basra/` → `/posts/basra/share.png`; a page published as a file (`/notes/x.html`, by
 * its own `permalink`) gets `/notes/x-share.png`, so that two such pages in one folder never
 * share one image.
 */
export function shareImagePath(pageUrl: string): string {
  if (pageUrl.endsWith("/")) return `${pageUrl}${shareImageName}`;
  return `${pageUrl.replace(/\.html?$/i, "")}-${shareImageName}`;
}

/**
 * Where a post's share image is written: beside the page's output file, under the name
 * {@link shareImagePath} gives its URL (`_site/posts/basra/index.html` → `_site/posts/basra/share.png`).
 * @param pageOutputPath the page's output path as Eleventy gives it
 * @param pageUrl the page's root-relative URL
 */
export function shareImageOutput(pageOutputPath: string, pageUrl: string): string {
  return path.join(path.dirname(pageOutputPath), path.posix.basename(shareImagePath(pageUrl)));
}
