/**
 * The markup of an imported gallery (a `[gallery]` shortcode or a Gutenberg gallery block): a
 * grid of figures, one per image, in raw HTML the build keeps and makes responsive
 * (`styles/site.css` lays out `figure.gallery`; `src/images/` gives its images a grid cell's
 * `sizes`):
 *
 * ```html
 * <figure class="gallery">
 * <figure><img src="pipe.jpg" alt="The pipeline burning"><figcaption>Basra, 27 March</figcaption></figure>
 * <figure><a href="http://old.example.org/wp-content/uploads/quay.jpg">Image: The quay</a></figure>
 * <figcaption>The fighting in Basra</figcaption>
 * </figure>
 * ```
 *
 * An image with no local copy stays a link to its address ("Image: …", as elsewhere in the
 * import), inside the grid, so nothing is lost and the report lists it.
 */
import { escapeHtmlText, withoutTagOpeners } from "../../shared/html.ts";
import { sanitizeRawHtml } from "../../markdown/raw-html.ts";
import { imageText } from "../html/images.ts";
import type { MediaResolver } from "../media/resolver.ts";

/** One image of a gallery. */
export interface GalleryImage {
  /** The image file's absolute address on the old site. */
  url: string;
  /** What it shows, plain text; `""` when nothing says. */
  alt: string;
  /** Its caption, HTML (sanitised when written); `""` for none. */
  caption: string;
}

/** A gallery to write. */
export interface Gallery {
  images: GalleryImage[];
  /** The gallery's own caption, HTML (a Gutenberg gallery's); `""` for none. */
  caption: string;
  /**
   * Columns the old site showed: 1 and 2 are kept (`gallery-columns-1`, `-2`), 3 is the grid's
   * default, 4 or more is `gallery-columns-4`.
   * @default 3
   */
  columns: number;
  /** Each image links to its full-size file (WordPress's `link="file"`, Gutenberg's "Media File"). */
  linkToFile: boolean;
}

/** The class of a gallery's grid: `gallery`, or with its columns (`gallery gallery-columns-2`). */
export function galleryClass(columns: number): string {
  if (columns >= 4) return "gallery gallery-columns-4";
  return columns === 1 || columns === 2 ? `gallery gallery-columns-${columns}` : "gallery";
}

/**
 * A caption's HTML on one line, as the build keeps it: sanitised with the build's allow-list,
 * lines joined, `{%` written `&#123;%` so it is never read as a tag.
 */
export function captionHtml(html: string): string {
  return withoutTagOpeners(sanitizeRawHtml(html))
    .replace(/\s*\n\s*/g, " ")
    .trim();
}

/**
 * The figure of one image: its local copy (in a link to the copy with `linkToFile`, unless it has
 * no alt text), or a link to its address when it has none, which `links` collects.
 */
function imageFigure(
  image: GalleryImage,
  linkToFile: boolean,
  media: MediaResolver,
  links: string[],
): string {
  const local = media.local(image.url, "image");
  let shown: string;
  if (local) {
    const img = `<img src="${escapeHtmlText(local)}" alt="${escapeHtmlText(image.alt)}">`;
    // A link whose only content is an image without alt text names nothing (WCAG H30): none.
    shown =
      linkToFile && image.alt.trim() !== "" ? `<a href="${escapeHtmlText(local)}">${img}</a>` : img;
  } else {
    links.push(image.url);
    shown = `<a href="${escapeHtmlText(image.url)}">${escapeHtmlText(imageText(image.alt))}</a>`;
  }
  const caption = captionHtml(image.caption);
  return `<figure>${shown}${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`;
}

/**
 * The HTML of a gallery: `<figure class="gallery">` holding one `<figure>` per image and the
 * gallery's `<figcaption>`, one element a line with no blank line (one raw HTML block in Markdown).
 * @param media the post's local files: each image is asked for with `media.local(url, "image")`
 * @returns the HTML and the addresses of the images with no local copy, kept as links
 */
export function galleryHtml(
  gallery: Gallery,
  media: MediaResolver,
): { html: string; links: string[] } {
  const links: string[] = [];
  const lines = [`<figure class="${galleryClass(gallery.columns)}">`];
  for (const image of gallery.images) {
    lines.push(imageFigure(image, gallery.linkToFile, media, links));
  }
  const caption = captionHtml(gallery.caption);
  if (caption) lines.push(`<figcaption>${caption}</figcaption>`);
  lines.push("</figure>");
  return { html: lines.join("\n"), links };
}
