import { describe, expect, it } from "vitest";
import { parseAttributes } from "../../../src/shortcodes/attributes.ts";
import { findClosing, straightenQuotes } from "../../../src/shortcodes/attributes.ts";

describe("parseAttributes", () => {
  it.each([
    [
      "id=\"a\" width=300 caption='x y'",
      { named: { id: "a", width: "300", caption: "x y" }, positional: [] },
    ],
    [
      "movie=”http://x/y.swf” wmode=“transparent”",
      { named: { movie: "http://x/y.swf", wmode: "transparent" }, positional: [] },
    ],
    ["title=‘Sadr’s men’", { named: { title: "Sadr’s men" }, positional: [] }],
    ["=http://youtu.be/x&amp;w=2", { named: {}, positional: ["http://youtu.be/x&w=2"] }],
    [" 76979871 Width=400", { named: { width: "400" }, positional: ["76979871"] }],
  ])("%s", (text, attributes) => {
    expect(parseAttributes(text)).toEqual(attributes);
  });
});

describe("a shortcode's closing tag and quotes", () => {
  it.each([
    ["[caption]x[/caption]", "caption", 9, { index: 10, length: 10 }],
    ["[caption]x\\[/CAPTION\\]", "caption", 9, { index: 10, length: 12 }],
    ["[contact-form]x[/contact-form]", "contact-form", 14, { index: 15, length: 15 }],
    ["[caption]x", "caption", 9, undefined],
  ])("finds the closing tag in %j", (text, name, from, closing) => {
    expect(findClosing(text, name, from)).toEqual(closing);
  });

  it.each([
    ["a=“x” b=”y″", 'a="x" b="y"'],
    ["t=‘it’s’ u=1", 't="it’s" u=1'],
  ])("reads curly quotes in %s as straight", (text, straight) => {
    expect(straightenQuotes(text)).toBe(straight);
  });
});
