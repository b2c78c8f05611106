/**
 * Metadata: the canonical URL, OpenGraph, Twitter card and JSON-LD of every page (the partial
 * `layouts/partials/meta.njk`, included in `base.njk`'s head, with the feeds' autodiscovery
 * links), robots.txt and the 404 page (`pages/robots.txt.njk`, `pages/404.njk`), and
 * `sitemap.xml`, written after each build from the pages it wrote.
 *
 * Filters: `pageMeta` (page, front matter → `PageMeta`), `fullUrl` (site path → absolute URL
 * under the path prefix), `robotsTxt`.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteSettings } from "../site.ts";
import { pageMeta, type MetaData, type MetaPage } from "./meta.ts";
import {
  pageHeadOf,
  robotsTxt,
  sitemapEntries,
  sitemapXml,
  type PageHead,
  type WrittenPage,
} from "./sitemap.ts";
import { absoluteUrl, eleventyPathPrefix } from "./urls.ts";
import type { Alternate } from "../i18n/alternates.ts";
import { registerLanguageFilters } from "./language-plugin.ts";

/** Options of {@link seoPlugin}. */
export interface SeoOptions {
  /** The site settings: title, description, URL, path prefix, language, zone, publisher, authors. */
  site: Pick<
    SiteSettings,
    | "title"
    | "description"
    | "url"
    | "pathPrefix"
    | "language"
    | "timeZone"
    | "publisher"
    | "authors"
    | "license"
  >;
}

/** Registers the metadata filters. */
export default function seoPlugin(eleventyConfig: UserConfig, options: SeoOptions): void {
  const site = {
    ...options.site,
    pathPrefix: eleventyPathPrefix(eleventyConfig, options.site.pathPrefix),
  };
  // What each page's head says to the sitemap, recorded as the head is written, so the sitemap
  // need not parse every page again.
  const heads = new Map<string, PageHead>();
  // A post's translations (`hreflang` alternates), recorded as its head is written, likewise.
  const alternates = new Map<string, Alternate[]>();
  eleventyConfig.on("eleventy.before", () => {
    heads.clear();
    alternates.clear();
  });
  registerLanguageFilters(eleventyConfig, site, alternates);
  eleventyConfig.addFilter("pageMeta", (page: MetaPage, data: MetaData) => {
    const meta = pageMeta(page, data, site);
    if (typeof page.url === "string") heads.set(page.url, pageHeadOf(meta));
    return meta;
  });
  eleventyConfig.addFilter("fullUrl", (path: string) => absoluteUrl(path, site));
  eleventyConfig.addFilter("robotsTxt", () => robotsTxt(site));

  // The sitemap lists the pages the build wrote, whatever template made them.
  eleventyConfig.on(
    "eleventy.after",
    async ({
      directories,
      results,
      incremental,
    }: {
      directories: { output: string };
      results: WrittenPage[];
      incremental?: boolean;
    }) => {
      // The dev server's incremental rebuild (a post's body changed) lists only the pages it
      // wrote again, and changed nothing the sitemap says: the last one stays.
      if (incremental) return;
      const xml = sitemapXml(sitemapEntries(results, site, heads, alternates));
      await writeFile(path.join(directories.output, "sitemap.xml"), xml);
    },
  );
}
