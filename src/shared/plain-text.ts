/** Plain text from HTML, for titles, summaries and descriptions written in HTML. */
import { createRequire } from "node:module";
import { decodeHTML } from "entities";
import type sanitizeHtml from "sanitize-html";

// Packages loaded on first use: start-up loads only what the first template needs.
const require = createRequire(import.meta.url);

/** Turns HTML (a KML description) into plain text: tags dropped, entities decoded, spaces collapsed. */
export function plainText(html: string): string {
  const withBreaks = html.replace(/<br\s*\/?>|<\/p>/gi, " ");
  const sanitize = require("sanitize-html") as typeof sanitizeHtml;
  return decodeHTML(sanitize(withBreaks, { allowedTags: [], allowedAttributes: {} }))
    .replace(/\s+/g, " ")
    .trim();
}
