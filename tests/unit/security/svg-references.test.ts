import { describe, expect, it } from "vitest";
import { compactUrl, cssProblem, hrefProblem } from "../../../src/security/svg-references.ts";

const embed = "embed the image in the drawing as PNG or JPEG, or delete the reference";
const https = "give the link an https:// address, or delete it";

describe("compactUrl", () => {
  it.each([
    [" java\tscript:x ", "javascript:x"],
    ["\\\\host\\x.png", "//host/x.png"],
    ["#pin", "#pin"],
  ])("reads %j as %j", (value, url) => {
    expect(compactUrl(value)).toBe(url);
  });
});

describe("hrefProblem", () => {
  it.each([
    ["use", "#pin"],
    ["a", "https://example.org/"],
    ["a", "mailto:desk@example.org"],
    ["a", "tel:+4412345"],
    ["a", "../other/"],
    ["image", "photo.jpg"],
    ["image", "data:image/webp;base64,AA"],
    ["rect", ""],
  ])("lets <%s href=%j> through", (element, value) => {
    expect(hrefProblem(element, value)).toBeUndefined();
  });

  it.each([
    ["a", "JavaScript:alert(1)", "a javascript: URL, which runs code when followed", https],
    ["image", "vbscript:x", "a vbscript: URL, which runs code when followed", https],
    ["a", "ftp://example.org/x", "a ftp: URL", https],
    [
      "image",
      "data:image/svg+xml,<svg/>",
      "a data: URL (data:image/svg+xml,<svg/>), which can carry a document of its own",
      `only <image> may embed data: (PNG, JPEG, GIF, WebP or AVIF); ${embed}`,
    ],
    [
      "a",
      "data:image/png;base64,AA",
      "a data: URL (data:image/png;base64,AA), which can carry a document of its own",
      `only <image> may embed data: (PNG, JPEG, GIF, WebP or AVIF); ${embed}`,
    ],
    [
      "image",
      "https://tracker.example/pixel.png",
      "an external reference to https://tracker.example/pixel.png, loaded from elsewhere whenever the drawing is shown",
      embed,
    ],
    [
      "image",
      "//cdn.example/x.png",
      "an external reference to //cdn.example/x.png, loaded from elsewhere whenever the drawing is shown",
      embed,
    ],
    [
      "use",
      "icons.svg#pin",
      "a reference to another file (icons.svg#pin), which the drawing would load",
      'keep what <use> repeats in the same file and refer to it as href="#id"',
    ],
    [
      "feimage",
      "texture.png",
      "a reference to another file (texture.png), which the drawing would load",
      embed,
    ],
    [
      "image",
      `https://example.org/${"a".repeat(70)}`,
      `an external reference to https://example.org/${"a".repeat(40)}…, loaded from elsewhere whenever the drawing is shown`,
      embed,
    ],
  ])("refuses <%s href=%j>", (element, value, message, fix) => {
    expect(hrefProblem(element, value)).toEqual({ message, fix });
  });
});

describe("cssProblem", () => {
  it.each([
    ["fill: url(#g); stroke: url( '#h' )", undefined],
    [".a { fill: #369 }", undefined],
    ["@import 'x.css';", "a style with @import, which loads another stylesheet"],
    ["fill: u\\72l(x.png)", "a style with a \\ escape, which can hide url( from this check"],
    [
      "background: image-set('a.png' 1x)",
      "a style with a function that loads files (image-set(), image(), src())",
    ],
    [
      "fill: url( font.woff )",
      "a style that loads url(font.woff), a file this drawing would fetch",
    ],
    [
      "fill: url('https://x.example/a.png')",
      "a style that loads url(https://x.example/a.png), a file this drawing would fetch",
    ],
  ])("%j: %s", (css, problem) => {
    expect(cssProblem(css)).toBe(problem);
  });
});
