/**
 * Share images: every post page the build writes gets a 1200×630 PNG beside it
 * (`/posts/<slug>/share.png`) for OpenGraph, X (Twitter), the JSON Feed and JSON-LD, drawn from
 * its lead image, its first map or a card (`src/share/share-source.ts`). Drafts and scheduled
 * posts, which a production build does not render, get none.
 *
 * The filter `shareImage` (page, rendered content, front matter → `{ alt, kind }`), called by
 * `layouts/partials/meta.njk` while the page renders, chooses the source and records the image;
 * the static map SVG is taken then, from the maps' queue of files not yet written. The image is
 * drawn (or copied from `.cache/share/`, unless the build cache is off: `--no-cache`) at once,
 * beside the rest of the build, and the build ends once every image is written.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { ContentError } from "../errors.ts";
import { isPostSource } from "../content/permalinks/permalink.ts";
import { inputFrontMatter } from "../content/store.ts";
import type { MapFiles } from "../maps/files.ts";
import type { BuildCache } from "../cache/build-cache.ts";
import { prepareShareFonts } from "./fonts.ts";
import { trackOutputWrite } from "../shared/output-writes.ts";
import { drawingsUnderWay, writeShareImage, type ShareDrawing } from "./share-image.ts";
import {
  chooseShareSource,
  shareImageName,
  shareImageOutput,
  type ShareSource,
} from "./share-source.ts";

/** Options of {@link sharePlugin}. */
export interface ShareOptions {
  /** The site's name (set on every card and map band) and URL (its host is the card's footer). */
  site: { title: string; url: string };
  /**
   * Folder of the cache of drawn images, relative to the project root.
   * @default ".cache/share"
   */
  cacheDir?: string;
  /**
   * The build's queue of the files maps write beside their pages, where a page's static map is
   * read while it is not written yet.
   * @default none: a post whose share image would be its map gets a card
   */
  mapFiles?: MapFiles;
  /**
   * The build's cache: when it is off (`npm run build -- --no-cache`), every image is drawn anew
   * instead of copied from `cacheDir`, so that such a build is truly cold.
   * @default none: images in `cacheDir` are used
   */
  cache?: Pick<BuildCache, "enabled">;
}

/** What the `shareImage` filter tells the page's metadata. */
export interface ShareImageInfo {
  /** What the image is drawn from. */
  kind: ShareSource["kind"];
  /** `og:image:alt` and `twitter:image:alt`. */
  alt: string;
}

/** The part of Eleventy's `page` the filter reads. */
interface SharePage {
  url: string | false;
  inputPath: string;
  outputPath: string | false;
}

/** One image to write. */
interface ShareJob {
  /** The post's input path, `./posts/basra/index.md`. */
  inputPath: string;
  /** Where the image goes, in the output folder. */
  output: string;
  source: ShareSource;
  /** The drawing, except a lead image's bytes, read when it is drawn. */
  drawing: ShareDrawing | { kind: "lead"; file: string };
}

/** The host of the site's URL (`example.org`), shown at the foot of a card; "" when not a URL. */
export function siteHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "";
  }
}

