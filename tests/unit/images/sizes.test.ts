import { describe, expect, it } from "vitest";
import { gallerySizes, imageSizes } from "../../../src/images/sizes.ts";

describe("imageSizes", () => {
  it.each([
    [undefined, {}, "(min-width: 42rem) 40rem, calc(100vw - 2rem)"],
    [1200, {}, "(min-width: 42rem) 40rem, calc(100vw - 2rem)"],
    [640, {}, "(min-width: 42rem) 40rem, calc(100vw - 2rem)"],
    [639, {}, "(min-width: 671px) 639px, calc(100vw - 2rem)"],
    [300, {}, "(min-width: 332px) 300px, calc(100vw - 2rem)"],
    [300.4, {}, "(min-width: 332px) 300px, calc(100vw - 2rem)"],
    [undefined, { measureRem: 36, gutterRem: 1.5 }, "(min-width: 39rem) 36rem, calc(100vw - 3rem)"],
    [200, { measureRem: 36, gutterRem: 1.5 }, "(min-width: 248px) 200px, calc(100vw - 3rem)"],
  ])("an image %s px wide in the layout %j has sizes %s", (width, layout, sizes) => {
    expect(imageSizes(width, layout)).toBe(sizes);
  });
});

describe("gallerySizes", () => {
  it.each([
    [
      3,
      {},
      "(min-width: 42rem) calc(40rem / 3), (min-width: 40rem) calc((100vw - 2rem) / 3), calc((100vw - 2rem) / 2)",
    ],
    [
      2,
      {},
      "(min-width: 42rem) calc(40rem / 2), (min-width: 40rem) calc((100vw - 2rem) / 2), calc((100vw - 2rem) / 2)",
    ],
    [
      9,
      {},
      "(min-width: 42rem) calc(40rem / 4), (min-width: 40rem) calc((100vw - 2rem) / 4), calc((100vw - 2rem) / 2)",
    ],
    [1, {}, "(min-width: 42rem) 40rem, calc(100vw - 2rem)"],
    [
      3,
      { measureRem: 36, gutterRem: 1.5 },
      "(min-width: 39rem) calc(36rem / 3), (min-width: 40rem) calc((100vw - 3rem) / 3), calc((100vw - 3rem) / 2)",
    ],
  ])("a cell of a %i-column gallery in the layout %j has sizes %s", (columns, layout, sizes) => {
    expect(gallerySizes(columns, layout)).toBe(sizes);
  });
});
