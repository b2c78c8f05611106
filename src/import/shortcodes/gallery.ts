/**
 * The `[gallery]` shortcode: which attachments it showed, in which order, as WordPress's
 * `gallery_shortcode()` chooses them (https://developer.wordpress.org/reference/functions/gallery_shortcode/):
 * `ids="3,4,5"` in the order given; `include="3,4"`; without either, the images uploaded to the
 * post (`id=` another post's), less `exclude`; ordered by `orderby` (default `menu_order ID`,
 * `post__in` with `ids`) and `order`. Only images count (WordPress asks for `post_mime_type`
 * `image`). `columns` and `link="file"` are kept; `size` is not needed (the build makes each
 * image's sizes); `orderby="rand"` keeps the order given and says so.
 */
import type { Losses } from "../html/losses.ts";
import type { ShortcodeAttributes } from "../../shortcodes/attributes.ts";
import type { Gallery, GalleryImage } from "./gallery-markup.ts";

/** An attachment (`wp:post_type` `attachment`) as a gallery reads it. */
export interface GalleryAttachment {
  /** `wp:post_id`. */
  id: string;
  /** `wp:attachment_url`: the uploaded file's address. */
  url: string;
  /** Its title (`<title>`), plain text. */
  title: string;
  /** Its caption (`excerpt:encoded`), HTML. */
  caption: string;
  /** Its alt text (post meta `_wp_attachment_image_alt`), plain text. */
  alt: string;
  /** `wp:menu_order`: its place among its post's attachments. */
  menuOrder: number;
  /** `wp:post_date`: `2008-03-27 14:32:00`. */
  date: string;
}

/** The export's attachments as one post's galleries see them. */
export interface GalleryAttachments {
  /** The post's `wp:post_id`, whose attachments a `[gallery]` without `ids` shows. */
  postId: string;
  /** The attachment with this `wp:post_id`, if the export holds it. */
  byId(id: string): GalleryAttachment | undefined;
  /** The attachments uploaded to the post with this id (`wp:post_parent`), in menu order, then id. */
  childrenOf(postId: string): GalleryAttachment[];
  /**
   * Is `url` the page WordPress made for an attachment (`…/basra/pipeline-fire/`,
   * `/?attachment_id=12`)? A link around an image to it goes nowhere once the import has brought
   * the image (the page redirects to the post itself).
   */
  isPage(url: string): boolean;
}

/** No attachments: an export without them, or a post written by hand. */
export const noAttachments: GalleryAttachments = {
  postId: "",
  byId: () => undefined,
  childrenOf: () => [],
  isPage: () => false,
};

/** The attachments a `[gallery]` shows, and what the import says of it. */
export interface ChosenGallery {
  gallery: Gallery;
  /** Ids it names that the export does not hold (or that are not images). */
  missing: string[];
  /** It showed its images in random order (`orderby="rand"`). */
  random: boolean;
}

