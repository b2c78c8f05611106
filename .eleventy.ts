// Dispatch's Eleventy configuration: wiring only. Each concern is a plugin in src/.
// Eleventy docs: https://www.11ty.dev/docs/config/
import type UserConfig from "@11ty/eleventy/UserConfig";
import { HtmlBasePlugin } from "@11ty/eleventy";
import contentPlugin from "./src/content/plugin.ts";
import mapsPlugin from "./src/maps/plugin.ts";
import markdownPlugin from "./src/markdown/plugin.ts";
import securityPlugin from "./src/security/plugin.ts";
import taxonomyPlugin from "./src/taxonomy/plugin.ts";
import feedsPlugin from "./src/feeds/plugin.ts";
import seoPlugin from "./src/seo/plugin.ts";
import citePlugin from "./src/cite/plugin.ts";
import sharePlugin from "./src/share/plugin.ts";
import searchPlugin from "./src/search/plugin.ts";
import redirectsPlugin from "./src/redirects/plugin.ts";
import videoPlugin from "./src/video/plugin.ts";
import fontsPlugin from "./src/fonts/plugin.ts";
import stylesPlugin from "./src/styles/plugin.ts";
import imagesPlugin from "./src/images/plugin.ts";
import textPlugin from "./src/text/plugin.ts";
import { site } from "./src/site.ts";
import { createMapFiles } from "./src/maps/files.ts";
import cachePlugin from "./src/cache/plugin.ts";
import { openBuildCache } from "./src/cache/build-cache.ts";
import { dispatchVersion } from "./src/cache/version.ts";

export default function (eleventyConfig: UserConfig) {
  // The persistent build cache (.cache/dispatch/): what depends only on its own inputs, made once
  // and read back by later builds; `npm run build -- --no-cache` builds without it.
  const cache = openBuildCache({
    folder: ".cache/dispatch",
    version: dispatchVersion("."),
    enabled: process.env.DISPATCH_NO_CACHE !== "1",
  });
  // The files maps write beside their pages in this build: queued by the Markdown plugin's map
  // figures and the coverage map, read by the share plugin, written by the maps plugin; drawn
  // once and kept in the build cache.
  const mapFiles = createMapFiles({ cache });

  // Site settings, available to every template as `site`.
  eleventyConfig.addGlobalData("site", site);

  // Content: front matter, dates in the site's time zone, the posts collection.
  eleventyConfig.addPlugin(contentPlugin, { timeZone: site.timeZone, language: site.language });

  // Markdown: markdown-it with the geojson map fence and legacy WordPress shortcodes; smart
  // typography for front-matter titles and summaries; each post's table of contents.
  eleventyConfig.addPlugin(markdownPlugin, {
    tiles: site.tiles,
    mapFiles,
    language: site.language,
    tocMinHeadings: site.toc.minHeadings,
    cache,
  });

  // Images: AVIF/WebP at several widths in <picture>, cached in .cache/images/ between builds.
  eleventyConfig.addPlugin(imagesPlugin, { cacheDir: ".cache/images", cache });

  // Maps: the browser map module and Leaflet's files, loaded only by pages with a map.
  eleventyConfig.addPlugin(mapsPlugin, { tiles: site.tiles, mapFiles });

  // Security: the Content-Security-Policy as a <meta> element and a _headers file.
  eleventyConfig.addPlugin(securityPlugin, { site });

  // Taxonomy: the front page, paginated lists, archive, tags, authors, series, related posts.
  eleventyConfig.addPlugin(taxonomyPlugin, {
    ...site.lists,
    wordsPerMinute: site.wordsPerMinute,
    language: site.language,
    timeZone: site.timeZone,
    authors: site.authors,
    frontPage: site.frontPage,
    cache,
  });

  // Feeds: Atom and JSON Feed of the newest posts, and of each topic, author and series.
  eleventyConfig.addPlugin(feedsPlugin, { site, cache });

  // Metadata: canonical URL, OpenGraph, JSON-LD, sitemap.xml and robots.txt.
  eleventyConfig.addPlugin(seoPlugin, { site });

  // Citing: each post's "Cite this analysis" block, its cite.bib and cite.ris, archived sources.
  eleventyConfig.addPlugin(citePlugin, { site });

  // Share images: a 1200×630 PNG beside each post's page, for link previews, feeds and JSON-LD.
  eleventyConfig.addPlugin(sharePlugin, { site, mapFiles, cache });

  // Redirects: each post's old URLs (`aliases`) as _redirects and small redirect pages.
  eleventyConfig.addPlugin(redirectsPlugin, { site });

  // Search: the search page's module; Pagefind indexes the built site (src/cli/build.ts).
  eleventyConfig.addPlugin(searchPlugin);

  // Video: the click-to-load video module, loaded only by pages with a {% video %} figure.
  eleventyConfig.addPlugin(videoPlugin);

  // Fonts: the site's typeface from Fontsource, self-hosted; its @font-face rules as `fonts.css`.
  eleventyConfig.addPlugin(fontsPlugin, site.typeface);

  // Styles: one stylesheet, /assets/css/site.css, from the font rules and styles/site.css.
  eleventyConfig.addPlugin(stylesPlugin);

  // Static files copied as they are: the site's assets. Each post's own files (images, data)
  // are copied beside its page, under its slug, by the content plugin.
  eleventyConfig.addPassthroughCopy("assets");

  // The path prefix on every URL in the output: https://www.11ty.dev/docs/plugins/html-base/
  eleventyConfig.addPlugin(HtmlBasePlugin);

  // Feeds and the sitemap never written with a character XML cannot carry.
  eleventyConfig.addPlugin(textPlugin);

  // The build cache keeps only what this build used (after a whole build that succeeded).
  eleventyConfig.addPlugin(cachePlugin, { cache });

  // Eleventy's warnings that one filter took over 8% of a build ("Benchmark 58ms 9% … Filter")
  // are not an author's to act on, and come and go with the machine's load: `npm run bench`
  // measures the build instead.
  (
    eleventyConfig as unknown as {
      benchmarkManager: { get(group: string): { setMinimumThresholdMs(ms: number): void } };
    }
  ).benchmarkManager
    .get("Configuration")
    .setMinimumThresholdMs(0);

  // Files in the project root that are not pages.
  for (const ignored of ["README.md", "tests/**", "docs/**", ".github/**"]) {
    eleventyConfig.ignores.add(ignored);
  }
}

export const config = {
  dir: { input: ".", includes: "layouts" },
  // Posts are Markdown only: no template language runs over them, so {{ }}, {% %} and {# #}
  // in prose, code or map data reach readers as written.
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
  templateFormats: ["md", "njk"],
  pathPrefix: site.pathPrefix,
};
