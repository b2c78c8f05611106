import { describe, expect, it } from "vitest";
import { imageTooLarge, unreadableImage } from "../../../src/images/unreadable.ts";

const saveAgain =
  "open it in an image editor and save it again as JPEG or PNG, or put the original file in its place";

describe("unreadableImage", () => {
  it.each([
    [
      "Input file contains unsupported image format",
      "notes.jpg",
      "cannot be read: the file is not a PNG, JPEG, GIF, WebP, AVIF or SVG image (it may be empty, or another kind of file renamed)",
      saveAgain,
    ],
    [
      "Input file is missing or empty",
      "empty.png",
      "cannot be read: the file is not a PNG, JPEG, GIF, WebP, AVIF or SVG image (it may be empty, or another kind of file renamed)",
      saveAgain,
    ],
    [
      "VipsJpeg: Premature end of input file",
      "cut.jpg",
      "cannot be read: the file is damaged or cut short (VipsJpeg: Premature end of input file)",
      saveAgain,
    ],
    [
      "pngload_buffer: end of stream\npngload_buffer: end of stream\npngload_buffer: end of stream",
      "cut.png",
      "cannot be read: the file is damaged or cut short (pngload_buffer: end of stream)",
      saveAgain,
    ],
    [
      "Input file has corrupt header: glib: XML parse error",
      "map.SVG",
      "cannot be read: the file is damaged or cut short (Input file has corrupt header: glib: XML parse error)",
      "open it in a drawing program and save it again as SVG, or put the original file in its place",
    ],
  ])("%j in %s", (reason, file, message, fix) => {
    expect(unreadableImage(reason, file)).toEqual({ message, fix });
  });
});

describe("imageTooLarge", () => {
  it.each([
    [
      30000,
      20000,
      100_000_000,
      1200,
      "is 30000 × 20000 pixels (600 megapixels), more than the 100 megapixels the build reads",
      "resize it to at most 4000 pixels on its longest side; readers are sent it at most 1200 pixels wide",
    ],
    [
      12001,
      9000,
      50_000_000,
      2400,
      "is 12001 × 9000 pixels (108 megapixels), more than the 50 megapixels the build reads",
      "resize it to at most 4800 pixels on its longest side; readers are sent it at most 2400 pixels wide",
    ],
    [
      1500,
      1000,
      1_250_000,
      1200,
      "is 1500 × 1000 pixels (1.5 megapixels), more than the 1.3 megapixels the build reads",
      "resize it to at most 4000 pixels on its longest side; readers are sent it at most 1200 pixels wide",
    ],
  ])("%s × %s past %s", (width, height, limit, widest, message, fix) => {
    expect(imageTooLarge(width, height, limit, widest)).toEqual({ message, fix });
  });
});
