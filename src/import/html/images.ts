/**
 * Images in a WordPress post point at the old site (`http://blog.example.org/wp-content/uploads/…`).
 * The import keeps them as links to those addresses, not as images: Dispatch's
 * Content-Security-Policy loads images only from the site itself (`img-src 'self'`), and the old
 * site may be gone. The import report lists each one so the author can copy it into the post's
 * folder.
 */
import { parseHTML } from "linkedom";
import { noLocalMedia, type MediaResolver } from "../media/resolver.ts";

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

/**
 * Replaces each `<img>` in an HTML fragment by a link to its `src` with {@link imageText}; an
 * image that is already a link's content (WordPress links a thumbnail to the full-size file) is
 * replaced by the text alone, so the link goes to the full-size file. An image with no `src` is
 * dropped.
 * An image `media` has a local copy of is kept as an image of that file instead.
 * @param html an HTML fragment (sanitised: `src` and `href` are http(s) or site paths)
 * @param media the post's local files
 */
export function imagesAsLinks(html: string, media: MediaResolver = noLocalMedia): LinkedImages {
  if (!/<img\b/i.test(html)) return { html, links: [] };
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const links: string[] = [];
  for (const image of [...document.querySelectorAll("img")]) {
    const src = image.getAttribute("src");
    const local = src ? media.local(src, "image") : undefined;
    if (local) {
      image.setAttribute("src", local);
      continue;
    }
    const text = document.createTextNode(imageText(image.getAttribute("alt")));
    const wrapper = image.closest("a");
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
  return { html: document.body.innerHTML, links };
}
