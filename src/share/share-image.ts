/**
 * Share images drawn with sharp (libvips; librsvg for SVG), 1200×630 PNG, and kept in a cache
 * between builds: encoding a PNG is the slow part, so an image whose inputs did not change is
 * copied from `.cache/share/<hash>.png` instead of being drawn again.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { copyFile, mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type sharp from "sharp";
import { cardSvg, mapBandSvg, shareImageSize, sharePalette } from "./share-card.ts";

/**
 * Version of the drawing: part of every cache key, so that a change to how sharp draws images
 * (crop, density, encoding, fonts) draws every image again; raise it with any such change. A
 * change to the SVG of a card or a band needs none: the SVG is part of the key.
 */
export const shareRendererVersion = 2;

/** Everything one share image is drawn from. */
export type ShareDrawing =
  /** A lead image, cropped to fill the picture. */
  | { kind: "lead"; image: Buffer }
  /** A static map (SVG text) with the site's name and the headline on a band. */
  | { kind: "map"; svg: string; siteName: string; headline: string }
  /** The card. */
  | { kind: "card"; siteName: string; headline: string; dek?: string; footer?: string };

/**
 * What a drawing is made of, as sharp is given it: the lead image's bytes; the map's SVG and the
 * band's; the card's SVG. Text, colours and layout are inside the SVG, so a change to any of them
 * changes these.
 */
function drawingParts(drawing: ShareDrawing): (Buffer | string)[] {
  switch (drawing.kind) {
    case "lead":
      return [drawing.image];
    case "map":
      return [drawing.svg, mapBandSvg(drawing)];
    case "card":
      return [cardSvg(drawing)];
  }
}

/**
 * The cache key of a drawing: a SHA-256 (hex) of {@link shareRendererVersion}, the kind and
 * everything sharp is given (a lead image's bytes; the SVG of a map, its band or a card, which
 * hold the headline and the site's name).
 */
export function shareCacheKey(drawing: ShareDrawing): string {
  const hash = createHash("sha256");
  hash.update(`dispatch-share-image ${shareRendererVersion} ${drawing.kind}`);
  for (const part of drawingParts(drawing)) {
    hash.update("\u0000");
    hash.update(part);
  }
  return hash.digest("hex");
}

/** The static map's width in pixels, read from its root `<svg width="…">` (720 when absent). */
function svgWidth(svg: string): number {
  const width = /<svg\b[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1];
  return width ? Number(width) : 720;
}

const { width, height } = shareImageSize;

/**
 * Draws a share image and returns the PNG: a lead image turned upright (EXIF), cropped to fill
 * 1200×630 around what sharp's attention strategy finds most salient, flattened on the site's
 * paper colour; a map rasterised at the density that makes it at least 1200 px wide, cropped to
 * fill from its centre, under the band of `mapBandSvg`; a card from `cardSvg`.
 * @throws Error from sharp when a lead image or an SVG cannot be read
 */
export async function drawShareImage(drawing: ShareDrawing): Promise<Buffer> {
  // Loaded on first use: start-up loads only what the first template needs.
  const { default: sharp } = await import("sharp");
  let image: sharp.Sharp;
  switch (drawing.kind) {
    case "lead":
      image = sharp(drawing.image, { animated: false })
        .rotate()
        .resize(width, height, { fit: "cover", position: sharp.strategy.attention })
        .flatten({ background: sharePalette.paper });
      break;
    case "map": {
      const density = Math.ceil((72 * width) / svgWidth(drawing.svg));
      const map = await sharp(Buffer.from(drawing.svg), { density })
        .resize(width, height, { fit: "cover", position: "centre" })
        .toBuffer();
      image = sharp(map).composite([{ input: Buffer.from(mapBandSvg(drawing)), top: 0, left: 0 }]);
      break;
    }
    case "card":
      image = sharp(Buffer.from(cardSvg(drawing)));
      break;
  }
  // zlib level 3: about a third less time than the default 6, for files about 5% larger.
  return image.png({ compressionLevel: 3 }).toBuffer();
}

/** How {@link writeShareImage} got the image. */
export type ShareWriteOutcome = "drawn" | "cached";

/**
 * Drawings under way, by cache file, so that two posts with one picture draw it once; and how
 * many partial files were written, to name each one apart. One per share plugin (made by
 * {@link drawingsUnderWay}); a drawing leaves it when it is in the cache or has failed.
 */
export interface DrawingsUnderWay {
  byCacheFile: Map<string, Promise<void>>;
  partials: number;
}

/** An empty {@link DrawingsUnderWay}, for one share plugin. */
export function drawingsUnderWay(): DrawingsUnderWay {
  return { byCacheFile: new Map(), partials: 0 };
}

/** Draws into the cache file unless it is there, written whole, then renamed into place. */
function drawIntoCache(
  share: ShareDrawing,
  cached: string,
  cacheDir: string,
  underWay: DrawingsUnderWay,
): Promise<void> {
  const { byCacheFile } = underWay;
  let pending = byCacheFile.get(cached);
  if (!pending) {
    pending = (async () => {
      const png = await drawShareImage(share);
      await mkdir(cacheDir, { recursive: true });
      underWay.partials += 1;
      const partial = `${cached}.${process.pid}-${underWay.partials}.partial`;
      await writeFile(partial, png);
      await rename(partial, cached);
    })().finally(() => byCacheFile.delete(cached));
    byCacheFile.set(cached, pending);
  }
  return pending;
}

/**
 * Writes a share image to `output`: copied from `<cacheDir>/<key>.png` when the cache has it,
 * else drawn (once, however many posts ask for the same picture at once), saved in the cache
 * (written whole, then renamed) and copied.
 * @param cacheDir absolute path, e.g. `<project>/.cache/share`
 * @param underWay the drawings under way, shared by every post of the plugin
 * @param reuse false (`--no-cache`): draw it even when the cache has it (and store it again)
 * @throws Error from sharp when the drawing cannot be read, or from the file system
 */
export async function writeShareImage(
  share: ShareDrawing,
  output: string,
  cacheDir: string,
  underWay: DrawingsUnderWay,
  reuse = true,
): Promise<ShareWriteOutcome> {
  const cached = path.join(cacheDir, `${shareCacheKey(share)}.png`);
  let outcome: ShareWriteOutcome = "cached";
  if (!reuse || underWay.byCacheFile.has(cached) || !existsSync(cached)) {
    await drawIntoCache(share, cached, cacheDir, underWay);
    outcome = "drawn";
  }
  await mkdir(path.dirname(output), { recursive: true });
  await copyFile(cached, output);
  return outcome;
}
