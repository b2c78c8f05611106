/**
 * A map's data as readers download it (`map-<key>.geojson` beside the page): the
 * FeatureCollection as the author wrote it, made to stand on its own away from the page. Each
 * feature keeps every property (`title`, `description`, `source`, `approximate`, `uncertainty`,
 * styles, `when`…) and gains `precision`, the words the list under the map uses ("approximate
 * area", "within about 10 km"); a `url` that is a path of this site becomes absolute; the map's
 * caption and credit ride along as foreign members (RFC 7946 §6.1).
 */
import type { Feature, FeatureCollection } from "geojson";
import { classifyLink, href } from "../shared/urls.ts";
import { listFeatures } from "./draw/feature-list.ts";
import { defaultCaption } from "./figure.ts";
import type { MapOptions } from "./options.ts";

/** Where the site is published: what makes a site path absolute. */
export interface SiteAddress {
  /** The site's origin, `https://news.example.org` (a trailing slash is ignored). */
  url: string;
  /** `/` or `/basra-blog/`. */
  pathPrefix: string;
}

/**
 * The absolute URL of a site path under the path prefix, percent-encoded:
 * `("/posts/basra/", {url: "https://news.example.org", pathPrefix: "/basra-blog/"})` →
 * `"https://news.example.org/basra-blog/posts/basra/"`.
 * @param sitePath a root-relative path of the site, without the prefix
 */
export function absoluteSiteUrl(sitePath: string, site: SiteAddress): string {
  const origin = site.url.replace(/\/+$/, "");
  return href(`${origin}${site.pathPrefix}${sitePath.replace(/^\/+/, "")}`);
}

/** A downloadable map: a FeatureCollection with the map's words as foreign members. */
export type DownloadableCollection = FeatureCollection & {
  /** The caption under the map, as shown (the default one when the author gave none). */
  caption: string;
  /** Who made the map from what, when the author said. */
  credit?: string;
};

/**
 * The map's data for download (see the module comment). Features keep the author's order,
 * geometry, `id` and `bbox`; only `precision` is added and a site-path `url` made absolute.
 * Nothing else of the map's options is written: they are how the page shows the map.
 * @param collection the validated FeatureCollection the figure draws
 * @param options the map's options (`caption`, `credit`)
 * @param site the site's origin and path prefix
 */
export function downloadableCollection(
  collection: FeatureCollection,
  options: Pick<MapOptions, "caption" | "credit">,
  site: SiteAddress,
): DownloadableCollection {
  const items = listFeatures(collection);
  const features = collection.features.map((feature, index): Feature => {
    const properties: Record<string, unknown> = { ...(feature.properties ?? {}) };
    const precision = items[index]?.precision;
    if (precision) properties.precision = precision;
    const url = properties.url;
    if (typeof url === "string" && classifyLink(url).kind === "site") {
      properties.url = absoluteSiteUrl(url, site);
    }
    return { ...feature, properties };
  });
  return {
    type: "FeatureCollection",
    ...(collection.bbox ? { bbox: collection.bbox } : {}),
    caption: options.caption ?? defaultCaption(items),
    ...(options.credit ? { credit: options.credit } : {}),
    features,
  };
}

/** The downloadable map as the text of its file: JSON, two-space indented, ending in a newline. */
export function mapDataFile(collection: DownloadableCollection): string {
  return `${JSON.stringify(collection, null, 2)}\n`;
}
