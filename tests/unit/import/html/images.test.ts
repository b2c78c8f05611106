import { describe, expect, it } from "vitest";
import { imagesAsLinks, imageText } from "../../../../src/import/html/images.ts";

describe("imageText", () => {
  it.each([
    ["Smoke over Basra", "Image: Smoke over Basra"],
    ["  Smoke\n over  Basra ", "Image: Smoke over Basra"],
    ["", "Image"],
    [null, "Image"],
  ])("%j → %s", (alt, text) => {
    expect(imageText(alt)).toBe(text);
  });
});

describe("imagesAsLinks", () => {
  it("makes an image a link to its address, and a linked thumbnail the link's text", () => {
    expect(
      imagesAsLinks(
        '<p><img src="http://ex.org/a.jpg" alt="Tanks"> and <a href="http://ex.org/big.jpg"><img src="http://ex.org/small.jpg" alt="Smoke"></a><img alt="no source"></p>',
      ),
    ).toEqual({
      html: '<p><a href="http://ex.org/a.jpg">Image: Tanks</a> and <a href="http://ex.org/big.jpg">Image: Smoke</a></p>',
      links: ["http://ex.org/a.jpg", "http://ex.org/big.jpg"],
    });
  });

  it("leaves HTML without images as it is", () => {
    const html = "<p>Basra &amp; Umm Qasr</p>";
    expect(imagesAsLinks(html)).toEqual({ html, links: [] });
  });
});
