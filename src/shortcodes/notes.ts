/**
 * The visible notes the import leaves where it could not convert a shortcode: marked with
 * `data-wordpress-shortcode` (the report finds their lines by it) and the `legacy-embed` note
 * style the build shows.
 */
import { escapeHtml } from "../shared/html.ts";

/** A shortcode the import could not convert, as the author wrote it. */
export interface UnconvertedShortcode {
  /** Its name, lower case: `gallery`. */
  name: string;
  /** The opening tag as written: `[gallery ids="4,5"]`. */
  text: string;
}

/**
 * The visible note left in place of a shortcode the import does not convert:
 * `[gallery ids="4"]` → `<span … data-wordpress-shortcode="gallery">Not converted from WordPress:
 * the shortcode gallery ids="4"</span>`.
 */
export function unconvertedNote(name: string, text: string): string {
  const shown = text
    .replace(/^\\?\[/, "")
    .replace(/\\?\]$/, "")
    .replace(/\s*\/$/, "");
  return `<span class="legacy-embed" role="note" data-wordpress-shortcode="${escapeHtml(name)}">Not converted from WordPress: the shortcode ${escapeHtml(shown)}</span>`;
}

/** The marked note of an `[embed]` of a page that is not a video: a link to the page. */
export function embedLinkNote(name: string, url: string): string {
  return `<span class="legacy-embed" role="note" data-wordpress-shortcode="${escapeHtml(name)}">Embedded on the old site: <a href="${escapeHtml(url)}">${escapeHtml(url)}</a></span>`;
}
