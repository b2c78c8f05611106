/**
 * `[caption]…[/caption]` (and `[wp_caption]`): WordPress's image with a caption becomes an HTML
 * `<figure>` with the image and a `<figcaption>`. The image is shown from the post's folder when
 * the post's {@link MediaResolver} has a local copy of it, else it is a link to its address
 * ({@link imagesAsLinks}). See https://developer.wordpress.org/reference/functions/img_caption_shortcode/.
 */
import { parseHTML } from "linkedom";
import { escapeHtmlText } from "../../shared/html.ts";
import { sanitizeRawHtml } from "../../markdown/raw-html.ts";
import { imagesAsLinks, undescribedImageLinkLoss } from "../html/images.ts";
import type { Losses } from "../html/losses.ts";
import type { ShortcodeAttributes } from "../../shortcodes/attributes.ts";
import { captionFigureHtml, captionParts } from "../../shortcodes/captions.ts";
import { noLocalMedia, type MediaResolver } from "../media/resolver.ts";
import { isImageUrl } from "./gallery.ts";

/** Options of {@link captionFigure}. */
export interface CaptionOptions {
  /**
   * The post's local files: the image is asked for with `media.local(src, "image")`.
   * @default {@link noLocalMedia}
   */
  media?: MediaResolver;
  /**
   * Tells the address of an attachment's page on the old site (`GalleryAttachments.isPage`): a
   * link to it around the image is removed, since the page redirects to the post itself.
   * @default none is
   */
  isAttachmentPage?: (url: string) => boolean;
  /** Where a link taken off an undescribed image is reported. */
  losses?: Losses;
}

/**
 * The local `<img>` of a caption's image (sanitised HTML: an `<img>`, maybe in a link), or
 * undefined when it has no local copy. A link around it to an image file (WordPress links a
 * thumbnail to its full size) goes to that file's local copy when it is another file, and is
 * dropped when it is the same file or has no local copy (the local image is the full size, and
 * the old site will be gone), or to the image's attachment page (which redirects to the post itself); a
 * link to another page stays.
 */
function localImage(
  html: string,
  media: MediaResolver,
  isAttachmentPage: (url: string) => boolean,
  losses: Losses | undefined,
): string | undefined {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const img = document.querySelector("img");
  const src = img?.getAttribute("src");
  const local = src ? media.local(src, "image") : undefined;
  if (!img || !local) return undefined;
  const shown = `<img src="${escapeHtmlText(local)}" alt="${escapeHtmlText(img.getAttribute("alt") ?? "")}">`;
  const href = img.closest("a")?.getAttribute("href");
  if (!href || isAttachmentPage(href)) return shown;
  const target = isImageUrl(href) ? media.local(href, "image") : href;
  if (!target || target === local) return shown;
  // A link holding only an image with no alt text names nothing: the image alone, reported.
  if ((img.getAttribute("alt") ?? "").trim() === "") {
    return (losses?.mark(undescribedImageLinkLoss(local, target)) ?? "") + shown;
  }
  return `<a href="${escapeHtmlText(target)}">${shown}</a>`;
}

/**
 * The `<figure>` of a `[caption]`: its image from the post's folder, or as a link to the image's
 * address ({@link imagesAsLinks}), and the caption (`caption=` or the text beside the image),
 * sanitised; `links` collects the addresses of images kept as links. Shortcodes inside the
 * caption (an `[embed]` in a `[caption]`) are converted with `convert` and their placeholders
 * returned in `after`, to follow the figure, since a figcaption holds only text.
 * @param content what the shortcode wraps: an image (in a link or not) and the caption's text
 * @param media the post's local files: an image it has is shown from the post's folder
 */
export function captionFigure(
  content: string,
  attributes: ShortcodeAttributes,
  links: string[],
  convert: (text: string) => string,
  options: CaptionOptions = {},
): { html: string; after: string } {
  // Which part is the image and which the caption: decided as the build decides (src/shortcodes/).
  const { image, caption: text } = captionParts(content, attributes);
  const converted = convert(text);
  const placeholders = converted.match(/WPSHORTCODE\d+X/g) ?? [];
  const caption = converted.replace(/WPSHORTCODE\d+X/g, "").trim();
  let shown = "";
  if (image) {
    const clean = sanitizeRawHtml(image);
    const isAttachmentPage = options.isAttachmentPage ?? (() => false);
    const local = localImage(
      clean,
      options.media ?? noLocalMedia,
      isAttachmentPage,
      options.losses,
    );
    if (local) shown = local;
    else {
      const linked = imagesAsLinks(clean, options.media, isAttachmentPage, options.losses);
      links.push(...linked.links);
      shown = linked.html.replace(/\n/g, " ");
    }
  }
  const html = captionFigureHtml(shown, caption ? sanitizeRawHtml(caption) : "");
  return { html, after: placeholders.join("\n\n") };
}
