/**
 * The last step of a feed entry's content: the raw-HTML allow-list of pages and imports
 * (`src/markdown/raw-html.ts`, one list for HTML from content) with the few elements Dispatch's
 * own feed markup needs on top, applied with sanitize-html. A feed reader runs no
 * Content-Security-Policy of the site, so what a page may hold because the policy stops it
 * (an event handler, a `javascript:` link, `<svg onload>`, `<iframe srcdoc>`) must not reach a feed.
 */
import { createRequire } from "node:module";
import type sanitizeHtml from "sanitize-html";
import { rawHtmlAllowList } from "../markdown/raw-html.ts";

// Packages loaded on first use: start-up loads only what the first template needs.
const require = createRequire(import.meta.url);

const base = rawHtmlAllowList.allowedAttributes as Record<string, sanitizeHtml.AllowedAttribute[]>;

/**
 * sanitize-html options of {@link sanitiseFeedHtml}: {@link rawHtmlAllowList}, plus `<section>`
 * (footnotes) and `<video>`, `<audio>`, `<source>`, `<track>` with their sources, which feed
 * readers play. So: no scripts, styles, frames, forms, inputs or buttons, `<base>`, `<meta>`,
 * `<link>`, `<svg>`, `<object>`, `<embed>`; no `style`, `srcdoc`, `srcset` or event handler;
 * URLs only by http(s), `mailto:`, `tel:` or relative paths (made absolute afterwards), so no
 * `javascript:` and no `data:`, images included (a feed reader may show no data: image, and
 * Dispatch writes none).
 */
export const feedAllowList: sanitizeHtml.IOptions = {
  ...rawHtmlAllowList,
  allowedTags: [
    ...(rawHtmlAllowList.allowedTags as string[]),
    ...["section", "video", "audio", "source", "track"],
  ],
  allowedAttributes: {
    ...base,
    video: ["src", "poster", "controls", "width", "height", "preload", "muted", "loop"],
    audio: ["src", "controls", "preload", "muted", "loop"],
    source: ["src", "type"],
    track: ["src", "kind", "srclang", "label", "default"],
  },
  allowedSchemesAppliedToAttributes: [
    ...(rawHtmlAllowList.allowedSchemesAppliedToAttributes ?? []),
    "poster",
  ],
};

/**
 * Returns a feed entry's HTML with only what {@link feedAllowList} allows: elements outside it
 * are replaced by their text (scripts, styles, frames, `<title>` by nothing), attributes outside
 * it and URLs of other schemes are removed.
 * @param html an HTML fragment (a post's content, already fit for feeds)
 */
export function sanitiseFeedHtml(html: string): string {
  const sanitize = require("sanitize-html") as typeof sanitizeHtml;
  return sanitize(html, feedAllowList);
}
