/** Plain text from HTML, for titles, summaries and descriptions written in HTML. */
import { decodeHTML } from "entities";
import sanitizeHtml from "sanitize-html";

/** Turns HTML (a KML description) into plain text: tags dropped, entities decoded, spaces collapsed. */
export function plainText(html: string): string {
  const withBreaks = html.replace(/<br\s*\/?>|<\/p>/gi, " ");
  return decodeHTML(sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} }))
    .replace(/\s+/g, " ")
    .trim();
}
