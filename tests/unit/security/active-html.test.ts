import { describe, expect, it } from "vitest";
import { activeAttribute, activeElement, schemeOf } from "../../../src/security/active-html.ts";

describe("activeElement", () => {
  it.each([
    ["SCRIPT", "<script>"],
    ["iframe", "<iframe>"],
    ["frameset", "<frameset>"],
    ["object", "<object>"],
    ["embed", "<embed>"],
    ["form", "<form>"],
    ["textarea", "<textarea>"],
    ["base", "<base>"],
    ["meta", "<meta>"],
    ["link", "<link>"],
    ["style", "<style>"],
    ["noscript", "<noscript>"],
    ["template", "<template>"],
  ])("%s is active", (tag, what) => {
    expect(activeElement(tag)?.what).toBe(what);
  });

  it.each(["figure", "details", "sup", "abbr", "table", "video", "a", "img", "span", "svg"])(
    "%s is not",
    (tag) => {
      expect(activeElement(tag)).toBeUndefined();
    },
  );
});

describe("activeAttribute", () => {
  it.each([
    ["img", "onerror", "alert(1)", "event handler onerror= on <img>"],
    ["svg", "OnLoad", "alert(1)", "event handler onload= on <svg>"],
    ["iframe", "srcdoc", "<b>x</b>", "srcdoc= on <iframe>"],
    ["a", "href", " javascript:alert(1)", "javascript: URL in href= on <a>"],
    ["a", "href", "java\tscript:alert(1)", "javascript: URL in href= on <a>"],
    ["a", "href", "VBScript:msgbox(1)", "vbscript: URL in href= on <a>"],
    ["img", "src", "data:image/png;base64,AA", "data: URL in src= on <img>"],
    ["img", "srcset", "a.png 1x, data:image/png;base64,AA 2x", "data: URL in srcset= on <img>"],
    ["video", "poster", "data:image/png;base64,AA", "data: URL in poster= on <video>"],
    ["button", "formaction", "javascript:x", "javascript: URL in formaction= on <button>"],
    ["a", "xlink:href", "javascript:x", "javascript: URL in xlink:href= on <a>"],
    ["animate", "attributeName", "href", "animation of href on <animate>"],
    ["set", "attributeName", "xlink:href", "animation of xlink:href on <set>"],
  ])("%s %s=%j is active", (tag, name, value, what) => {
    expect(activeAttribute(tag, name, value)?.what).toBe(what);
  });

  it.each([
    ["a", "href", "https://example.org/"],
    ["a", "href", "/posts/basra/"],
    ["a", "href", "mailto:desk@example.org"],
    ["a", "href", "#fn-1"],
    ["img", "src", "chart.png"],
    ["img", "alt", "javascript: a language"],
    ["abbr", "title", "data: facts"],
    ["span", "lang", "ar"],
    ["animate", "attributeName", "opacity"],
  ])("%s %s=%j is not", (tag, name, value) => {
    expect(activeAttribute(tag, name, value)).toBeUndefined();
  });
});

describe("schemeOf", () => {
  it.each([
    ["JavaScript:x", "javascript"],
    ["\u0001java\nscript:x", "javascript"],
    ["/path:x", undefined],
    ["chart.png", undefined],
  ])("%j has scheme %s", (url, scheme) => {
    expect(schemeOf(url)).toBe(scheme);
  });
});
