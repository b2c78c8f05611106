/**
 * What to tell an author whose image the build cannot read: the reason in their words and the fix,
 * from sharp's (libvips') error message, or from the image's size when it is past the pixel limit.
 */

/** What is wrong with an image and how to fix it, to follow `the image "photo.jpg"`. */
export interface ImageProblem {
  /** `is not an image …`, `is damaged …`, `is 20000 × 20000 pixels …`. */
  message: string;
  /** What the author should do. */
  fix: string;
}

/** A number of pixels as megapixels with at most one decimal: 400000000 → `400`, 1500000 → `1.5`. */
function megapixels(pixels: number): string {
  return String(Math.round(pixels / 100_000) / 10);
}

/**
 * The problem for an image whose decoder failed.
 * @param reason sharp's error message, e.g. `VipsJpeg: Premature end of input file`
 * @param file the image's name, whose extension chooses the fix: an SVG is saved again as SVG
 */
export function unreadableImage(reason: string, file: string): ImageProblem {
  const saveAgain = /\.svg$/i.test(file)
    ? "open it in a drawing program and save it again as SVG, or put the original file in its place"
    : "open it in an image editor and save it again as JPEG or PNG, or put the original file in its place";
  if (/unsupported image format|missing or empty/i.test(reason)) {
    return {
      message:
        "cannot be read: the file is not a PNG, JPEG, GIF, WebP, AVIF or SVG image (it may be empty, or another kind of file renamed)",
      fix: saveAgain,
    };
  }
  // libvips repeats some messages: "pngload_buffer: end of stream pngload_buffer: end of stream".
  const detail = reason
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(.+?)(?: \1)+$/, "$1");
  return {
    message: `cannot be read: the file is damaged or cut short (${detail})`,
    fix: saveAgain,
  };
}

/**
 * The problem for an image with more pixels than the build decodes (a bound on the memory and
 * time one image may take).
 * @param width the image's width in pixels
 * @param height its height (of one frame, for an animation)
 * @param limit the most pixels the build reads, e.g. 100000000
 * @param widest the widest width readers are sent, e.g. 1200
 */
export function imageTooLarge(
  width: number,
  height: number,
  limit: number,
  widest: number,
): ImageProblem {
  const longest = Math.max(2 * widest, 4000);
  return {
    message: `is ${width} × ${height} pixels (${megapixels(width * height)} megapixels), more than the ${megapixels(limit)} megapixels the build reads`,
    fix: `resize it to at most ${longest} pixels on its longest side; readers are sent it at most ${widest} pixels wide`,
  };
}
