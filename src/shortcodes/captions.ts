/**
 * `[caption]…[/caption]` (and `[wp_caption]`), decided once for the import
 * (`src/import/shortcodes/captions.ts`) and the build (`src/markdown/legacy-shortcodes.ts`): which
 * part is the image and which the caption, and the `<figure>` they make. See
 * https://developer.wordpress.org/reference/functions/img_caption_shortcode/.
 */
import { withoutTagOpeners } from "../shared/html.ts";
import type { ShortcodeAttributes } from "./attributes.ts";

/** The shortcodes {@link captionParts} reads, lower case. */
export const captionShortcodeNames: ReadonlySet<string> = new Set(["caption", "wp_caption"]);

/** The parts of a `[caption]`, as written. */
export interface CaptionParts {
  /** The image: `<img …>`, or `<a …><img …></a>` when it links somewhere; "" when there is none. */
  image: string;
  /** The caption: `caption=`, else the text beside the image, trimmed; HTML. */
  caption: string;
}

/**
 * Splits what a `[caption]` wraps into its image (the first, preferably at the start, in its
 * link when it has one) and its caption (`caption=`, WordPress's older form, else the rest).
 * @param content what the shortcode wraps: an image (in a link or not) and the caption's text
 */
export function captionParts(content: string, attributes: ShortcodeAttributes): CaptionParts {
  const image =
    /^\s*(<a\s[^>]*>\s*<img\s[^>]*>\s*<\/a>|<img\s[^>]*>)/i.exec(content)?.[1] ??
    /(<a\s[^>]*>\s*<img\s[^>]*>\s*<\/a>|<img\s[^>]*>)/i.exec(content)?.[1] ??
    "";
  return { image, caption: (attributes.named.caption ?? content.replace(image, "")).trim() };
}

/**
 * The `<figure>` of a caption, one element a line: the image (its line breaks made spaces), then
 * the caption as `<figcaption>` on one line, `{%` written `&#123;%` so that no tag is read in it.
 * Either is left out when empty.
 * @param image the image's HTML, already sanitised (and, in the import, linked or made local)
 * @param caption the caption's HTML, already sanitised
 */
export function captionFigureHtml(image: string, caption: string): string {
  const lines = ["<figure>"];
  if (image) lines.push(image.replace(/\n/g, " "));
  if (caption) {
    lines.push(`<figcaption>${withoutTagOpeners(caption.replace(/\s*\n\s*/g, " "))}</figcaption>`);
  }
  lines.push("</figure>");
  return lines.join("\n");
}
