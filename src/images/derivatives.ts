/**
 * Makes the files readers are sent for one image, with eleventy-img and sharp: AVIF and WebP at
 * each width, and a fallback (JPEG for a JPEG, PNG for a PNG; for a WebP or AVIF source, PNG when
 * it has transparency, else JPEG). SVGs and GIFs (and any animation) are kept as they are: an SVG
 * is sharp at every size, and an animation would lose its frames (sharp writes no animated AVIF);
 * only their size is read.
 *
 * Files are written to a cache folder outside the build's output (`.cache/images/` by default),
 * named `<name>-<hash>-<width>.<format>` where the hash covers the source's bytes and the encoder
 * options: an unchanged image is found there and not encoded again, build after build, whatever
 * folder the build writes to. A marker `<name>-<hash>.complete` is written once every file of an
 * image is; files of an image without one (a build stopped half-way) are made again.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type sharp from "sharp";
import type { ImageOptions, ImageStat } from "@11ty/eleventy-img";
import { responsiveWidths } from "./widths.ts";
import { imageTooLarge, unreadableImage, type ImageProblem } from "./unreadable.ts";

// Packages loaded on first use: start-up loads only what the first template needs.
const require = createRequire(import.meta.url);

/** Options of {@link prepareImage}. */
export interface DerivativeOptions {
  /** Folder the files are written to and found in, relative to the working directory. */
  cacheDir: string;
  /** Widths to try, in pixels (see src/images/widths.ts). */
  widths: readonly number[];
  /** Most pixels (of one frame) an image may have; sharp's `limitInputPixels`. */
  maxPixels: number;
  /**
   * Use the files an earlier build left in `cacheDir`; false (`--no-cache`) encodes every file
   * anew (written over the cached ones, which are the same bytes).
   * @default true
   */
  reuse?: boolean;
}

/** One file made from an image, in the cache folder. */
export interface DerivativeFile {
  /** File name, also its URL beside the page: `photo-Ab3dE9fG1h-800.webp`. */
  filename: string;
  /** Path in the cache folder. */
  cachePath: string;
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
}

/** What an image became. */
export type PreparedImage =
  | {
      /** An SVG or GIF (or other animation), sent as it is. */
      kind: "kept";
      /** Its width and height in pixels (CSS pixels for an SVG). */
      width: number;
      height: number;
    }
  | {
      kind: "responsive";
      /** AVIF, then WebP: MIME type and files ascending by width. */
      sources: Array<{ type: string; files: DerivativeFile[] }>;
      /** The fallback (JPEG or PNG), ascending by width. */
      fallback: DerivativeFile[];
    };

/** An image made ready, or what is wrong with it. */
export type PrepareResult = { ok: true; image: PreparedImage } | ({ ok: false } & ImageProblem);

/** Options given to sharp for every source: stop at damaged data, bound the pixels. */
function sharpInput(maxPixels: number): Record<string, unknown> {
  return { failOn: "error", limitInputPixels: maxPixels };
}

/** The name part of a source file, safe in a URL: `Bridge at Basra.JPG` → `bridge-at-basra`. */
export function fileStem(file: string): string {
  const stem = path
    .parse(file)
    .name.normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return stem === "" ? "image" : stem;
}

/** The fallback format for a source format: its own for JPEG and PNG. */
function fallbackFormat(format: string, hasAlpha: boolean): "jpeg" | "png" {
  if (format === "jpeg" || format === "png") return format;
  return hasAlpha ? "png" : "jpeg";
}

const mimeTypes: Record<string, string> = { avif: "image/avif", webp: "image/webp" };

/** eleventy-img's options for one image; the file names depend on them. */
function imageOptionsFor(
  file: string,
  widths: readonly number[],
  fallback: "jpeg" | "png",
  options: DerivativeOptions,
): ImageOptions {
  const stem = fileStem(file);
  const stat = statSync(file);
  return {
    widths: [...widths],
    formats: ["avif", "webp", fallback],
    formatFiltering: [],
    outputDir: options.cacheDir,
    urlPath: "/",
    filenameFormat: (id, _src, width, format) => `${stem}-${id}-${width}.${format}`,
    sharpOptions: sharpInput(options.maxPixels),
    failOnError: true,
    // eleventy-img's in-memory and disk caches; not part of the files' hash.
    ...(options.reuse === false ? { useCache: false } : {}),
    // Only in eleventy-img's in-memory cache key (path and size otherwise): a file edited in
    // place while `npm start` runs is read again.
    dispatchStamp: `${stat.mtimeMs}:${stat.size}`,
  };
}

