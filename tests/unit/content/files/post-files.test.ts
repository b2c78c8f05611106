import { describe, expect, it } from "vitest";
import {
  extensionOf,
  imageExtensions,
  isImageFile,
  isPostAsset,
  postAssetExtensions,
} from "../../../../src/content/files/post-files.ts";

describe("isPostAsset", () => {
  it.each([
    ["photo.png", true],
    ["Photo.JPG", true],
    ["report.pdf", true],
    ["images/route.GPX", true],
    ["data.csv", true],
    ["notes.docx", true],
    ["notes.pages", false],
    ["index.md", false],
    ["page.html", false],
    [".png", false],
    ["png", false],
    ["archive.png.zip", true],
    ["archive.zip.exe", false],
    ["folder.png/readme", false],
  ])("%j → %s", (name, published) => {
    expect(isPostAsset(name)).toBe(published);
  });
});

describe("isImageFile", () => {
  it.each([
    ["photo.png", true],
    ["map.SVG", true],
    ["clip.avif", true],
    ["report.pdf", false],
    ["route.geojson", false],
    ["photo", false],
  ])("%j → %s", (name, image) => {
    expect(isImageFile(name)).toBe(image);
  });

  it("takes only extensions of files the build publishes", () => {
    expect(imageExtensions.filter((ext) => !postAssetExtensions.includes(ext))).toEqual([]);
  });
});

describe("which names are published media, by extension", () => {
  it.each([
    ["photo.JPG", "jpg", true, true],
    ["report.pdf", "pdf", false, true],
    ["notes.docx", "docx", false, true],
    ["song.mp3", "mp3", false, true],
    ["page.html", "html", false, false],
    ["data.json", "json", false, false],
    ["photo.bmp", "bmp", false, false],
    ["README", "", false, false],
  ])("%s: extension %j, image %s, media %s", (name, extension, image, media) => {
    expect([extensionOf(name), isImageFile(name), isPostAsset(name)]).toEqual([
      extension,
      image,
      media,
    ]);
  });
});
