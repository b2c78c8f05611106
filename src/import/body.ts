/**
 * A WordPress post's content (`post_content`: HTML with blank lines between paragraphs, and
 * shortcodes) as Markdown: shortcodes converted first ({@link convertShortcodes}), paragraphs
 * made as WordPress's `wpautop` makes them, raw HTML sanitised with the build's allow-list
 * ({@link sanitizeRawHtml}), images made links to their original addresses ({@link imagesAsLinks}),
 * then turndown. Tables, which Markdown cannot hold without a plugin, stay HTML.
 */
import TurndownService from "turndown";
import { sanitizeRawHtml } from "../markdown/raw-html.ts";
import { imagesAsLinks } from "./images.ts";
import { convertShortcodes, restorePlaceholders, type UnconvertedShortcode } from "./shortcodes.ts";

/** Result of {@link convertBody}. */
export interface ConvertedBody {
  /** The post's body in Markdown, ending without a newline. */
  markdown: string;
  /** Shortcodes left as notes, in order. */
  unconverted: UnconvertedShortcode[];
  /** Addresses of the post's images, now links to them: caption figures' first, then the rest. */
  imageLinks: string[];
}

const blockStart =
  /^<\/?(p|div|h[1-6]|ul|ol|li|dl|blockquote|pre|table|thead|tbody|tr|figure|hr|address|section|article|aside|form|iframe|object)\b/i;

/**
 * WordPress's paragraphs: text separated by a blank line is a paragraph, a single line break is
 * a `<br>`; a chunk that starts with a block element is left as it is.
 */
export function autoParagraphs(html: string): string {
  return html
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== "")
    .map((chunk) => (blockStart.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, "<br>\n")}</p>`))
    .join("\n");
}

function createTurndown(): TurndownService {
  const service = new TurndownService({
    headingStyle: "atx",
    hr: "---",
    bulletListMarker: "-",
    codeBlockStyle: "fenced",
    emDelimiter: "_",
    strongDelimiter: "**",
    // A backslash, not two spaces, so trailing spaces can be trimmed safely.
    br: "\\",
  });
  service.keep(["table"]);
  return service;
}

/**
 * Converts a post's content to Markdown.
 * @param html WordPress `post_content`
 * @param postTitle the post's title, for video embeds that name none
 */
export function convertBody(html: string, postTitle: string): ConvertedBody {
  const shortcodes = convertShortcodes(html, postTitle);
  const clean = imagesAsLinks(sanitizeRawHtml(autoParagraphs(shortcodes.html)));
  const markdown = createTurndown().turndown(clean.html);
  return {
    markdown: restorePlaceholders(markdown, shortcodes.replacements),
    unconverted: shortcodes.unconverted,
    imageLinks: [...shortcodes.imageLinks, ...clean.links],
  };
}
