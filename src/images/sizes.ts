/**
 * The `sizes` attribute of an image in a post: how wide it is shown, for the browser to pick a
 * file from `srcset` before the stylesheet has loaded. It follows the layout of
 * `styles/site.css`: `main` is at most `--measure` plus a gutter on each side, so the column
 * is `--measure` wide on wide screens and the screen less the gutters on phones.
 */

/** The body column, in rem (1rem = 16 CSS pixels). */
export interface ColumnLayout {
  /**
   * Width of the text column, `--measure` in site.css.
   * @default 40
   */
  measureRem?: number;
  /**
   * Space on each side of the column, `main`'s padding in site.css.
   * @default 1
   */
  gutterRem?: number;
}

/** CSS pixels in a rem at the browser's default font size, which media queries use. */
const remPixels = 16;

/**
 * The `sizes` of an image shown `displayWidth` CSS pixels wide at most, shrunk to the column on
 * narrower screens. With the default layout a column-wide image (a lead image, a large photo) is
 * `(min-width: 42rem) 40rem, calc(100vw - 2rem)`; a 300 px chart is
 * `(min-width: 332px) 300px, calc(100vw - 2rem)`.
 * @param displayWidth the image's `width` in CSS pixels; `undefined` for the column's full width
 */
export function imageSizes(displayWidth: number | undefined, layout: ColumnLayout = {}): string {
  const measure = layout.measureRem ?? 40;
  const gutter = layout.gutterRem ?? 1;
  const narrow = `calc(100vw - ${2 * gutter}rem)`;
  if (displayWidth === undefined || displayWidth >= measure * remPixels) {
    return `(min-width: ${measure + 2 * gutter}rem) ${measure}rem, ${narrow}`;
  }
  const width = Math.round(displayWidth);
  return `(min-width: ${width + 2 * gutter * remPixels}px) ${width}px, ${narrow}`;
}

/**
 * The `sizes` of an image in a cell of a gallery's grid (`figure.gallery` in site.css): the
 * column divided by the grid's columns on wide screens, the screen less its margins in two
 * columns below 40rem (one for a one-column gallery). With the default layout a cell of a
 * three-column gallery is `(min-width: 42rem) calc(40rem / 3), (min-width: 40rem) calc((100vw -
 * 2rem) / 3), calc((100vw - 2rem) / 2)`.
 * @param columns the grid's columns: 1 to 4 (`gallery-columns-N`, 3 without)
 */
export function gallerySizes(columns: number, layout: ColumnLayout = {}): string {
  const measure = layout.measureRem ?? 40;
  const gutter = layout.gutterRem ?? 1;
  const count = Math.min(4, Math.max(1, Math.round(columns)));
  if (count === 1) return imageSizes(undefined, layout);
  const screen = `(100vw - ${2 * gutter}rem)`;
  return `(min-width: ${measure + 2 * gutter}rem) calc(${measure}rem / ${count}), (min-width: 40rem) calc(${screen} / ${count}), calc(${screen} / 2)`;
}