/** Is the address an image WordPress would show in a gallery (by its file's extension)? */
export function isImageUrl(url: string): boolean {
  return /\.(?:jpe?g|jpe|png|gif|webp|avif|bmp|tiff?|heic|svg)$/i.test(url.split(/[?#]/)[0] ?? "");
}

/** Ids from a list as WordPress reads it (`"3, 4,5"`): numbers, in order, each once. */
function idList(text: string | undefined): string[] {
  const ids = (text ?? "")
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => /^\d+$/.test(id))
    .map((id) => String(Number(id)));
  return [...new Set(ids)];
}

/** Compares two attachments by one `orderby` field of WordPress. */
function compareBy(field: string, a: GalleryAttachment, b: GalleryAttachment): number {
  switch (field) {
    case "menu_order":
      return a.menuOrder - b.menuOrder;
    case "id":
      return Number(a.id) - Number(b.id);
    case "title":
    case "post_title":
      return a.title.localeCompare(b.title);
    case "date":
    case "post_date":
      return a.date.localeCompare(b.date) || Number(a.id) - Number(b.id);
    default:
      return 0;
  }
}

/**
 * Orders attachments as `orderby` and `order` say; `post__in`, `rand` and `none` keep the order
 * given. Unknown fields are ignored.
 */
function ordered(
  attachments: GalleryAttachment[],
  orderby: string,
  descending: boolean,
): GalleryAttachment[] {
  const fields = orderby
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  const sorted = fields.some((field) => ["post__in", "rand", "none"].includes(field))
    ? [...attachments]
    : [...attachments].sort((a, b) => {
        for (const field of fields) {
          const order = compareBy(field, a, b);
          if (order !== 0) return order;
        }
        return 0;
      });
  return descending ? sorted.reverse() : sorted;
}

/**
 * What an image is for a reader who cannot see it: its alt text, else its title when that is
 * not just the file's name (WordPress titles an upload `IMG_0412` after `IMG_0412.jpg`), else `""`.
 */
export function attachmentAlt(
  attachment: Pick<GalleryAttachment, "alt" | "title" | "url">,
): string {
  const alt = attachment.alt.replace(/\s+/g, " ").trim();
  if (alt) return alt;
  const title = attachment.title.replace(/\s+/g, " ").trim();
  const file = (attachment.url.split(/[?#]/)[0] ?? "").split("/").pop() ?? "";
  const key = (text: string) => text.toLowerCase().replace(/[\s_.-]+/g, "");
  const base = file.replace(/\.[a-z0-9]+$/i, "");
  return title && key(title) !== key(base) && key(title) !== key(file) ? title : "";
}

/** A gallery's image from its attachment. */
function galleryImage(attachment: GalleryAttachment): GalleryImage {
  return { url: attachment.url, alt: attachmentAlt(attachment), caption: attachment.caption };
}

/**
 * The gallery a `[gallery]` shortcode showed, from the export's attachments.
 * @param attributes the shortcode's attributes (`ids`, `include`, `exclude`, `id`, `orderby`,
 *   `order`, `columns`, `link`)
 */
export function chooseGallery(
  attributes: ShortcodeAttributes,
  attachments: GalleryAttachments,
): ChosenGallery {
  const named = Object.fromEntries(
    Object.entries(attributes.named).map(([key, value]) => [key.toLowerCase(), value]),
  );
  const ids = idList(named.ids);
  const include = ids.length > 0 ? ids : idList(named.include);
  const missing: string[] = [];
  let chosen: GalleryAttachment[];
  if (include.length > 0) {
    chosen = include.flatMap((id) => {
      const attachment = attachments.byId(id);
      if (attachment && isImageUrl(attachment.url)) return [attachment];
      missing.push(id);
      return [];
    });
  } else {
    const parent = /^\d+$/.test(named.id ?? "") ? String(Number(named.id)) : attachments.postId;
    const exclude = new Set(idList(named.exclude));
    chosen = attachments
      .childrenOf(parent)
      .filter((attachment) => isImageUrl(attachment.url) && !exclude.has(attachment.id));
  }
  const orderby = named.orderby ?? (ids.length > 0 ? "post__in" : "menu_order ID");
  const descending = (named.order ?? "").toUpperCase() === "DESC";
  const columns = Number.parseInt(named.columns ?? "", 10);
  return {
    gallery: {
      images: ordered(chosen, orderby, descending).map(galleryImage),
      caption: "",
      columns: Number.isInteger(columns) && columns >= 0 ? columns : 3,
      linkToFile: (named.link ?? "").toLowerCase() === "file",
    },
    missing,
    random: /\brand\b/i.test(orderby),
  };
}

/** `3`, `3 and 4`, `3, 4 and 5`. */
function idsText(ids: readonly string[]): string {
  return ids.length < 2 ? ids.join("") : `${ids.slice(0, -1).join(", ")} and ${ids.at(-1)}`;
}

/**
 * The report's messages on a `[gallery]`, as loss marks ({@link Losses}) to leave where it was:
 * it found no image, names attachments the export does not hold, or showed its images in random
 * order. `""` when there is nothing to say.
 * @param text the shortcode as written: `[gallery ids="3,4"]`
 */
export function galleryLosses(
  chosen: ChosenGallery,
  text: string,
  losses: Losses | undefined,
): string {
  if (!losses) return "";
  const { gallery, missing, random } = chosen;
  const notHeld =
    missing.length > 0
      ? `attachment${missing.length === 1 ? "" : "s"} ${idsText(missing)} ${missing.length === 1 ? "is" : "are"} not an image the export holds`
      : "";
  const exportAgain =
    "export the site again with Tools → Export → All content (an export of Posts only holds no attachments) and import again";
  const marks: string[] = [];
  if (gallery.images.length === 0) {
    marks.push(
      losses.mark(
        `the gallery ${text} found no image in the export${notHeld ? ` (${notHeld})` : ""}, so the post shows a note in its place. Fix: ${exportAgain}, or put the photos in the post's folder and write the gallery by hand (README, "Galleries")`,
      ),
    );
  } else if (notHeld) {
    marks.push(
      losses.mark(
        `the gallery ${text} shows ${gallery.images.length} image${gallery.images.length === 1 ? "" : "s"}: ${notHeld}. Fix: ${exportAgain}, or add the missing photos to the gallery by hand`,
      ),
    );
  }
  const undescribed = gallery.images.filter((image) => image.alt.trim() === "").length;
  if (undescribed > 0) {
    marks.push(
      losses.mark(
        `the gallery ${text} has ${undescribed === 1 ? "1 image" : `${undescribed} images`} with no description (alt text): readers who cannot see ${undescribed === 1 ? "it learn nothing of it" : "them learn nothing of them"}. Fix: write what each shows in its <img alt="…">`,
      ),
    );
  }
  if (random && gallery.images.length > 1) {
    marks.push(
      losses.mark(
        `the gallery ${text} showed its images in a random order (orderby="rand"); here they keep the order given. Fix: nothing to do, or reorder its figures`,
      ),
    );
  }
  return marks.join("");
}