/** Makes every file of one raster image, or reuses the cached ones. */
async function makeFiles(
  file: string,
  widths: readonly number[],
  fallback: "jpeg" | "png",
  options: DerivativeOptions,
): Promise<Record<string, ImageStat[]>> {
  const { default: eleventyImage, getHash } = await import("@11ty/eleventy-img");
  const stem = fileStem(file);
  const imageOptions = imageOptionsFor(file, widths, fallback, options);
  const hash = getHash(file, imageOptions);
  const marker = path.join(options.cacheDir, `${stem}-${hash}.complete`);
  const removePartial = () => {
    for (const name of readdirSync(options.cacheDir)) {
      if (name.startsWith(`${stem}-${hash}-`)) rmSync(path.join(options.cacheDir, name));
    }
  };
  mkdirSync(options.cacheDir, { recursive: true });
  if (!existsSync(marker)) removePartial();
  try {
    const made = await eleventyImage(file, imageOptions);
    if (!existsSync(marker)) writeFileSync(marker, "");
    return made;
  } catch (error) {
    removePartial();
    throw error;
  }
}

/** The files of one format as {@link DerivativeFile}s, ascending by width. */
function filesOf(stats: readonly ImageStat[] | undefined): DerivativeFile[] {
  return (stats ?? [])
    .map(({ filename, outputPath, width, height }) => ({
      filename,
      cachePath: outputPath,
      width,
      height,
    }))
    .sort((a, b) => a.width - b.width);
}

/** True for an error of the file system (full disk, no permission): Dispatch's, not the image's. */
function isSystemError(error: unknown): boolean {
  return (
    typeof (error as { code?: unknown }).code === "string" &&
    (error as { syscall?: unknown }).syscall !== undefined
  );
}

/**
 * True when the image at `file` is animated, read from its first bytes: a WebP whose extended
 * header (`VP8X`) sets the animation flag, or a PNG with an animation chunk (`acTL`, APNG) before
 * its first image data. Animated images are kept as they are (sharp cannot write animated AVIF).
 * See https://developers.google.com/speed/webp/docs/riff_container and
 * https://wiki.mozilla.org/APNG_Specification.
 */
export function isAnimated(file: string, type: string): boolean {
  if (type !== "webp" && type !== "png") return false;
  const head = Buffer.alloc(64 * 1024);
  const descriptor = openSync(file, "r");
  let length: number;
  try {
    length = readSync(descriptor, head, 0, head.length, 0);
  } finally {
    closeSync(descriptor);
  }
  const bytes = head.subarray(0, length);
  if (type === "webp") {
    return bytes.toString("latin1", 12, 16) === "VP8X" && ((bytes[20] ?? 0) & 0x02) !== 0;
  }
  const chunks = bytes.toString("latin1");
  const animation = chunks.indexOf("acTL");
  const data = chunks.indexOf("IDAT");
  return animation !== -1 && (data === -1 || animation < data);
}

/** The widths and fallback of a raster image, decided before it is decoded. */
export interface ImageShape {
  /** Widths the files are made at, ascending. */
  widths: readonly number[];
  /** Format of the `<img>`'s files. */
  fallback: "jpeg" | "png";
}

/**
 * What an image will become, read from its header only and synchronously (for a template that
 * cannot wait): its size, and for a raster image the files' names and sizes. The files are made
 * by {@link prepareImage} with the same {@link ImageShape}, which also decodes the image and so
 * finds what the header does not show (damaged data).
 * @returns the plan, with `shape` for a raster image, or the problem (not an image, too large)
 */
