/**
 * A post's body rendered for the dev server's instant preview, through the pipeline the build
 * renders it with: Dispatch's markdown-it instance (`src/markdown/index.ts`) with responsive body
 * images (`src/images/body-images.ts`), given the page data the post store holds. Nothing waits
 * on the disk or a timer: a body image's HTML comes from its header, and the files maps draw are
 * handed back to be written beside the page, so the preview can be written before the build
 * that follows reads a file.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { MarkdownIt } from "markdown-it";
import type { Post } from "../content/post.ts";
import { bodyImageOptions, bodyImagesPlugin, type BodyImage } from "../images/body-images.ts";
import {
  imageWork,
  responsiveImageNow,
  type ResponsiveImageOptions,
} from "../images/responsive-image.ts";
import { createMarkdown } from "../markdown/index.ts";
import type { MapFiles } from "../maps/files.ts";
import { createMapDrawings } from "../maps/drawings.ts";
import type { TileProvider } from "../site.ts";

/** Options of {@link createBodyRenderer}: the settings the build's plugins are given. */
export interface BodyRendererOptions {
  /** Tile provider of every map (`site.tiles`). */
  tiles: TileProvider;
  /** BCP 47 language of the site, whose quotation marks the typographer uses (`site.language`). */
  language: string;
  /** The images plugin's options, with their defaults (`resolveImagesOptions`). */
  images: ResponsiveImageOptions;
}

/** Where a post's page is, as Eleventy names it. */
export interface PreviewPage {
  /** Input path as Eleventy names it: `./posts/basra/index.md`. */
  inputPath: string;
  /** The page's file: `_site/posts/basra/index.html`. */
  outputPath: string;
  /** Eleventy's `fileSlug`: the folder's name for an `index.md`, `basra`. */
  fileSlug: string;
}

/** A file a map draws beside its page (`map-21.svg`), to write with the page. */
export interface BesideFile {
  /** Its path: `_site/posts/basra/map-21.svg`. */
  path: string;
  content: string;
}

/** A body rendered for the preview. */
export interface RenderedBody {
  /** The body's HTML, as markdown-it renders it in the build (before the path prefix). */
  html: string;
  /** The files its maps draw beside the page (static maps, locator insets, grounds). */
  besideFiles: BesideFile[];
}

/** Why a body has no preview. */
export type NoPreview =
  /** Its Markdown failed (bad map data, active HTML…): the rebuild prints the problem. */
  | { reason: "failed"; error: unknown }
  /** A body image's files are not beside the page yet, or cannot be made: the rebuild makes them. */
  | { reason: "images" };

/**
 * Renders a post's body for its page; never rejects. One render at a time: the map files a render
 * hands back are those queued since it started.
 */
export type BodyRenderer = (post: Post, page: PreviewPage) => Promise<RenderedBody | NoPreview>;

/**
 * A map-files queue that records what one render queues: its drawings are made at once, in this
 * process (read from no cache: the build's own queue fills that).
 */
function recordingMapFiles(): MapFiles & { taken(): BesideFile[] } {
  let files = new Map<string, string | Promise<string>>();
  const drawings = createMapDrawings();
  const besidePage = (pageOutputPath: string, name: string) =>
    path.join(path.dirname(pageOutputPath), name);
  return {
    queue: (pageOutputPath, name, content) => {
      files.set(besidePage(pageOutputPath, name), content);
    },
    queueDrawing: (pageOutputPath, name, request) => {
      files.set(besidePage(pageOutputPath, name), drawings.draw(request));
    },
    drawingsBeside: () => [],
    get: (pageOutputPath, name) => files.get(besidePage(pageOutputPath, name)),
    writeAll: () => Promise.reject(new Error("the preview writes its map files itself")),
    drawings,
    taken: () => {
      // Drawings are made synchronously (src/maps/drawings.ts): every file queued is text.
      const taken = [...files].flatMap(([file, content]) =>
        typeof content === "string" ? [{ path: file, content }] : [],
      );
      files = new Map();
      return taken;
    },
  };
}

/** The URLs an image's HTML names relative to its page: `src` and `srcset` candidates. */
export function relativeImageUrls(html: string): string[] {
  const urls: string[] = [];
  for (const [, name, value] of html.matchAll(/\s(src|srcset)="([^"]*)"/g)) {
    const candidates = name === "srcset" ? (value ?? "").split(",") : [value ?? ""];
    for (const candidate of candidates) {
      const url = candidate.trim().split(/\s+/)[0] ?? "";
      if (url && !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) urls.push(url);
    }
  }
  return urls;
}

/**
 * Makes the renderer the dev server's preview uses for every save: one markdown-it instance,
 * made as the build's (`createMarkdown`, then responsive body images).
 * An image's HTML is made from its header, as the lead image's is (`responsiveImageNow`); a body
 * whose images name a file not yet beside the page (a new image) has no preview.
 */
export function createBodyRenderer(options: BodyRendererOptions): BodyRenderer {
  const mapFiles = recordingMapFiles();
  const md: MarkdownIt = createMarkdown({
    tiles: options.tiles,
    language: options.language,
    mapFiles,
  });
  const work = imageWork();
  // Renders whose images are not all beside their page yet, by markdown-it's `env`.
  const withoutImages = new WeakSet<object>();
  bodyImagesPlugin(md, (image: BodyImage, { env }) => {
    const outputPath = env.page?.outputPath;
    if (typeof outputPath !== "string") return Promise.resolve("");
    const folder = path.dirname(outputPath);
    const made = responsiveImageNow(
      { file: image.file, src: image.src, attributes: image.attributes, folder, lead: false },
      bodyImageOptions(image, options.images),
      work,
    );
    if ("problem" in made) {
      withoutImages.add(env);
      return Promise.resolve("");
    }
    // The files are made and copied in the background; the rebuild waits for its own.
    made.done.catch(() => undefined);
    if (relativeImageUrls(made.html).some((url) => !existsSync(path.join(folder, url)))) {
      withoutImages.add(env);
    }
    return Promise.resolve(made.html);
  });
  return async (post, page) => {
    mapFiles.taken();
    const env = {
      ...(post.frontMatter.data as Record<string, unknown>),
      page: { ...page },
      postBodyOffset: () => post.frontMatter.bodyOffset,
    };
    try {
      const html = await (md.render(post.body, env) as string | Promise<string>);
      const besideFiles = mapFiles.taken();
      if (withoutImages.has(env)) return { reason: "images" };
      return { html, besideFiles };
    } catch (error) {
      mapFiles.taken();
      return { reason: "failed", error };
    }
  };
}
