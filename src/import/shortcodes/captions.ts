/**
 * `[caption]…[/caption]` (and `[wp_caption]`): WordPress's image with a caption becomes an HTML
 * `<figure>` with the image, as a link to its address ({@link imagesAsLinks}), and a
 * `<figcaption>`. See https://developer.wordpress.org/reference/functions/img_caption_shortcode/.
 */
import { sanitizeRawHtml } from "../../markdown/raw-html.ts";
import { imagesAsLinks } from "../html/images.ts";
import { noLocalMedia, type MediaResolver } from "../media/resolver.ts";
import type { ShortcodeAttributes } from "./attributes.ts";

/**
 * The `<figure>` of a `[caption]`: its image as a link to the image's address
 * ({@link imagesAsLinks}), and the caption (`caption=` or the text beside the image), sanitised;
 * `links` collects that address. Shortcodes inside the caption (an `[embed]` in a `[caption]`)
 * are converted with `convert` and their placeholders returned in `after`, to follow the figure,
 * since a figcaption holds only text.
 * @param content what the shortcode wraps: an image (in a link or not) and the caption's text
 * @param media the post's local files: an image it has is shown from the post's folder
 */
export function captionFigure(
  content: string,
  attributes: ShortcodeAttributes,
  links: string[],
  convert: (text: string) => string,
  media: MediaResolver = noLocalMedia,
): { html: string; after: string } {
  const image =
    /^\s*(<a\s[^>]*>\s*<img\s[^>]*>\s*<\/a>|<img\s[^>]*>)/i.exec(content)?.[1] ??
    /(<a\s[^>]*>\s*<img\s[^>]*>\s*<\/a>|<img\s[^>]*>)/i.exec(content)?.[1] ??
    "";
  const converted = convert((attributes.named.caption ?? content.replace(image, "")).trim());
  const placeholders = converted.match(/WPSHORTCODE\d+X/g) ?? [];
  const caption = converted.replace(/WPSHORTCODE\d+X/g, "").trim();
  const lines = ["<figure>"];
  if (image) {
    const linked = imagesAsLinks(sanitizeRawHtml(image), media);
    links.push(...linked.links);
    lines.push(linked.html.replace(/\n/g, " "));
  }
  if (caption)
    lines.push(
      `<figcaption>${sanitizeRawHtml(caption)
        .replace(/\s*\n\s*/g, " ")
        .replace(/\{%/g, "&#123;%")}</figcaption>`,
    );
  lines.push("</figure>");
  return { html: lines.join("\n"), after: placeholders.join("\n\n") };
}
