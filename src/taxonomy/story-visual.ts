/**
 * The picture that stands for a post in a list of stories: its lead image, or else the static
 * drawing of its first map (`map-<key>.svg`, written beside the page by the maps plugin).
 */
import { firstStaticMap } from "../maps/figure.ts";

/** A post's picture in a list, with URLs unprefixed (the `href` filter adds the prefix). */
export interface StoryVisual {
  /** `"image"` for a lead image, `"map"` for the drawing of the post's first map. */
  kind: "image" | "map";
  /** URL of the picture: `/posts/basra/lead.jpg`, `/posts/basra/map-25.svg`, or an absolute URL. */
  src: string;
  /** What the picture shows, for readers who cannot see it; `""` for decoration. */
  alt: string;
  /** Intrinsic width in CSS pixels, when known. */
  width?: number;
  /** Intrinsic height in CSS pixels, when known. */
  height?: number;
}

/** The part of a collection item the visual reads. */
export interface VisualPost {
  /** The post's URL: `/posts/basra/`. */
  url: string;
  data: { image?: { src: string; alt: string } };
  /** The post's rendered body, when Eleventy has rendered it. */
  content?: unknown;
}

/**
 * Resolves `src` against the folder of the page at `pageUrl`: `lead.jpg` on `/posts/basra/` is
 * `/posts/basra/lead.jpg`; a root-relative or absolute URL is kept as it is.
 */
export function resolveAgainstPage(src: string, pageUrl: string): string {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(src)) return src;
  return new URL(src, new URL(pageUrl, "https://dispatch.invalid")).pathname;
}

// The sentence the post's own alt text ends with, true on the post's page only.
const listSentence = / The numbered places are described in the list below the map\.$/;

/**
 * The picture of a post in a list: its lead image when it has one, else the static drawing of
 * the first map in its rendered body, else undefined (a story told in words).
 */
export function storyVisual(post: VisualPost): StoryVisual | undefined {
  const image = post.data.image;
  if (image) return { kind: "image", src: resolveAgainstPage(image.src, post.url), alt: image.alt };
  const map = typeof post.content === "string" ? firstStaticMap(post.content) : undefined;
  if (!map) return undefined;
  return {
    kind: "map",
    src: resolveAgainstPage(map.src, post.url),
    alt: map.alt.replace(listSentence, ""),
    width: map.width,
    height: map.height,
  };
}
