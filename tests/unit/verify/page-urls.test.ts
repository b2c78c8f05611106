import { parse } from "parse5";
import { describe, expect, it } from "vitest";
import {
  elementUrls,
  elements,
  fetchDirective,
  srcsetUrls,
  type PageElement,
} from "../../../src/verify/page-urls.ts";

/** The first element named `tag` in `html`. */
function first(html: string, tag: string): PageElement {
  const element = [...elements(parse(html))].find((e) => e.tagName === tag);
  if (!element) throw new Error(`no <${tag}> in ${html}`);
  return element;
}

describe("elements", () => {
  it("walks every element in document order, into <template> content", () => {
    const tags = [...elements(parse("<p><b>x</b></p><template><i>y</i></template>"))].map(
      (element) => element.tagName,
    );
    expect(tags).toEqual(["html", "head", "body", "p", "b", "template", "i"]);
  });
});

describe("srcsetUrls", () => {
  it.each([
    ["a.png 1x, b.png 2x", ["a.png", "b.png"]],
    ["a.png 400w,b.png 800w", ["a.png"]],
    ["data:image/png;base64,AA,BB 1x", ["data:image/png;base64,AA,BB"]],
    ["  ", []],
  ])("%j → %j", (srcset, urls) => {
    expect(srcsetUrls(srcset)).toEqual(urls);
  });
});

describe("elementUrls", () => {
  it.each([
    ['<a href=" /x/ ">x</a>', "a", [{ name: "href", value: " /x/ " }]],
    ['<a href="">x</a>', "a", [{ name: "href", value: "" }]],
    [
      '<img src="a.png" srcset="b.png 1x, c.png 2x">',
      "img",
      [
        { name: "src", value: "a.png" },
        { name: "srcset", value: "b.png" },
        { name: "srcset", value: "c.png" },
      ],
    ],
    [
      '<video src="v.mp4" poster="p.jpg"></video>',
      "video",
      [
        { name: "src", value: "v.mp4" },
        { name: "poster", value: "p.jpg" },
      ],
    ],
    [
      '<link rel="preload" imagesrcset="w.webp 1x">',
      "link",
      [{ name: "imagesrcset", value: "w.webp" }],
    ],
    [
      '<meta http-equiv="Refresh" content="0; url=\'/new/\'">',
      "meta",
      [{ name: "content", value: "/new/" }],
    ],
    ['<meta name="x" content="0; url=/new/">', "meta", []],
    [
      '<form action="/search/"><button formaction="/go/">g</button></form>',
      "form",
      [{ name: "action", value: "/search/" }],
    ],
    ['<p title="/x/">x</p>', "p", []],
  ])("%s", (html, tag, urls) => {
    expect(elementUrls(first(html, tag))).toEqual(urls);
  });
});

describe("fetchDirective", () => {
  it.each([
    ['<link rel="stylesheet" href="a.css">', "link", "href", "style-src"],
    ['<link rel="Icon" href="f.png">', "link", "href", "img-src"],
    ['<link rel="canonical" href="/x/">', "link", "href", undefined],
    ['<script src="a.js"></script>', "script", "src", "script-src"],
    ['<img src="a.png">', "img", "src", "img-src"],
    ['<input type="image" src="a.png" formaction="/x">', "input", "formaction", undefined],
    ['<video poster="p.jpg"></video>', "video", "poster", "img-src"],
    ['<video src="v.mp4"></video>', "video", "src", "media-src"],
    ['<iframe src="x"></iframe>', "iframe", "src", "frame-src"],
    ['<object data="x"></object>', "object", "data", "object-src"],
    ['<a href="x">x</a>', "a", "href", undefined],
  ])("%s %s=: %s", (html, tag, name, directive) => {
    expect(fetchDirective(first(html, tag), name)).toBe(directive);
  });
});