/** A post file named like the share image would be overwritten by it: the author renames it. */
function nameTaken(inputPath: string): ContentError {
  const file = path.posix.join(path.posix.dirname(inputPath.replace(/^\.\//, "")), shareImageName);
  return new ContentError([
    {
      file,
      message: `the build writes the post's share image as ${shareImageName} beside its page, over this file`,
      fix: `rename the file (e.g. to photo.png) and the links to it`,
    },
  ]);
}

/** An unreadable lead image, reported at its `image.src` line. */
function unreadableLeadImage(inputPath: string, src: string, error: unknown): ContentError {
  const { file, frontMatter } = inputFrontMatter(inputPath);
  return new ContentError([
    {
      file,
      line: frontMatter.lineOf(["image", "src"]),
      message: `front matter field "image.src": ${JSON.stringify(src)} cannot be read as an image (${(error as Error).message})`,
      fix: "save the image again as JPEG, PNG or WebP, or check that the file is the image its name says",
    },
  ]);
}

/** A gate that runs at most `limit` tasks at once, the others in the order they came. */
function taskLimit(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

/**
 * The function that writes one share image, for one share plugin: the fonts are prepared at its
 * first image, and drawings under way are shared by all its images (src/share/share-image.ts).
 * An unreadable lead image rejects with a {@link ContentError} at its `image.src` line; a
 * file-system error rejects as it is.
 */
function shareImageWriter(cacheDir: string, reuse: boolean): (job: ShareJob) => Promise<void> {
  const underWay = drawingsUnderWay();
  let fontsReady: Promise<void> | undefined;
  return async (job) => {
    fontsReady ??= prepareShareFonts(cacheDir);
    await fontsReady;
    const { drawing, source } = job;
    if (drawing.kind === "lead" && "file" in drawing && source.kind === "lead") {
      const image = await readFile(drawing.file);
      try {
        await writeShareImage({ kind: "lead", image }, job.output, cacheDir, underWay, reuse);
      } catch (error) {
        // A file-system error is not the author's; anything else is sharp refusing the image.
        if ((error as NodeJS.ErrnoException).code?.startsWith("E")) throw error;
        throw unreadableLeadImage(job.inputPath, source.src, error);
      }
      return;
    }
    await writeShareImage(drawing as ShareDrawing, job.output, cacheDir, underWay, reuse);
  };
}

/**
 * Registers the `shareImage` filter. Each image is drawn (or copied from the cache) as soon as its
 * page has rendered, beside the rest of the build (sharp works off the main thread), at most one
 * per core at a time; the build ends when all are written, failing on the first problem.
 */
export default function sharePlugin(eleventyConfig: UserConfig, options: ShareOptions): void {
  const cacheDir = path.resolve(options.cacheDir ?? ".cache/share");
  const siteName = options.site.title;
  const footer = siteHost(options.site.url);
  const limit = taskLimit(Math.max(1, availableParallelism()));
  const write = shareImageWriter(cacheDir, options.cache?.enabled ?? true);
  // The images under way in this build, by output path.
  const jobs = new Map<string, Promise<void>>();
  eleventyConfig.on("eleventy.before", () => jobs.clear());

  eleventyConfig.addFilter(
    "shareImage",
    (
      page: SharePage,
      html: unknown,
      data: { title?: string; summary?: string; image?: { src: string; alt: string } },
    ): ShareImageInfo | undefined => {
      if (typeof page.url !== "string" || typeof page.outputPath !== "string") return undefined;
      if (!isPostSource(page.inputPath) || !data.title) return undefined;
      if (page.url.endsWith("/")) {
        if (existsSync(path.join(path.dirname(page.inputPath), shareImageName))) {
          throw nameTaken(page.inputPath);
        }
      }
      let source = chooseShareSource({
        title: data.title,
        ...(data.image ? { image: data.image } : {}),
        ...(typeof html === "string" ? { html } : {}),
      });
      // The map's SVG is queued while the page renders and written after: take it now.
      const svg = source.kind === "map" ? options.mapFiles?.get(page.outputPath, source.src) : "";
      if (svg === undefined) source = chooseShareSource({ title: data.title });
      const headline = data.title;
      const drawing = (mapSvg: string | undefined): ShareJob["drawing"] =>
        source.kind === "lead"
          ? { kind: "lead", file: path.join(path.dirname(page.inputPath), source.src) }
          : source.kind === "map" && mapSvg
            ? { kind: "map", svg: mapSvg, siteName, headline }
            : {
                kind: "card",
                siteName,
                headline,
                ...(data.summary ? { dek: data.summary } : {}),
                ...(footer ? { footer } : {}),
              };
      const output = shareImageOutput(page.outputPath, page.url);
      if (!jobs.has(output)) {
        // A map queued as a drawing under way (a promise) is awaited first, then waits its turn.
        const chosen = source;
        const job = Promise.resolve(svg).then((mapSvg) =>
          limit(() =>
            write({ inputPath: page.inputPath, output, source: chosen, drawing: drawing(mapSvg) }),
          ),
        );
        // Reported when the build ends (eleventy.after), not as an unhandled rejection.
        job.catch(() => undefined);
        trackOutputWrite(job);
        jobs.set(output, job);
      }
      return { kind: source.kind, alt: source.alt };
    },
  );

  // The build ends once every image is written.
  eleventyConfig.on("eleventy.after", async () => {
    const pending = [...jobs.values()];
    jobs.clear();
    await Promise.all(pending);
  });
}
