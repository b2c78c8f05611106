import { describe, expect, it } from "vitest";
import { createLosses } from "../../../../src/import/html/losses.ts";
import { imagesAsLinks, imageText } from "../../../../src/import/html/images.ts";
import { mediaHosts } from "../../../../src/import/media/hosts.ts";
import { createMediaPlan } from "../../../../src/import/media/plan.ts";

const up = "http://old.org/wp-content/uploads/2008/03";

/** A planning resolver of the old site http://old.org: every file it may bring is local. */
const planned = () => createMediaPlan(mediaHosts("http://old.org")).resolver("basra", "1");

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

describe("imagesAsLinks with the post's local files", () => {
  it.each([
    [
      "a thumbnail linked to its full size becomes the local image alone, its alt kept",
      `<p><a href="${up}/port.jpg"><img src="${up}/port-300x200.jpg" alt="Cranes" width="300"></a></p>`,
      '<p><img src="port.jpg" alt="Cranes" width="300"></p>',
    ],
    [
      "an image linked to a page keeps its link",
      `<p><a href="http://old.org/2008/03/27/basra/"><img src="${up}/port.jpg" alt="Cranes"></a></p>`,
      '<p><a href="http://old.org/2008/03/27/basra/"><img src="port.jpg" alt="Cranes"></a></p>',
    ],
    [
      "an image linked to another upload links to that file's local copy",
      `<p><a href="${up}/map.png"><img src="${up}/port.jpg" alt="Cranes"></a></p>`,
      '<p><a href="map.png"><img src="port.jpg" alt="Cranes"></a></p>',
    ],
    [
      "a link to an uploaded document goes to its local copy",
      `<p>Read <a href="${up}/Terms.pdf">the terms</a> and <a href="http://other.org/wp-content/uploads/x.pdf">theirs</a>.</p>`,
      '<p>Read <a href="terms.pdf">the terms</a> and <a href="http://other.org/wp-content/uploads/x.pdf">theirs</a>.</p>',
    ],
    [
      "an image already local stays as it is",
      '<figure><img src="port.jpg" alt="Cranes"></figure>',
      '<figure><img src="port.jpg" alt="Cranes"></figure>',
    ],
    [
      "an image from another host stays a link",
      '<p><img src="https://flickr.com/a.jpg" alt="Tank"></p>',
      '<p><a href="https://flickr.com/a.jpg">Image: Tank</a></p>',
    ],
  ])("%s", (_, html, expected) => {
    expect(imagesAsLinks(html, planned()).html).toBe(expected);
  });

  it.each([
    [
      "a local image loses its link to its attachment page, which redirects to the post itself",
      `<p><a href="http://old.org/2008/03/27/basra/port/" rel="attachment wp-att-7"><img src="${up}/port-300x200.jpg" alt="Cranes"></a></p>`,
      '<p><img src="port.jpg" alt="Cranes"></p>',
    ],
    [
      "an image kept as a link links to its own address, not to its attachment page",
      '<p><a href="http://old.org/?attachment_id=7"><img src="https://flickr.com/a.jpg" alt="Tank"></a></p>',
      '<p><a href="https://flickr.com/a.jpg">Image: Tank</a></p>',
    ],
  ])("%s", (_, html, expected) => {
    const isPage = (url: string) =>
      url === "http://old.org/2008/03/27/basra/port/" || url === "http://old.org/?attachment_id=7";
    expect(imagesAsLinks(html, planned(), isPage).html).toBe(expected);
  });

  it("takes a link off a local image with no alt text, which would name nothing, and reports it", () => {
    const losses = createLosses();
    const html = `<p><a href="http://other.org/story"><img src="${up}/port.jpg" alt=""></a> The port.</p>`;
    expect(imagesAsLinks(html, planned(), () => false, losses).html).toBe(
      '<p>WPLOSS0X<img src="port.jpg" alt=""> The port.</p>',
    );
    expect(losses.messages).toEqual([
      "the image port.jpg linked to http://other.org/story, but has no description (alt text), so the link was taken off: a link holding only an undescribed image names nothing. Fix: write what the image shows in its alt text, and link it again",
    ]);
  });

  it("leaves HTML with neither images nor uploads as it is, without parsing it", () => {
    const html = '<p>See <a href="http://old.org/about/">about</a> &amp; more</p>';
    expect(imagesAsLinks(html, planned())).toEqual({ html, links: [] });
  });
});
