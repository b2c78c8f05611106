/**
 * The widths an image is made at: the body column is at most 40rem (640 CSS pixels), so 400 serves
 * phones, 800 the column on ordinary screens and phones at 2×, 1200 the column on 2× screens. An
 * image is never made wider than it is.
 */

/** Widths in pixels tried for every raster image, smallest first. */
export const defaultWidths: readonly number[] = [400, 800, 1200];

/**
 * The widths to make an image `originalWidth` pixels wide at, ascending, never wider than the
 * original. A candidate wider than the original is replaced by the original's own width, unless
 * that is within `minimumStep` of the widest width kept (a 900 px photo is made at 400 and 800,
 * not also at 900, whose file would hardly differ from the 800 one).
 * @param originalWidth the source's width in pixels (after EXIF rotation), 1 or more
 * @param candidates widths in pixels to try; default {@link defaultWidths}
 * @param minimumStep how much wider than the widest width kept the original must be to be added
 * @returns at least one width: `[300]` for a 300 px image
 */
export function responsiveWidths(
  originalWidth: number,
  candidates: readonly number[] = defaultWidths,
  minimumStep = 1.25,
): number[] {
  const original = Math.max(1, Math.floor(originalWidth));
  const sorted = [...new Set(candidates.map((width) => Math.floor(width)))]
    .filter((width) => width > 0)
    .sort((a, b) => a - b);
  const widths = sorted.filter((width) => width <= original);
  const widest = widths.at(-1);
  const tooWide = widths.length < sorted.length;
  if (
    tooWide &&
    widest !== original &&
    (widest === undefined || original >= widest * minimumStep)
  ) {
    widths.push(original);
  }
  return widths;
}