export function planImage(
  file: string,
  options: DerivativeOptions,
): { ok: true; image: PreparedImage; shape?: ImageShape } | ({ ok: false } & ImageProblem) {
  const { getHash, ImageSize } =
    require("@11ty/eleventy-img") as typeof import("@11ty/eleventy-img");
  let header: ReturnType<typeof ImageSize>;
  try {
    header = ImageSize(file);
  } catch {
    return { ok: false, ...unreadableImage("unsupported image format", file) };
  }
  if (!header.width || !header.height || !header.type) {
    return { ok: false, ...unreadableImage("unsupported image format", file) };
  }
  const rotated = (header.orientation ?? 1) >= 5;
  const width = rotated ? header.height : header.width;
  const height = rotated ? header.width : header.height;
  if (header.type !== "svg" && width * height > options.maxPixels) {
    return {
      ok: false,
      ...imageTooLarge(width, height, options.maxPixels, Math.max(...options.widths)),
    };
  }
  if (header.type === "svg" || header.type === "gif" || isAnimated(file, header.type)) {
    return { ok: true, image: { kind: "kept", width, height } };
  }
  const format = header.type === "jpg" ? "jpeg" : header.type;
  // The header does not tell transparency: a WebP or AVIF source falls back to PNG, which keeps
  // it (every browser that lacks both AVIF and WebP is rare enough for the larger file).
  const shape: ImageShape = {
    widths: responsiveWidths(width, options.widths),
    fallback: fallbackFormat(format, format !== "jpeg"),
  };
  const hash = getHash(file, imageOptionsFor(file, shape.widths, shape.fallback, options));
  const stem = fileStem(file);
  const filesIn = (extension: string): DerivativeFile[] =>
    shape.widths.map((fileWidth) => {
      const filename = `${stem}-${hash}-${fileWidth}.${extension}`;
      return {
        filename,
        cachePath: path.join(options.cacheDir, filename),
        width: fileWidth,
        // Rounded as sharp rounds the height of a file it resizes to this width.
        height: Math.round((fileWidth * height) / width),
      };
    });
  return {
    ok: true,
    shape,
    image: {
      kind: "responsive",
      sources: [
        { type: "image/avif", files: filesIn("avif") },
        { type: "image/webp", files: filesIn("webp") },
      ],
      fallback: filesIn(shape.fallback),
    },
  };
}

/**
 * Reads an image and makes (or finds in the cache) the files readers are sent.
 * @param file path of the source image
 * @param shape the widths and fallback to make, from {@link planImage}; by default decided here
 * @returns the image's files, or the problem to report (unreadable, damaged, too many pixels)
 * @throws Error for a failure that is not the image's (the cache folder cannot be written)
 */
export async function prepareImage(
  file: string,
  options: DerivativeOptions,
  shape?: ImageShape,
): Promise<PrepareResult> {
  const { default: sharp } = await import("sharp");
  let metadata: sharp.Metadata;
  try {
    // The header only: the size is checked before any pixel is decoded.
    metadata = await sharp(file, { failOn: "error", limitInputPixels: false }).metadata();
  } catch (error) {
    return { ok: false, ...unreadableImage((error as Error).message, file) };
  }
  const rotated = (metadata.orientation ?? 1) >= 5;
  const frameHeight = metadata.pageHeight ?? metadata.height;
  if (!metadata.width || !frameHeight || !metadata.format) {
    return { ok: false, ...unreadableImage("it has no width or height", file) };
  }
  const width = rotated ? frameHeight : metadata.width;
  const height = rotated ? metadata.width : frameHeight;
  const widest = Math.max(...options.widths);
  if (metadata.format !== "svg" && width * height > options.maxPixels) {
    return { ok: false, ...imageTooLarge(width, height, options.maxPixels, widest) };
  }
  if (metadata.format === "svg" || metadata.format === "gif" || (metadata.pages ?? 1) > 1) {
    return { ok: true, image: { kind: "kept", width, height } };
  }
  const fallback = shape?.fallback ?? fallbackFormat(metadata.format, metadata.hasAlpha === true);
  let made: Record<string, ImageStat[]>;
  try {
    made = await makeFiles(
      file,
      shape?.widths ?? responsiveWidths(width, options.widths),
      fallback,
      options,
    );
  } catch (error) {
    if (isSystemError(error)) throw error;
    return { ok: false, ...unreadableImage((error as Error).message, file) };
  }
  return {
    ok: true,
    image: {
      kind: "responsive",
      sources: ["avif", "webp"].map((format) => ({
        type: mimeTypes[format] as string,
        files: filesOf(made[format]),
      })),
      fallback: filesOf(made[fallback]),
    },
  };
}
