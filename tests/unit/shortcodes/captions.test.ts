import { describe, expect, it } from "vitest";
import { parseAttributes } from "../../../src/shortcodes/attributes.ts";
import { captionFigureHtml, captionParts } from "../../../src/shortcodes/captions.ts";

describe("captionParts", () => {
  it.each([
    [
      'id="a"',
      '<a href="big.jpg"><img src="small.jpg" alt="Smoke" /></a> Smoke over <em>Basra</em>',
      {
        image: '<a href="big.jpg"><img src="small.jpg" alt="Smoke" /></a>',
        caption: "Smoke over <em>Basra</em>",
      },
    ],
    [
      'caption="Basra, 2008"',
      '<img src="a.jpg" alt="" />',
      { image: '<img src="a.jpg" alt="" />', caption: "Basra, 2008" },
    ],
    [
      "",
      'Before <img src="a.jpg"> after',
      { image: '<img src="a.jpg">', caption: "Before  after" },
    ],
    ["", "Only words", { image: "", caption: "Only words" }],
  ])("[caption %s]%s[/caption]", (attributes, content, parts) => {
    expect(captionParts(content, parseAttributes(attributes))).toEqual(parts);
  });
});

describe("captionFigureHtml", () => {
  it.each([
    [
      '<img src="a.jpg"\nalt="A">',
      "Smoke\n  over {% map %}",
      '<figure>\n<img src="a.jpg" alt="A">\n<figcaption>Smoke over &#123;% map %}</figcaption>\n</figure>',
    ],
    ["", "Only words", "<figure>\n<figcaption>Only words</figcaption>\n</figure>"],
    ['<img src="a.jpg">', "", '<figure>\n<img src="a.jpg">\n</figure>'],
  ])("%j %j", (image, caption, html) => {
    expect(captionFigureHtml(image, caption)).toBe(html);
  });
});
