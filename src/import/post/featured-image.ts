/**
 * A post's featured image (post meta `_thumbnail_id`, an attachment's id) as its lead image:
 * front matter `image:` with `src` (the local copy), `alt` and `caption`. Written only when the
 * image has a local copy: a lead image at the old site's address would be blocked by the
 * Content-Security-Policy. A reader never sees the same photo twice: when the body opens with the
 * same image, that copy is removed from the body (its caption kept when the attachment has none);
 * when the body shows it further down, in context, it stays there and is not also the lead image.
 * A gallery that holds it keeps it: the grid is a set of photos to look through.
 * See https://developer.wordpress.org/reference/functions/get_post_thumbnail_id/.
 */
import { yamlString } from "../../content/new-post.ts";
import { plainText } from "../../shared/plain-text.ts";
import type { WxrItem } from "../export/wxr.ts";
import type { MediaResolver } from "../media/resolver.ts";
import { attachmentAlt } from "../shortcodes/gallery.ts";
import type { AttachmentIndex } from "./attachments.ts";

/** What a featured image gives a post. */
export interface FeaturedImage {
  /** The front matter lines of `image:` (`image:`, `  src: "pipe.jpg"`, `  alt: …`, `  caption: …`); empty for none. */
  lines: string[];
  /** The body's Markdown, without its opening image when that was the featured image. */
  markdown: string;
  /** Lines removed from the start of the body. */
  removedLines: number;
  /**
   * What the report says, with the field it is about (`image.alt`) or undefined for the post
   * itself (the front matter's first line).
   */
  notices: { field?: string; message: string }[];
}

/**
 * Where the body shows the image `src` (a Markdown image or an `<img>`) outside a gallery's grid:
 * the first index, or -1. A gallery is a set to look through, which keeps all its photos.
 */
function shownAt(markdown: string, src: string): number {
  const galleries = [...markdown.matchAll(/^<figure class="gallery\b[^]*?^<\/figure>$/gm)].map(
    (found) => [found.index, found.index + found[0].length] as const,
  );
  const inGallery = (index: number) =>
    galleries.some(([start, end]) => index >= start && index < end);
  for (const found of markdown.matchAll(
    /!\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)|<img\b[^>]*?\bsrc="([^"]*)"/gi,
  )) {
    if ((found[1] ?? found[2]) === src && !inGallery(found.index)) return found.index;
  }
  return -1;
}

/**
 * The body's first block when it holds nothing but one image (in a link, a `<figure>` with a
 * `<figcaption>`, or alone): its line count, its alt text and its caption as plain text.
 */
function openingImage(
  markdown: string,
): { lines: number; alt: string; caption: string } | undefined {
  const block = markdown.split(/\n[ \t]*\n/)[0] ?? "";
  const images = block.match(/!\[|<img\b/gi) ?? [];
  if (images.length !== 1) return undefined;
  const caption = /<figcaption\b[^>]*>([^]*?)<\/figcaption>/i.exec(block)?.[1] ?? "";
  const alt =
    /!\[((?:[^\]\\]|\\.)*)\]/.exec(block)?.[1]?.replace(/\\(.)/g, "$1") ??
    plainText(/<img\b[^>]*?\balt="([^"]*)"/i.exec(block)?.[1] ?? "");
  const rest = block
    .replace(/<figcaption\b[^>]*>[^]*?<\/figcaption>/gi, "")
    .replace(/!\[(?:[^\]\\]|\\.)*\]\([^)]*\)/g, "")
    .replace(/<\/?(?:figure|a|img|p|picture)\b[^>]*>/gi, "")
    .replace(/\[\s*\]\([^)]*\)/g, "");
  if (rest.trim() !== "") return undefined;
  return { lines: block.split("\n").length, alt: alt.trim(), caption: plainText(caption) };
}

/** The file name to suggest in a fix: `…/pipe.jpg` → `pipe.jpg`. */
function fileName(url: string): string {
  return (url.split(/[?#]/)[0] ?? "").split("/").pop() || "image.jpg";
}

/**
 * The lead image of a post from its featured image, and the body without an opening copy of it.
 * @param markdown the post's body as converted (local images by their file name)
 * @param media the post's local files: the image is asked for with `media.local(url, "image")`
 */
export function featuredImage(
  item: WxrItem,
  index: AttachmentIndex,
  media: MediaResolver,
  markdown: string,
): FeaturedImage {
  const none = { lines: [], markdown, removedLines: 0 };
  const id = item.meta.get("_thumbnail_id")?.trim();
  if (!id || id === "0") return { ...none, notices: [] };
  const attachment = index.byId.get(id);
  const byHand = (url: string) =>
    `copy it into the post's folder and name it in the front matter: image: { src: ${yamlString(fileName(url))}, alt: "what it shows" }`;
  if (!attachment) {
    const message = `the featured image (attachment ${id}) is not in the export, so the post has no lead image. Fix: export the site again with Tools → Export → All content and import again, or ${byHand("image.jpg")}`;
    return { ...none, notices: [{ message }] };
  }
  const local = media.local(attachment.url, "image");
  if (!local) {
    const message = `the featured image ${attachment.url} has no copy in the post's folder, so the post has no lead image (the site shows only its own images). Fix: ${byHand(attachment.url)}`;
    return { ...none, notices: [{ message }] };
  }
  const at = shownAt(markdown, local);
  const opening = at >= 0 ? openingImage(markdown) : undefined;
  if (at >= 0 && (!opening || markdown.slice(0, at).includes("\n\n"))) {
    const line = markdown.slice(0, at).split("\n").length;
    const message = `the featured image ${local} is also shown in the post's text (body line ${line}), so it is not the lead image too: readers would see it twice. Fix: nothing to do; or, to make it the lead image (lists, share cards), delete it from the text and write image: { src: ${yamlString(local)}, alt: "what it shows" }`;
    return { ...none, notices: [{ message }] };
  }
  const alt = attachmentAlt(attachment) || (opening?.alt ?? "");
  const caption = plainText(attachment.caption) || (opening?.caption ?? "");
  const lines = ["image:", `  src: ${yamlString(local)}`, `  alt: ${yamlString(alt)}`];
  if (caption) lines.push(`  caption: ${yamlString(caption)}`);
  const notices = alt
    ? []
    : [
        {
          field: "image.alt",
          message: `the featured image ${local} has no alt text in the export. Fix: write what it shows after alt: (keep "" only for a decoration)`,
        },
      ];
  if (!opening) return { lines, markdown, removedLines: 0, notices };
  const rest = markdown
    .split("\n")
    .slice(opening.lines)
    .join("\n")
    .replace(/^\s*\n/, "");
  return {
    lines,
    markdown: rest,
    removedLines: markdown.split("\n").length - rest.split("\n").length,
    notices,
  };
}
