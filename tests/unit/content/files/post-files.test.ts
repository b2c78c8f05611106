import { describe, expect, it } from "vitest";
import {
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
