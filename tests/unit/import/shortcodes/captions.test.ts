import { describe, expect, it } from "vitest";
import { createLosses } from "../../../../src/import/html/losses.ts";
import { captionFigure } from "../../../../src/import/shortcodes/captions.ts";

describe("[caption] as a figure", () => {
  it("makes the linked image a link to the full size, and the text its figcaption", () => {
    const links: string[] = [];
    const figure = captionFigure(
      '<a href="http://o.org/big.jpg"><img src="http://o.org/small.jpg" alt="Smoke"></a> Smoke over\nBasra',
      { named: {}, positional: [] },
      links,
      (text) => text,
    );
    expect(figure).toEqual({
      html: '<figure>\n<a href="http://o.org/big.jpg">Image: Smoke</a>\n<figcaption>Smoke over Basra</figcaption>\n</figure>',
      after: "",
    });
    expect(links).toEqual(["http://o.org/big.jpg"]);
  });

  it("takes caption= over the text, and moves converted shortcodes after the figure", () => {
    const figure = captionFigure(
      '<img src="http://o.org/a.jpg" alt="">',
      { named: { caption: "A {% tag %} WPSHORTCODE0X" }, positional: [] },
      [],
      (text) => text,
    );
    expect(figure).toEqual({
      html: '<figure>\n<a href="http://o.org/a.jpg">Image</a>\n<figcaption>A &#123;% tag %}</figcaption>\n</figure>',
      after: "WPSHORTCODE0X",
    });
  });
});

describe("[caption] with the image's local copy", () => {
  const up = "http://o.org/wp-content/uploads";
  /** Local copies by file name, resized copies resolved to the original; none of gone.jpg. */
  const media = {
    local: (url: string) =>
      url.includes("gone")
        ? undefined
        : url
            .split("/")
            .pop()
            ?.replace(/-\d+x\d+(?=\.)/, ""),
  };

  it("takes a link off an image with no alt text, which would name nothing, and reports it", () => {
    const losses = createLosses();
    const figure = captionFigure(
      `<a href="http://other.org/story"><img src="${up}/pipe-300x200.jpg" alt=""></a> Smoke`,
      { named: {}, positional: [] },
      [],
      (text) => text,
      { media, losses },
    );
    expect(figure.html).toBe(
      '<figure>\nWPLOSS0X<img src="pipe.jpg" alt="">\n<figcaption>Smoke</figcaption>\n</figure>',
    );
    expect(losses.messages).toEqual([
      "the image pipe.jpg linked to http://other.org/story, but has no description (alt text), so the link was taken off: a link holding only an undescribed image names nothing. Fix: write what the image shows in its alt text, and link it again",
    ]);
  });

  it.each([
    [
      "an image alone: shown from the post's folder",
      `<img src="${up}/pipe.jpg" alt="Smoke" width="300" height="200"> Smoke over Basra`,
      '<figure>\n<img src="pipe.jpg" alt="Smoke">\n<figcaption>Smoke over Basra</figcaption>\n</figure>',
      [],
    ],
    [
      "a thumbnail linked to its full size: the link, to the same file, is dropped",
      `<a href="${up}/pipe.jpg"><img src="${up}/pipe-300x200.jpg" alt="Smoke"></a> Smoke`,
      '<figure>\n<img src="pipe.jpg" alt="Smoke">\n<figcaption>Smoke</figcaption>\n</figure>',
      [],
    ],
    [
      "a thumbnail linked to another photo: a link to that photo's copy",
      `<a href="${up}/wide.jpg"><img src="${up}/pipe-300x200.jpg" alt="Smoke"></a> Smoke`,
      '<figure>\n<a href="wide.jpg"><img src="pipe.jpg" alt="Smoke"></a>\n<figcaption>Smoke</figcaption>\n</figure>',
      [],
    ],
    [
      "a thumbnail linked to a full size with no copy: the link is dropped (the old site will go)",
      `<a href="${up}/gone.jpg"><img src="${up}/pipe-300x200.jpg" alt="Smoke"></a> Smoke`,
      '<figure>\n<img src="pipe.jpg" alt="Smoke">\n<figcaption>Smoke</figcaption>\n</figure>',
      [],
    ],
    [
      "an image linked to a page: the link stays",
      `<a href="https://www.reuters.com/x"><img src="${up}/pipe.jpg" alt="Smoke"></a> Smoke`,
      '<figure>\n<a href="https://www.reuters.com/x"><img src="pipe.jpg" alt="Smoke"></a>\n<figcaption>Smoke</figcaption>\n</figure>',
      [],
    ],
    [
      "an image with no copy: the link to its address, the caption kept",
      `<a href="${up}/gone.jpg"><img src="${up}/gone-300x200.jpg" alt="Smoke"></a> Smoke`,
      `<figure>\n<a href="${up}/gone.jpg">Image: Smoke</a>\n<figcaption>Smoke</figcaption>\n</figure>`,
      [`${up}/gone.jpg`],
    ],
  ])("%s", (_title, content, html, links) => {
    const found: string[] = [];
    const figure = captionFigure(content, { named: {}, positional: [] }, found, (text) => text, {
      media,
    });
    expect(figure).toEqual({ html, after: "" });
    expect(found).toEqual(links);
  });
});
