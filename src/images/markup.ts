/**
 * The HTML of a responsive image: a `<picture>` with one `<source>` per modern format (AVIF, then
 * WebP) and an `<img>` in the fallback format, with `srcset`, `sizes`, `width` and `height` (so
 * the page does not shift while it loads), lazy loading and async decoding; or, for an image kept
 * as it is (SVG, GIF), the `<img>` alone with its size. The lead image loads at once with high
 * priority, since it is the largest thing the reader sees first.
 */
import { escapeHtml } from "../shared/html.ts";
import { safeImageAttributes } from "./safe-attributes.ts";

/** One file of an image at one width. */
export interface ImageCandidate {
  /** URL of the file, relative to the page: `photo-Ab3dE9fG1h-800.webp`. */
  url: string;
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
}

/** The files of a raster image: a set per modern format and the fallback set. */
export interface ResponsiveSet {
  /** `<source>`s in order of preference, each with its MIME type and files by width. */
  sources: ReadonlyArray<{ type: string; candidates: readonly ImageCandidate[] }>;
  /** The `<img>`'s files (JPEG or PNG), ascending by width; the widest is its `src`. */
  fallback: readonly ImageCandidate[];
}

/** An attribute as written: name, then value (`""` for a boolean attribute). */
export type Attribute = readonly [name: string, value: string];

/** How an image is shown. */
export interface ImageMarkupOptions {
  /** The `<img>`'s other attributes as the author wrote them (`alt`, `class`, `title`…), in order. */
  attributes: readonly Attribute[];
  /** `sizes` for the sets, from `imageSizes` (src/images/sizes.ts). */
  sizes: (displayWidth: number | undefined) => string;
  /**
   * The lead image: `loading="eager" fetchpriority="high"` instead of `loading="lazy"
   * decoding="async"`, and sized to the column whatever its width.
   * @default false
   */
  lead?: boolean;
}

/** Attributes this module sets; the author's own `src`, `srcset` and `sizes` are replaced. */
const replaced = new Set(["src", "srcset", "sizes", "width", "height"]);

/** `a.avif 400w, b.avif 800w`. */
export function srcsetOf(candidates: readonly ImageCandidate[]): string {
  return candidates.map(({ url, width }) => `${url} ${width}w`).join(", ");
}

/** A whole number of pixels from an author's `width="300"`, or `undefined`. */
function pixels(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined;
  const number = Number.parseInt(value, 10);
  return number > 0 ? number : undefined;
}

/**
 * The `width` and `height` an image is given: the author's own when they wrote them (one alone is
 * completed from the image's aspect ratio), else the image's.
 * @param intrinsic the size of the file the `<img>` shows, in pixels
 */
export function displaySize(
  intrinsic: { width: number; height: number },
  attributes: readonly Attribute[],
): { width: number; height: number } {
  const value = (name: string) => attributes.find(([key]) => key === name)?.[1];
  const width = pixels(value("width"));
  const height = pixels(value("height"));
  const ratio = intrinsic.height / intrinsic.width;
  if (width !== undefined && height !== undefined) return { width, height };
  if (width !== undefined) return { width, height: Math.max(1, Math.round(width * ratio)) };
  if (height !== undefined) return { width: Math.max(1, Math.round(height / ratio)), height };
  return { width: intrinsic.width, height: intrinsic.height };
}

/** ` name="value"` for each attribute, values escaped; a boolean attribute as its name. */
function attributesHtml(attributes: readonly Attribute[]): string {
  return attributes
    .map(([name, value]) =>
      value === "" && name !== "alt" ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`,
    )
    .join("");
}

/** The author's attributes with ours added: size, then loading (theirs win for loading). */
function imgAttributes(
  head: readonly Attribute[],
  size: { width: number; height: number },
  options: ImageMarkupOptions,
): Attribute[] {
  const own = safeImageAttributes(options.attributes).filter(([name]) => !replaced.has(name));
  const has = (name: string) => own.some(([key]) => key === name);
  const loading: Attribute[] = options.lead
    ? [
        ["loading", "eager"],
        ["fetchpriority", "high"],
      ]
    : [
        ["loading", "lazy"],
        ["decoding", "async"],
      ];
  return [
    ...head,
    ...own,
    ["width", String(size.width)],
    ["height", String(size.height)],
    ...loading.filter(([name]) => !has(name)),
  ];
}

/**
 * A `<picture>` for a raster image: `<source type="image/avif" srcset sizes>`, the same for WebP,
 * and the `<img>` with the widest fallback file as `src`, the fallback `srcset` when there are
 * several widths, the author's attributes, `width`/`height` and loading attributes.
 */
export function pictureHtml(set: ResponsiveSet, options: ImageMarkupOptions): string {
  const widest = set.fallback.at(-1);
  if (!widest) throw new Error("pictureHtml: the fallback set is empty");
  const size = displaySize(widest, options.attributes);
  const sizes = options.sizes(options.lead ? undefined : size.width);
  const several = set.fallback.length > 1;
  const sources = set.sources.map(
    ({ type, candidates }) =>
      `<source type="${escapeHtml(type)}" srcset="${escapeHtml(srcsetOf(candidates))}" sizes="${escapeHtml(sizes)}">`,
  );
  const head: Attribute[] = [["src", widest.url]];
  if (several) head.push(["srcset", srcsetOf(set.fallback)], ["sizes", sizes]);
  return `<picture>${sources.join("")}<img${attributesHtml(imgAttributes(head, size, options))}></picture>`;
}

/**
 * The `<img>` of an image kept as it is (SVG, GIF): its own `src`, `width` and `height` from the
 * file, and loading attributes.
 * @param src the `src` as the author wrote it
 */
export function keptImageHtml(
  src: string,
  intrinsic: { width: number; height: number },
  options: Omit<ImageMarkupOptions, "sizes">,
): string {
  const size = displaySize(intrinsic, options.attributes);
  return `<img${attributesHtml(imgAttributes([["src", src]], size, { ...options, sizes: () => "" }))}>`;
}

/**
 * Points the relative URLs of an image's markup (`src` and `srcset` of `<img>` and `<source>`,
 * as {@link pictureHtml} writes them, relative to the post's page) at the post's folder, for the
 * same image shown on another page: `photo-800.webp 800w` → `/posts/basra/photo-800.webp 800w`.
 * @param base the post's URL, ending in `/`
 */
export function relocateImageUrls(html: string, base: string): string {
  const resolve = (url: string) => (/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(url) ? url : base + url);
  return html
    .replace(/ src="([^"]*)"/g, (_, url: string) => ` src="${resolve(url)}"`)
    .replace(/ srcset="([^"]*)"/g, (_, set: string) => {
      const candidates = set.split(", ").map((candidate) => {
        const [url = "", ...descriptor] = candidate.split(" ");
        return [resolve(url), ...descriptor].join(" ");
      });
      return ` srcset="${candidates.join(", ")}"`;
    });
}
