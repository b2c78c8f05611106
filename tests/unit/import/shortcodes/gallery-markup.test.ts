import { describe, expect, it } from "vitest";
import { noLocalMedia } from "../../../../src/import/media/resolver.ts";
import {
  captionHtml,
  galleryClass,
  galleryHtml,
} from "../../../../src/import/shortcodes/gallery-markup.ts";

const local = { local: (url: string) => url.split("/").pop() };

describe("a gallery's markup", () => {
  it.each([
    [1, "gallery gallery-columns-1"],
    [2, "gallery gallery-columns-2"],
    [0, "gallery"],
    [3, "gallery"],
    [4, "gallery gallery-columns-4"],
    [9, "gallery gallery-columns-4"],
  ])("%i columns: class %s", (columns, name) => {
    expect(galleryClass(columns)).toBe(name);
  });

  it.each([
    ["a caption's HTML on one line", "Smoke\n  over <b>Basra</b>", "Smoke over <b>Basra</b>"],
    [
      "without scripts, handlers or tags",
      '<span onclick="x()">A</span><script>x()</script> {% map "x" %}',
      '<span>A</span> &#123;% map "x" %}',
    ],
  ])("writes %s", (_title, html, written) => {
    expect(captionHtml(html)).toBe(written);
  });

  it('links each image to its file with link="file", except one with no alt text, which would name nothing', () => {
    const images = [
      { url: "http://o.org/a.jpg", alt: "The quay", caption: "" },
      { url: "http://o.org/b.jpg", alt: " ", caption: "B" },
    ];
    const gallery = { images, caption: "", columns: 3, linkToFile: true };
    expect(galleryHtml(gallery, local).html).toBe(
      [
        '<figure class="gallery">',
        '<figure><a href="a.jpg"><img src="a.jpg" alt="The quay"></a></figure>',
        '<figure><img src="b.jpg" alt=" "><figcaption>B</figcaption></figure>',
        "</figure>",
      ].join("\n"),
    );
  });

  it("escapes alt text and names each local file; an image with no copy is a link", () => {
    const images = [
      { url: "http://o.org/a.jpg", alt: 'The "quay" & {% x %}', caption: "" },
      { url: "http://o.org/b.jpg", alt: "", caption: "B" },
    ];
    const gallery = { images, caption: "Both", columns: 3, linkToFile: false };
    expect(galleryHtml(gallery, local)).toEqual({
      html: [
        '<figure class="gallery">',
        '<figure><img src="a.jpg" alt="The &quot;quay&quot; &amp; &#123;% x %}"></figure>',
        '<figure><img src="b.jpg" alt=""><figcaption>B</figcaption></figure>',
        "<figcaption>Both</figcaption>",
        "</figure>",
      ].join("\n"),
      links: [],
    });
    expect(galleryHtml(gallery, noLocalMedia)).toEqual({
      html: [
        '<figure class="gallery">',
        '<figure><a href="http://o.org/a.jpg">Image: The &quot;quay&quot; &amp; &#123;% x %}</a></figure>',
        '<figure><a href="http://o.org/b.jpg">Image</a><figcaption>B</figcaption></figure>',
        "<figcaption>Both</figcaption>",
        "</figure>",
      ].join("\n"),
      links: ["http://o.org/a.jpg", "http://o.org/b.jpg"],
    });
  });
});
