/**
 * Images in a WordPress post point at the old site (`http://blog.example.org/wp-content/uploads/…`).
 * An image the import brought into the post's folder ({@link MediaResolver}) is shown from there;
 * any other stays a link to its address, not an image: Dispatch's Content-Security-Policy loads
 * images only from the site itself (`img-src 'self'`), and the old site may be gone. The import
 * report lists each one so the author can copy it into the post's folder.
 */
import { parseHTML } from "linkedom";
import { uploadsPath } from "../media/hosts.ts";
import { isPostAsset } from "../../content/files/post-files.ts";
import { mediaKey } from "../media/plan.ts";
import { noLocalMedia, type MediaResolver } from "../media/resolver.ts";
import type { Losses } from "./losses.ts";

/** Result of {@link imagesAsLinks}. */
export interface LinkedImages {
  /** The HTML with every `<img>` replaced by a link, or by its text inside a link. */
  html: string;
  /** The address each former image now links to, in document order. */
  links: string[];
}

/** The text that stands for an image: `Image: <alt>`, or `Image` when it has no description. */
export function imageText(alt: string | null): string {
  const description = (alt ?? "").replace(/\s+/g, " ").trim();
  return description ? `Image: ${description}` : "Image";
}

/** A link to a file uploaded to a WordPress site (`uploadsPath` says which exactly). */
const uploadLinkPattern =
  /\shref\s*=\s*["'][^"']*(?:\/wp-content\/uploads\/|\.files\.wordpress\.com\/|\/files\/\d{4}\/)/i;

/** True for a name already in the post's folder (`photo.jpg`): no scheme, no folder. */
function isLocalName(src: string): boolean {
  return !/[:/\\?#]/.test(src);
}

/** True when two addresses are one upload: a thumbnail and its original, `http` and `https`… */
function sameFile(a: string, b: string): boolean {
  try {
    return mediaKey(a) === mediaKey(b);
  } catch {
    return false;
  }
}

/**
 * What the report says of a link taken off a local image with no alt text: a link whose only
 * content is an image without a description names nothing (WCAG H30, which `npm run verify`
 * checks), so the import shows the image alone.
 * @param image the image's local name (`port.jpg`)
 * @param href where the link went
 */
export function undescribedImageLinkLoss(image: string, href: string): string {
  return `the image ${image} linked to ${href}, but has no description (alt text), so the link was taken off: a link holding only an undescribed image names nothing. Fix: write what the image shows in its alt text, and link it again`;
}

/**
 * Shows an image from the post's folder when `media` has it: `src` becomes the local name, its
 * `alt` kept; a link around it to the same file's full size (WordPress links a thumbnail to its
 * original) is removed, so the post shows the local image alone; so is any other link around an
 * image with no alt text, reported through `losses` ({@link undescribedImageLinkLoss}).
 * @returns false when the image has no local copy
 */
function showLocal(
  image: Element,
  src: string,
  media: MediaResolver,
  isAttachmentPage: (url: string) => boolean,
  losses: Losses | undefined,
): boolean {
  const local = isLocalName(src) ? src : media.local(src, "image");
  if (!local) return false;
  image.setAttribute("src", local);
  const wrapper = image.closest("a");
  const href = wrapper?.getAttribute("href");
  if (!wrapper || !href) return true;
  if (href === local || sameFile(href, src) || isAttachmentPage(href)) {
    wrapper.replaceWith(...wrapper.childNodes);
  } else if (
    (image.getAttribute("alt") ?? "").trim() === "" &&
    wrapper.textContent?.trim() === ""
  ) {
    const mark = losses?.mark(undescribedImageLinkLoss(local, href)) ?? "";
    wrapper.replaceWith(image.ownerDocument.createTextNode(mark), ...wrapper.childNodes);
  }
  return true;
}

/**
 * Links to files uploaded to the old site (`…/wp-content/uploads/2008/03/report.pdf`, a Word
 * document, a sound) go to their local copy when `media` has one (`kind: "file"`).
 */
function localFileLinks(document: Document, media: MediaResolver): void {
  for (const link of [...document.querySelectorAll("a[href]")]) {
    const href = link.getAttribute("href") as string;
    const upload = uploadsPath(href);
    if (upload === undefined || !isPostAsset(upload)) continue;
    const local = media.local(href, "file");
    if (local) link.setAttribute("href", local);
  }
}

/**
 * Replaces each `<img>` in an HTML fragment by a link to its `src` with {@link imageText}; an
 * image that is already a link's content (WordPress links a thumbnail to the full-size file) is
 * replaced by the text alone, so the link goes to the full-size file. An image with no `src` is
 * dropped.
 * An image `media` has a local copy of is kept as an image of that file instead (a thumbnail
 * linked to its full-size file becomes the local image alone), and a link to an uploaded
 * document `media` has goes to the local copy.
 * A link around an image to its attachment page on the old site (which the import makes redirect
 * to the post itself) is removed around a local image, and goes to the image's own address around
 * one kept as a link.
 * @param html an HTML fragment (sanitised: `src` and `href` are http(s) or site paths)
 * @param media the post's local files
 * @param isAttachmentPage tells an attachment page's address (`GalleryAttachments.isPage`)
 * @param losses where a link taken off an undescribed local image is reported
 */
export function imagesAsLinks(
  html: string,
  media: MediaResolver = noLocalMedia,
  isAttachmentPage: (url: string) => boolean = () => false,
  losses?: Losses,
): LinkedImages {
  const uploadLinks = media !== noLocalMedia && uploadLinkPattern.test(html);
  if (!/<img\b/i.test(html) && !uploadLinks) return { html, links: [] };
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const links: string[] = [];
  for (const image of [...document.querySelectorAll("img")]) {
    const src = image.getAttribute("src");
    if (src && showLocal(image, src, media, isAttachmentPage, losses)) continue;
    const text = document.createTextNode(imageText(image.getAttribute("alt")));
    const wrapper = image.closest("a");
    const href = wrapper?.getAttribute("href");
    if (wrapper && href && src && isAttachmentPage(href)) wrapper.setAttribute("href", src);
    if (wrapper?.getAttribute("href")) {
      image.replaceWith(text);
      links.push(wrapper.getAttribute("href") as string);
    } else if (src) {
      const link = document.createElement("a");
      link.setAttribute("href", src);
      link.append(text);
      image.replaceWith(link);
      links.push(src);
    } else {
      image.remove();
    }
  }
  if (uploadLinks) localFileLinks(document, media);
  return { html: document.body.innerHTML, links };
}
