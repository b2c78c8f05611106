/**
 * Gutenberg's gallery blocks (`<!-- wp:gallery -->`, whose comments are gone by now) become the
 * import's gallery grid ({@link galleryHtml}), in each markup WordPress saved:
 *
 * - 5.0–5.2: `<ul class="wp-block-gallery columns-3"><li class="blocks-gallery-item"><figure><img …><figcaption>`;
 * - 5.3–5.8: `<figure class="wp-block-gallery"><ul class="blocks-gallery-grid"><li class="blocks-gallery-item"><figure>…`
 *   and the gallery's `<figcaption class="blocks-gallery-caption">`;
 * - 5.9+: `<figure class="wp-block-gallery has-nested-images">` holding image blocks
 *   (`<figure class="wp-block-image"><img …><figcaption class="wp-element-caption">`) and its caption;
 * - Jetpack's tiled gallery block: `<div class="wp-block-jetpack-tiled-gallery">…<figure class="tiled-gallery__item"><img …>`.
 *
 * Each image is the attachment its `data-id` or `wp-image-N` class names when the export holds
 * it, else the full-size file the markup names (`data-full-url`, `data-url`, a link to the file),
 * else its `src`; its alt text and caption are the block's.
 */
import { parseHTML } from "linkedom";
import type { Replacement } from "./placeholders.ts";
import { attachmentAlt, isImageUrl, type GalleryAttachments } from "./gallery.ts";
import { galleryHtml, type Gallery, type GalleryImage } from "./gallery-markup.ts";
import type { MediaResolver } from "../media/resolver.ts";

/** What converting a post's gallery blocks needs. */
export interface GalleryContext {
  placeholders: { place(markdown: string, block: boolean): string; replacements: Replacement[] };
  media: MediaResolver;
  attachments: GalleryAttachments;
  /** Collects the addresses of images with no local copy, kept as links. */
  imageLinks: string[];
}

/** The opening tag of a gallery block; group 1 is its element's name. */
const galleryStart =
  /<(figure|ul|div)\b[^>]*\bclass\s*=\s*["'][^"']*\b(?:wp-block-gallery|wp-block-jetpack-tiled-gallery)\b[^>]*>/gi;

/** Where the element opened at `start` (a `name` tag) ends, counting nested ones; -1 if never. */
function elementEnd(html: string, name: string, start: number): number {
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, "gi");
  tags.lastIndex = start;
  let depth = 0;
  let match: RegExpExecArray | null;
  while ((match = tags.exec(html))) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return -1;
}

/** The attachment id an `<img>` of a block names (`data-id="12"`, `class="wp-image-12"`). */
function attachmentId(img: Element): string | undefined {
  const dataId = img.getAttribute("data-id");
  if (dataId && /^\d+$/.test(dataId)) return String(Number(dataId));
  return /\bwp-image-(\d+)\b/.exec(img.getAttribute("class") ?? "")?.[1];
}

/** The direct `<figcaption>` child of an element, as HTML; `""` for none. */
function ownCaption(element: Element | null): string {
  const caption = [...(element?.children ?? [])].find(
    (child) => child.tagName.toLowerCase() === "figcaption",
  );
  return caption?.innerHTML.trim() ?? "";
}

/** One image of a block, and whether it links to its file. */
function blockImage(
  img: Element,
  container: Element,
  attachments: GalleryAttachments,
): { image: GalleryImage; linked: boolean } | undefined {
  const id = attachmentId(img);
  const attachment = id ? attachments.byId(id) : undefined;
  const link = img.closest("a");
  const href = link && container.contains(link) ? (link.getAttribute("href") ?? "") : "";
  const linked = href !== "" && isImageUrl(href);
  const url = [
    attachment?.url,
    img.getAttribute("data-full-url"),
    img.getAttribute("data-url"),
    linked ? href : undefined,
    img.getAttribute("src"),
  ].find((candidate) => candidate && /^https?:\/\//i.test(candidate));
  if (!url) return undefined;
  const figure = img.closest("figure");
  const caption =
    figure && figure !== container && container.contains(figure) ? ownCaption(figure) : "";
  const alt =
    (img.getAttribute("alt") ?? "").trim() || (attachment ? attachmentAlt(attachment) : "");
  return { image: { url, alt, caption }, linked };
}

/** The gallery of one block's HTML; undefined when it holds no image. */
export function blockGallery(html: string, attachments: GalleryAttachments): Gallery | undefined {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const container = document.body.firstElementChild;
  if (!container) return undefined;
  const found = [...container.querySelectorAll("img")].flatMap((img) => {
    const image = blockImage(img, container, attachments);
    return image ? [image] : [];
  });
  if (found.length === 0) return undefined;
  const columns = /\bcolumns-(\d+)\b/.exec(container.getAttribute("class") ?? "")?.[1];
  return {
    images: found.map(({ image }) => image),
    caption: ownCaption(container),
    columns: columns ? Number(columns) : 3,
    linkToFile: found.every(({ linked }) => linked),
  };
}

/**
 * Replaces each gallery block of a post's content by a placeholder of its grid, on lines of its
 * own; a block with no image is left as it is.
 */
export function gutenbergGalleries(html: string, context: GalleryContext): string {
  let output = "";
  let position = 0;
  const pattern = new RegExp(galleryStart.source, "gi");
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(html))) {
    const end = elementEnd(html, match[1] as string, match.index);
    if (end < 0) break;
    const gallery = blockGallery(html.slice(match.index, end), context.attachments);
    if (!gallery) continue;
    const { html: grid, links } = galleryHtml(gallery, context.media);
    context.imageLinks.push(...links);
    output += `${html.slice(position, match.index)}\n\n${context.placeholders.place(grid, true)}\n\n`;
    position = end;
    pattern.lastIndex = end;
  }
  return output + html.slice(position);
}
