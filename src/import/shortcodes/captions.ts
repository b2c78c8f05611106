/**
 * `[caption]…[/caption]` (and `[wp_caption]`): WordPress's image with a caption becomes an HTML
 * `<figure>` with the image, as a link to its address ({@link imagesAsLinks}), and a
 * `<figcaption>`. See https://developer.wordpress.org/reference/functions/img_caption_shortcode/.
 */
import { sanitizeRawHtml } from "../../markdown/raw-html.ts";
import { imagesAsLinks } from "../html/images.ts";
import type { ShortcodeAttributes } from "../../shortcodes/attributes.ts";
import { captionFigureHtml, captionParts } from "../../shortcodes/captions.ts";

/**
 * The `<figure>` of a `[caption]`: its image as a link to the image's address
 * ({@link imagesAsLinks}), and the caption (`caption=` or the text beside the image), sanitised;
 * `links` collects that address. Shortcodes inside the caption (an `[embed]` in a `[caption]`)
 * are converted with `convert` and their placeholders returned in `after`, to follow the figure,
 * since a figcaption holds only text.
 * @param content what the shortcode wraps: an image (in a link or not) and the caption's text
 */
export function captionFigure(
  content: string,
  attributes: ShortcodeAttributes,
  links: string[],
  convert: (text: string) => string,
): { html: string; after: string } {
  // Which part is the image and which the caption: decided as the build decides (src/shortcodes/).
  const { image, caption: text } = captionParts(content, attributes);
  const converted = convert(text);
  const placeholders = converted.match(/WPSHORTCODE\d+X/g) ?? [];
  const caption = converted.replace(/WPSHORTCODE\d+X/g, "").trim();
  let shown = "";
  if (image) {
    const linked = imagesAsLinks(sanitizeRawHtml(image));
    links.push(...linked.links);
    shown = linked.html;
  }
  const html = captionFigureHtml(shown, caption ? sanitizeRawHtml(caption) : "");
  return { html, after: placeholders.join("\n\n") };
}
