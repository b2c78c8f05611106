/**
 * What a URL or a style in an SVG would load or run when a browser shows the drawing: an `href=`
 * or `src=` ({@link hrefProblem}) and CSS in `style=`, `<style>` or a presentation attribute
 * ({@link cssProblem}). Only a fragment (`#id`), a link a reader follows, or a raster image
 * embedded as `data:` loads nothing from elsewhere. See SVG 2 §16.1 (https://www.w3.org/TR/SVG2/linking.html)
 * and CSS Values 4 §4.5 (url()).
 */

/** Raster images an `<image>` may embed as a `data:` URL: none of them can run anything. */
const embeddedImage = /^data:image\/(png|jpeg|gif|webp|avif)[;,]/i;

/** The fix for a reference a drawing would load. */
const embed = "embed the image in the drawing as PNG or JPEG, or delete the reference";

/** The fix for a link that runs code or is of an unknown scheme. */
const httpsLink = "give the link an https:// address, or delete it";

/**
 * A URL as browsers read it: spaces and control characters around and inside dropped, `\` as `/`
 * (URL Standard, https://url.spec.whatwg.org/#concept-basic-url-parser).
 * @param value an attribute value or the text inside `url( )`
 */
export function compactUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020]/g, "").replace(/\\/g, "/");
}

/** A problem's words: what the URL is (completed by the caller with where it is) and the fix. */
export interface ReferenceProblem {
  message: string;
  fix: string;
}

/** A `data:` URL: only a raster image embedded in `<image>` is fine. */
function dataUrlProblem(element: string, url: string, shown: string): ReferenceProblem | undefined {
  if (element === "image" && embeddedImage.test(url)) return undefined;
  return {
    message: `a data: URL (${shown}), which can carry a document of its own`,
    fix: `only <image> may embed data: (PNG, JPEG, GIF, WebP or AVIF); ${embed}`,
  };
}

/** On `<a>`: a link by http(s), `mailto:`, `tel:` or a relative path loads nothing until followed. */
function linkProblem(scheme: string | undefined): ReferenceProblem | undefined {
  if (scheme === undefined || ["http", "https", "mailto", "tel"].includes(scheme)) {
    return undefined;
  }
  return { message: `a ${scheme}: URL`, fix: httpsLink };
}

/** On any other element: an external URL is loaded; another file too, but by `<image>`. */
function loadProblem(
  element: string,
  url: string,
  scheme: string | undefined,
  shown: string,
): ReferenceProblem | undefined {
  if (scheme !== undefined || url.startsWith("//")) {
    return {
      message: `an external reference to ${shown}, loaded from elsewhere whenever the drawing is shown`,
      fix: embed,
    };
  }
  if (element === "image") return undefined;
  return {
    message: `a reference to another file (${shown}), which the drawing would load`,
    fix:
      element === "use"
        ? 'keep what <use> repeats in the same file and refer to it as href="#id"'
        : embed,
  };
}

/**
 * What is wrong with a URL in `href=` (or `src=`) of an SVG element, with its fix, or
 * `undefined` when it is fine: a fragment (`#id`) anywhere; on `<a>` a link by http(s),
 * `mailto:`, `tel:` or a relative path (a link loads nothing until followed); on `<image>` a
 * relative path or an embedded raster image.
 * @param element the element's local name, lower case: `a`, `image`, `use`
 * @param value the attribute's value as written
 * @returns the message (`a javascript: URL, which runs code when followed`), to be completed with
 *   where it is, and the fix
 */
export function hrefProblem(element: string, value: string): ReferenceProblem | undefined {
  const url = compactUrl(value);
  if (url === "" || url.startsWith("#")) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  const shown = value.trim().length > 60 ? `${value.trim().slice(0, 60)}…` : value.trim();
  if (scheme === "javascript" || scheme === "vbscript") {
    return { message: `a ${scheme}: URL, which runs code when followed`, fix: httpsLink };
  }
  if (scheme === "data") return dataUrlProblem(element, url, shown);
  if (element === "a") return linkProblem(scheme);
  return loadProblem(element, url, scheme, shown);
}

/**
 * Why CSS text (a `style` attribute or element, a presentation attribute) may load something:
 * `@import`, a `\` escape (which can hide `url(`), a function that loads files (`image-set()`,
 * `image()`, `src()`, `cross-fade()`, `element()`), or a `url()` that is not `url(#id)`.
 * @param css the CSS text
 * @returns the reason, `a style that loads url(font.woff), a file this drawing would fetch`, or
 *   `undefined` when the CSS loads nothing
 */
export function cssProblem(css: string): string | undefined {
  if (/@import/i.test(css)) return "a style with @import, which loads another stylesheet";
  if (css.includes("\\")) return "a style with a \\ escape, which can hide url( from this check";
  if (/(image-set|image|src|cross-fade|element)\s*\(/i.test(css.replace(/url\s*\(/gi, ""))) {
    return "a style with a function that loads files (image-set(), image(), src())";
  }
  for (const match of css.matchAll(/url\s*\(\s*(['"]?)([^'")]*)/gi)) {
    const target = compactUrl(match[2] ?? "");
    if (!target.startsWith("#")) {
      return `a style that loads url(${(match[2] ?? "").trim()}), a file this drawing would fetch`;
    }
  }
  return undefined;
}
