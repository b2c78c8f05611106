import { describe, expect, it } from "vitest";
import {
  displaySize,
  keptImageHtml,
  pictureHtml,
  relocateImageUrls,
  srcsetOf,
  type Attribute,
  type ResponsiveSet,
} from "../../../src/images/markup.ts";

const sizes = (width: number | undefined) => (width === undefined ? "COLUMN" : `${width}px`);

/** A set of files `a-<width>.<format>` for a 2:1 image at the given widths. */
function set(widths: number[], fallback = "jpeg"): ResponsiveSet {
  const files = (format: string) =>
    widths.map((width) => ({ url: `a-${width}.${format}`, width, height: width / 2 }));
  return {
    sources: [
      { type: "image/avif", candidates: files("avif") },
      { type: "image/webp", candidates: files("webp") },
    ],
    fallback: files(fallback),
  };
}

describe("srcsetOf", () => {
  it.each([
    [[], ""],
    [[{ url: "a-400.webp", width: 400, height: 200 }], "a-400.webp 400w"],
    [
      [
        { url: "a-400.webp", width: 400, height: 200 },
        { url: "a-800.webp", width: 800, height: 400 },
      ],
      "a-400.webp 400w, a-800.webp 800w",
    ],
  ])("%j → %s", (candidates, srcset) => {
    expect(srcsetOf(candidates)).toBe(srcset);
  });
});

describe("displaySize", () => {
  const intrinsic = { width: 1200, height: 600 };
  it.each<[Attribute[], { width: number; height: number }]>([
    [[], { width: 1200, height: 600 }],
    [[["width", "300"]], { width: 300, height: 150 }],
    [[["height", "100"]], { width: 200, height: 100 }],
    [
      [
        ["width", "300"],
        ["height", "300"],
      ],
      { width: 300, height: 300 },
    ],
    [[["width", "50%"]], { width: 1200, height: 600 }],
    [[["width", "0"]], { width: 1200, height: 600 }],
  ])("with %j: %j", (attributes, size) => {
    expect(displaySize(intrinsic, attributes)).toEqual(size);
  });
});

describe("pictureHtml", () => {
  it.each<[string, ResponsiveSet, Attribute[], boolean, string]>([
    [
      "several widths, lazy",
      set([400, 800]),
      [["alt", "The quay"]],
      false,
      '<picture><source type="image/avif" srcset="a-400.avif 400w, a-800.avif 800w" sizes="800px">' +
        '<source type="image/webp" srcset="a-400.webp 400w, a-800.webp 800w" sizes="800px">' +
        '<img src="a-800.jpeg" srcset="a-400.jpeg 400w, a-800.jpeg 800w" sizes="800px" alt="The quay" width="800" height="400" loading="lazy" decoding="async"></picture>',
    ],
    [
      "one width: no srcset on the <img>",
      set([300], "png"),
      [["alt", ""]],
      false,
      '<picture><source type="image/avif" srcset="a-300.avif 300w" sizes="300px">' +
        '<source type="image/webp" srcset="a-300.webp 300w" sizes="300px">' +
        '<img src="a-300.png" alt="" width="300" height="150" loading="lazy" decoding="async"></picture>',
    ],
    [
      "the lead image: eager, high priority, the column's sizes",
      set([400]),
      [["alt", 'A "quoted" & <b>'] as const],
      true,
      '<picture><source type="image/avif" srcset="a-400.avif 400w" sizes="COLUMN">' +
        '<source type="image/webp" srcset="a-400.webp 400w" sizes="COLUMN">' +
        '<img src="a-400.jpeg" alt="A &quot;quoted&quot; &amp; &lt;b&gt;" width="400" height="200" loading="eager" fetchpriority="high"></picture>',
    ],
    [
      "the author's attributes kept, their src and width replaced, their loading kept",
      set([400]),
      [
        ["src", "photo.jpg"],
        ["alt", "A"],
        ["class", "wide"],
        ["width", "200"],
        ["loading", "eager"],
        ["hidden", ""],
      ],
      false,
      '<picture><source type="image/avif" srcset="a-400.avif 400w" sizes="200px">' +
        '<source type="image/webp" srcset="a-400.webp 400w" sizes="200px">' +
        '<img src="a-400.jpeg" alt="A" class="wide" loading="eager" hidden width="200" height="100" decoding="async"></picture>',
    ],
    [
      "an event handler, a style and srcdoc written on the author's <img> left out",
      set([400]),
      [
        ["src", "photo.jpg"],
        ["alt", "A"],
        ["onerror", "alert(1)"],
        ["ONLOAD", "alert(2)"],
        ["style", "background:url(https://tracker.example/)"],
        ["srcdoc", "<script>alert(3)</script>"],
        ["aria-describedby", "note"],
      ],
      false,
      '<picture><source type="image/avif" srcset="a-400.avif 400w" sizes="400px">' +
        '<source type="image/webp" srcset="a-400.webp 400w" sizes="400px">' +
        '<img src="a-400.jpeg" alt="A" aria-describedby="note" width="400" height="200" loading="lazy" decoding="async"></picture>',
    ],
  ])("%s", (_, files, attributes, lead, html) => {
    expect(pictureHtml(files, { attributes, sizes, lead })).toBe(html);
  });
});

describe("keptImageHtml", () => {
  it.each<[Attribute[], boolean, string]>([
    [
      [
        ["src", "map.svg"],
        ["alt", "A map"],
      ],
      false,
      '<img src="map.svg" alt="A map" width="240" height="120" loading="lazy" decoding="async">',
    ],
    [
      [["alt", "A map"]],
      true,
      '<img src="map.svg" alt="A map" width="240" height="120" loading="eager" fetchpriority="high">',
    ],
  ])("%j, lead %s", (attributes, lead, html) => {
    expect(keptImageHtml("map.svg", { width: 240, height: 120 }, { attributes, lead })).toBe(html);
  });
});

describe("relocateImageUrls", () => {
  it.each([
    [
      '<source type="image/webp" srcset="lead-Ab3dE9fG1h-400.webp 400w, lead-Ab3dE9fG1h-800.webp 800w" sizes="40rem">',
      '<source type="image/webp" srcset="/posts/basra/lead-Ab3dE9fG1h-400.webp 400w, /posts/basra/lead-Ab3dE9fG1h-800.webp 800w" sizes="40rem">',
    ],
    [
      '<img src="lead-Ab3dE9fG1h-800.jpeg" alt="" width="800" height="450">',
      '<img src="/posts/basra/lead-Ab3dE9fG1h-800.jpeg" alt="" width="800" height="450">',
    ],
    ['<img src="/assets/logo.svg" alt="">', '<img src="/assets/logo.svg" alt="">'],
    [
      '<img src="https://example.org/a.jpg" alt="">',
      '<img src="https://example.org/a.jpg" alt="">',
    ],
  ])("%s", (html, expected) => {
    expect(relocateImageUrls(html, "/posts/basra/")).toBe(expected);
  });
});
