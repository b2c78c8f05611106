import { describe, expect, it } from "vitest";
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
