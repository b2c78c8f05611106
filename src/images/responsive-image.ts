/**
 * One image of a post made ready for readers: its files made (or found in the cache), copied beside
 * the page, and its HTML written. Each image is read once per images plugin (the work it remembers
 * is an {@link ImageWork}), and again only when its file changes (the dev server's rebuilds).
 */
import { statSync } from "node:fs";
import {
  planImage,
  prepareImage,
  type DerivativeOptions,
  type ImageShape,
  type PreparedImage,
  type PrepareResult,
} from "./derivatives.ts";
import { keptImageHtml, pictureHtml, type Attribute, type ImageCandidate } from "./markup.ts";
import { copiesUnderWay, publishFiles, type CopiesUnderWay } from "./publish.ts";
import type { ImageProblem } from "./unreadable.ts";
import type { DerivativeFile } from "./derivatives.ts";

/** What {@link responsiveImage} needs besides the image. */
export interface ResponsiveImageOptions extends DerivativeOptions {
  /**
   * `sizes` for an image shown at most this many CSS pixels wide, or in a cell of a gallery of
   * this many columns (src/images/sizes.ts).
   */
  sizes: (displayWidth: number | undefined, galleryColumns?: number) => string;
}

/** One image to show. */
export interface ImageRequest {
  /** The source file, relative to the working directory: `posts/basra/photo.jpg`. */
  file: string;
  /** The `src` as written, kept for an SVG or GIF, which is sent as it is. */
  src: string;
  /** The `<img>`'s attributes as written (`alt`, `class`…). */
  attributes: readonly Attribute[];
  /** The page's folder in the build's output, where the files are copied. */
  folder: string;
  /** The post's lead image: loaded at once, with high priority. */
  lead: boolean;
}

/**
 * What one images plugin remembers from build to build: the images made ready, by file version,
 * and the copies under way. Made by {@link imageWork} when the plugin is registered.
 */
export interface ImageWork {
  /** {@link prepareImage}'s results by file, modification time, size, options and shape. */
  prepared: Map<string, Promise<PrepareResult>>;
  /** Files being copied beside pages (src/images/publish.ts). */
  copying: CopiesUnderWay;
}

/** An {@link ImageWork} with nothing made yet, for one images plugin. */
export function imageWork(): ImageWork {
  return { prepared: new Map(), copying: copiesUnderWay() };
}

/** {@link prepareImage}, once per file version (and shape). */
function prepareOnce(
  file: string,
  options: DerivativeOptions,
  { prepared }: ImageWork,
  shape?: ImageShape,
): Promise<PrepareResult> {
  const stat = statSync(file);
  const key = JSON.stringify([
    file,
    stat.mtimeMs,
    stat.size,
    options.cacheDir,
    options.widths,
    options.maxPixels,
    shape ?? null,
  ]);
  let result = prepared.get(key);
  if (!result) {
    result = prepareImage(file, options, shape);
    prepared.set(key, result);
    // A failure of Dispatch's own (a full disk) is tried again at the next build.
    result.catch(() => prepared.delete(key));
  }
  return result;
}

/** A file as a `srcset` candidate: its name is its URL beside the page. */
function candidate(file: DerivativeFile): ImageCandidate {
  return { url: file.filename, width: file.width, height: file.height };
}

/**
 * The HTML of one image: a `<picture>` for a raster image, the `<img>` with its size for an SVG
 * or GIF; its files copied into `request.folder`.
 * @param work what the images plugin remembers ({@link imageWork})
 * @returns the HTML, or the problem with the image (unreadable, too large)
 * @throws Error when a file cannot be written (not the image's fault)
 */
export async function responsiveImage(
  request: ImageRequest,
  options: ResponsiveImageOptions,
  work: ImageWork,
): Promise<{ html: string } | { problem: ImageProblem }> {
  const result = await prepareOnce(request.file, options, work);
  if (!result.ok) return { problem: { message: result.message, fix: result.fix } };
  await publishFiles(filesOf(result.image), request.folder, work.copying);
  return { html: imageHtml(result.image, request, options) };
}

/** The files of a raster image, to copy beside the page. */
function filesOf(image: PreparedImage): DerivativeFile[] {
  if (image.kind === "kept") return [];
  return [...image.sources.flatMap((source) => source.files), ...image.fallback];
}

/** The HTML of an image made ready. */
function imageHtml(
  image: PreparedImage,
  request: ImageRequest,
  options: ResponsiveImageOptions,
): string {
  if (image.kind === "kept") {
    return keptImageHtml(request.src, image, {
      attributes: request.attributes,
      lead: request.lead,
    });
  }
  return pictureHtml(
    {
      sources: image.sources.map(({ type, files }) => ({
        type,
        candidates: files.map(candidate),
      })),
      fallback: image.fallback.map(candidate),
    },
    { attributes: request.attributes, sizes: options.sizes, lead: request.lead },
  );
}

/**
 * The HTML of one image at once, from its header (for a template that cannot wait: Nunjucks drops
 * the output of an asynchronous filter in an included partial inside `{% if %}`); its files are
 * made and copied into `request.folder` afterwards.
 * @returns the HTML and `done`, which settles once the files are in place, with the problem found
 *   on decoding the image (damaged data) or `undefined`; or at once the problem the header shows
 * @param work what the images plugin remembers ({@link imageWork})
 */
export function responsiveImageNow(
  request: ImageRequest,
  options: ResponsiveImageOptions,
  work: ImageWork,
): { html: string; done: Promise<ImageProblem | undefined> } | { problem: ImageProblem } {
  const plan = planImage(request.file, options);
  if (!plan.ok) return { problem: { message: plan.message, fix: plan.fix } };
  const done = prepareOnce(request.file, options, work, plan.shape).then(async (result) => {
    if (!result.ok) return { message: result.message, fix: result.fix };
    await publishFiles(filesOf(plan.image), request.folder, work.copying);
    return undefined;
  });
  return { html: imageHtml(plan.image, request, options), done };
}
