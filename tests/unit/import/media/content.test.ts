import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { contentProblem, looksLikeHtml, rasterType } from "../../../../src/import/media/content.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const images: Record<string, Uint8Array> = {};

beforeAll(async () => {
  const base = sharp({ create: { width: 4, height: 3, channels: 3, background: "#c33" } });
  images.jpeg = await base.clone().jpeg().toBuffer();
  images.png = await base.clone().png().toBuffer();
  images.gif = await base.clone().gif().toBuffer();
  images.webp = await base.clone().webp().toBuffer();
});

describe("what downloaded bytes are", () => {
  it.each(["jpeg", "png", "gif", "webp"])("a %s image is one", (type) => {
    expect(rasterType(images[type] as Uint8Array)).toBe(type);
  });

  it.each([
    ["\uFEFF  <!DOCTYPE html><title>Not found</title>", true],
    ["<html><body>404</body></html>", true],
    ["%PDF-1.4", false],
  ])("%j is an HTML page: %s", (text, html) => {
    expect(looksLikeHtml(bytes(text))).toBe(html);
  });
});

describe("contentProblem: content that is not what its name says", () => {
  it.each([
    ["photo.jpg", "image", () => images.jpeg, "", undefined],
    ["photo.jpg", "image", () => images.png, "image/png", undefined],
    [
      "photo.jpg",
      "image",
      () => bytes("<!doctype html><p>Not Found"),
      "text/html; charset=utf-8",
      "the server sent an HTML page (text/html), not the file",
    ],
    ["photo.jpg", "image", () => bytes("GIF"), "", "the file is not an image"],
    [
      "map.svg",
      "image",
      () => bytes('<?xml version="1.0"?>\n<svg xmlns="x"></svg>'),
      "",
      undefined,
    ],
    ["map.svg", "image", () => images.png, "", "the file is not an SVG image"],
    [
      "map.svg",
      "image",
      () => bytes('<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script></svg>'),
      "image/svg+xml",
      "the SVG has what the site refuses to publish, line 2: a <script> element: it would run on the site whenever the file is opened",
    ],
    ["report.pdf", "file", () => bytes("%PDF-1.4"), "application/pdf", undefined],
    [
      "report.pdf",
      "file",
      () => bytes("<html><body>Login"),
      "text/html",
      "the server sent an HTML page (text/html), not the file",
    ],
    ["photo.jpg", "file", () => bytes("junk"), "", "the file is not an image"],
  ] as const)("%s (%s, %s)", (name, kind, content, type, problem) => {
    expect(contentProblem(name, kind, content() as Uint8Array, type)).toBe(problem);
  });
});
