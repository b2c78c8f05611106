/**
 * The allow-list for raw HTML that reaches a post from outside, such as a WordPress export: the
 * elements Markdown and Dispatch's pages know (and `<details>`), links by http(s), `mailto:`,
 * `tel:` or site paths, images by http(s) or site paths, and on
 * any element only the attributes `{…}` may set in a post ({@link allowedAttributes}: `id`,
 * `class`, `lang`, `dir`). Scripts, styles, frames, forms, event handlers (`onclick`), `style`
 * and `javascript:` URLs are removed, so the result passes `npm run verify` and the site's
 * Content-Security-Policy. Uses sanitize-html.
 */
import { createRequire } from "node:module";
import type sanitizeHtml from "sanitize-html";
import { classifyLink } from "../shared/urls.ts";
import { allowedAttributes } from "./language.ts";

// Packages loaded on first use: start-up loads only what the first template needs.
const require = createRequire(import.meta.url);

/** Drops `attribute` when it has no scheme and still leads to another site (`/\host/`). */
function stayingHome(attribute: string): sanitizeHtml.Transformer {
  return (tagName, attribs) => {
    const value = attribs[attribute];
    if (value === undefined || classifyLink(value).kind !== "elsewhere")
      return { tagName, attribs };
    const kept = { ...attribs };
    delete kept[attribute];
    return { tagName, attribs: kept };
  };
}

/** sanitize-html options of {@link sanitizeRawHtml}. */
export const rawHtmlAllowList: sanitizeHtml.IOptions = {
  allowedTags: [
    ...["p", "br", "hr", "div", "span", "blockquote", "pre", "code"],
    ...["h1", "h2", "h3", "h4", "h5", "h6"],
    ...["a", "img", "figure", "figcaption"],
    ...["em", "i", "strong", "b", "u", "s", "del", "ins", "sub", "sup", "small", "mark"],
    ...["abbr", "cite", "q", "kbd", "time"],
    ...["ul", "ol", "li", "dl", "dt", "dd"],
    ...["table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"],
    ...["details", "summary"],
  ],
  allowedAttributes: {
    "*": [...allowedAttributes],
    a: ["href", "title"],
    img: ["src", "alt", "title", "width", "height"],
    abbr: ["title"],
    // The import's notes (`<span class="legacy-embed" role="note">`).
    span: [{ name: "role", multiple: false, values: ["note"] }],
    time: ["datetime"],
    ol: ["start"],
    th: ["colspan", "rowspan", "scope"],
    td: ["colspan", "rowspan"],
  },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href", "src", "cite"],
  allowProtocolRelative: false,
  // sanitize-html drops `/\host` itself; this keeps the rule in one place (src/shared/urls.ts) too.
  transformTags: { a: stayingHome("href"), img: stayingHome("src") },
  // Text inside these is dropped with them, never shown as text.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "title"],
};

/**
 * Returns `html` with only what {@link rawHtmlAllowList} allows: other elements are replaced by
 * their content (scripts, styles and frames by nothing), other attributes are removed.
 * @param html an HTML fragment
 */
export function sanitizeRawHtml(html: string): string {
  const sanitize = require("sanitize-html") as typeof sanitizeHtml;
  return sanitize(html, rawHtmlAllowList);
}
