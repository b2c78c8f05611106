import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  imageWork,
  responsiveImage,
  responsiveImageNow,
  type ImageRequest,
  type ResponsiveImageOptions,
} from "../../../src/images/responsive-image.ts";
import { unreadableImage } from "../../../src/images/unreadable.ts";

let dir: string;
let options: ResponsiveImageOptions;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80"/></svg>`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "dispatch-responsive-"));
  options = {
    cacheDir: path.join(dir, "cache"),
    widths: [400],
    maxPixels: 1_000_000,
    sizes: (width) => (width === undefined ? "100vw" : `${width}px`),
  };
  await sharp({ create: { width: 60, height: 40, channels: 3, background: "#336699" } })
    .png()
    .toFile(path.join(dir, "photo.png"));
  writeFileSync(path.join(dir, "map.svg"), svg);
  writeFileSync(path.join(dir, "broken.jpg"), "not an image");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const request = (file: string, folder: string, lead = false): ImageRequest => ({
  file: path.join(dir, file),
  src: file,
  attributes: [["alt", "Port"]],
  folder: path.join(dir, folder),
  lead,
});

describe("responsiveImage", () => {
  it("writes a picture of a raster image and copies its files beside the page", async () => {
    const made = await responsiveImage(request("photo.png", "page-a"), options, imageWork());
    expect("html" in made && made.html).toMatch(
      /^<picture><source type="image\/avif" srcset="photo-[\w-]+-60\.avif 60w" sizes="60px"><source type="image\/webp" srcset="photo-[\w-]+-60\.webp 60w" sizes="60px"><img src="photo-[\w-]+-60\.png" alt="Port" width="60" height="40" loading="lazy" decoding="async"><\/picture>$/,
    );
    expect(readdirSync(path.join(dir, "page-a")).map((name) => path.extname(name))).toEqual([
      ".avif",
      ".png",
      ".webp",
    ]);
  });

  it("keeps an SVG as it is, with its size", async () => {
    const made = await responsiveImage(request("map.svg", "page-svg"), options, imageWork());
    expect(made).toEqual({
      html: '<img src="map.svg" alt="Port" width="120" height="80" loading="lazy" decoding="async">',
    });
  });

  it("reads an image once per file version, and again once the file changes", async () => {
    const work = imageWork();
    await responsiveImage(request("photo.png", "page-b"), options, work);
    await responsiveImage(request("photo.png", "page-c"), options, work);
    expect(work.prepared.size).toBe(1);
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(dir, "photo.png"), later, later);
    await responsiveImage(request("photo.png", "page-d"), options, work);
    expect(work.prepared.size).toBe(2);
    expect(work.copying.size).toBe(0);
  });

  it("returns the problem with an image that cannot be read", async () => {
    const made = await responsiveImage(request("broken.jpg", "page-e"), options, imageWork());
    expect(made).toEqual({
      problem: unreadableImage("unsupported image format", path.join(dir, "broken.jpg")),
    });
  });
});

describe("responsiveImageNow", () => {
  it("writes the lead image's HTML at once, eager, and its files once done settles", async () => {
    const made = responsiveImageNow(request("photo.png", "page-lead", true), options, imageWork());
    expect("html" in made && made.html).toMatch(
      /<img src="photo-[\w-]+-60\.png" alt="Port" width="60" height="40" loading="eager" fetchpriority="high"><\/picture>$/,
    );
    expect("done" in made && (await made.done)).toBeUndefined();
    expect(readdirSync(path.join(dir, "page-lead"))).toHaveLength(3);
  });

  it("returns at once the problem the header shows", () => {
    expect(responsiveImageNow(request("broken.jpg", "page-f"), options, imageWork())).toEqual({
      problem: unreadableImage("unsupported image format", path.join(dir, "broken.jpg")),
    });
  });
});
