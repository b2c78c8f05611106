/**
 * A post's HTML made fit for a feed. Feed readers run no JavaScript and drop most of what a page
 * needs it for, so each map figure (see `src/maps/figure.ts`) becomes what a reader without
 * JavaScript gets on the page: the static map image, a link to the interactive map on the post's
 * page, the key, the list of what the map shows and the caption. Scripts of every kind (the map's
 * JSON data island included), the map canvas, buttons and hidden elements are removed;
 * `<noscript>` content is kept as plain content. Parsed and written back with linkedom, a real
 * HTML parser, never with regular expressions.
 */
import { createRequire } from "node:module";
import type { BuildCache } from "../cache/build-cache.ts";
import { sanitiseFeedHtml } from "./feed-sanitiser.ts";

// Packages loaded on first use: start-up loads only what the first template needs.
const require = createRequire(import.meta.url);

/** Options of {@link feedContent}. */
export interface FeedContentOptions {
  /**
   * URL of the post's page: root-relative (`/posts/basra/`, made absolute later by Eleventy's
   * `renderTransforms`) or absolute. The interactive-map link is this URL with the figure's `id`
   * as its fragment: `/posts/basra/#map-basra-24`.
   */
  pageUrl: string;
  /**
   * Text of the link to the interactive map.
   * @default "Open the interactive map"
   */
  interactiveMapText?: string;
}

/**
 * A map's "Embed this map" block (`src/maps/reuse.ts`): a form field and a button, which feed
 * readers drop, would leave its heading over nothing; the data download under the map stays.
 */
export const embedSnippetSelector = ".dispatch-map-reuse__embed";

/** Class of the paragraph holding the link to the interactive map, in feed content only. */
export const interactiveMapClass = "dispatch-map__interactive";

/**
 * Rewrites a post's rendered HTML for a feed entry.
 *
 * - Each `<figure data-dispatch-map>` keeps its static `<img>` (src and alt as they are), its
 *   key (without the decorative swatches), its feature list and its `<figcaption>`; loses the
 *   canvas and the data island; and gains, right after the image, a paragraph
 *   `<p class="dispatch-map__interactive"><a href="<pageUrl>#<figure id>">Open the interactive map</a></p>`.
 * - Every `<script>` (code, JSON, JSON-LD), `<template>`, `<button>`, element with the `hidden`
 *   attribute, decorative SVG (`aria-hidden="true"`) and map embed snippet
 *   ({@link embedSnippetSelector}) is removed anywhere in the content.
 * - `<noscript>` is replaced by its children, which is what a reader without JavaScript sees.
 * - A `<picture>` (a responsive image, src/images/) is replaced by its `<img>`, without `srcset`,
 *   `sizes` and loading hints: its `src` is the widest JPEG or PNG file, which every reader shows.
 * - A `<div>` left with no content (a video facade's frame without its play button) is removed;
 *   the video's caption, with its link to the video, stays.
 * - Last, everything passes the feed allow-list ({@link sanitiseFeedHtml}): no script, event
 *   handler, `javascript:` or `data:` URL, `srcdoc`, form, `<svg>` or `style` reaches a feed.
 *
 * URLs are not made absolute here: Eleventy's `renderTransforms` filter (HtmlBasePlugin) does it
 * for every URL of the result.
 *
 * @param html rendered post content (an HTML fragment)
 * @returns the rewritten fragment
 */
export function feedContent(html: string, options: FeedContentOptions): string {
  const { parseHTML } = require("linkedom") as typeof import("linkedom");
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  const root = document.body;
  root.innerHTML = html;

  for (const figure of [...root.querySelectorAll("figure[data-dispatch-map]")]) {
    const image = figure.querySelector("img");
    const id = figure.getAttribute("id");
    if (id) {
      const paragraph = document.createElement("p");
      paragraph.setAttribute("class", interactiveMapClass);
      const link = document.createElement("a");
      link.setAttribute("href", `${options.pageUrl}#${id}`);
      link.textContent = options.interactiveMapText ?? "Open the interactive map";
      paragraph.append(link);
      if (image) image.after(paragraph);
      else figure.prepend(paragraph);
    }
    figure.removeAttribute("data-dispatch-map");
    for (const element of figure.querySelectorAll("[data-map-canvas]")) element.remove();
  }

  for (const element of [
    ...root.querySelectorAll(
      `script, template, button, [hidden], svg[aria-hidden='true'], ${embedSnippetSelector}`,
    ),
  ]) {
    element.remove();
  }
  for (const picture of [...root.querySelectorAll("picture")]) {
    const image = picture.querySelector("img");
    if (!image) continue;
    for (const name of ["srcset", "sizes", "loading", "decoding", "fetchpriority"]) {
      image.removeAttribute(name);
    }
    picture.replaceWith(image);
  }
  for (const noscript of [...root.querySelectorAll("noscript")]) {
    noscript.replaceWith(...noscript.childNodes);
  }
  // A video facade's frame held only its play button: a box with nothing in it.
  for (const div of [...root.querySelectorAll("div")].reverse()) {
    if (div.children.length === 0 && (div.textContent ?? "").trim() === "") div.remove();
  }
  for (const video of root.querySelectorAll("[data-dispatch-video]")) {
    video.removeAttribute("data-dispatch-video");
  }
  // Written back by the same parser, so that the markup reads as it did before sanitising.
  root.innerHTML = sanitiseFeedHtml(root.innerHTML);
  return root.innerHTML;
}

/** Format of the feed content the build cache holds: bumped when what it holds changes. */
export const feedCacheFormat = 1;

/**
 * {@link feedContent} kept in the build cache between builds (kind `"feed"`): read back when the
 * post's HTML and the options are the same as when it was made (the key holds the HTML itself,
 * hashed with SHA-256 by the cache, and every option {@link feedContent} reads), made and stored
 * otherwise. Without a cache, or with it off (`--no-cache`), the same as {@link feedContent}.
 */
export function cachedFeedContent(
  html: string,
  options: FeedContentOptions,
  cache?: BuildCache,
): string {
  if (!cache?.enabled) return feedContent(html, options);
  const parts = [
    `feed/${feedCacheFormat}`,
    html,
    options.pageUrl,
    options.interactiveMapText ?? null,
  ];
  const stored = cache.read("feed", parts);
  if (stored !== undefined) return stored;
  const made = feedContent(html, options);
  cache.write("feed", parts, made);
  return made;
}
