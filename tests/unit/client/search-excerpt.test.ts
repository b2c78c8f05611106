import { describe, expect, it } from "vitest";
import {
  decodeEntities,
  excerptParts,
  resultCountText,
} from "../../../src/client/search-excerpt.ts";

describe("excerptParts", () => {
  it("splits an excerpt into text and marked words", () => {
    expect(excerptParts("fighting in <mark>Basra</mark> &amp; Umm <mark>Qasr</mark>")).toEqual([
      { text: "fighting in ", marked: false },
      { text: "Basra", marked: true },
      { text: " & Umm ", marked: false },
      { text: "Qasr", marked: true },
    ]);
  });

  it("never reads other markup: escaped tags stay text", () => {
    expect(excerptParts("&lt;img src=x onerror=alert(1)&gt; <mark>x</mark>")).toEqual([
      { text: "<img src=x onerror=alert(1)> ", marked: false },
      { text: "x", marked: true },
    ]);
    expect(excerptParts("<b>bold</b>")).toEqual([{ text: "<b>bold</b>", marked: false }]);
  });
});

describe("decodeEntities", () => {
  it.each([
    ["Sadr&#39;s", "Sadr's"],
    ["Sadr&#x27;s", "Sadr's"],
    ["&quot;A&quot; &lt;b&gt;", '"A" <b>'],
    ["&unknown; &#0;", "&unknown; &#0;"],
  ])("%j → %j", (text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded);
  });
});

describe("resultCountText", () => {
  it.each([
    [0, "No results for “Basra”"],
    [1, "1 result for “Basra”"],
    [3, "3 results for “Basra”"],
  ])("%i → %s", (count, text) => {
    expect(resultCountText(count, "Basra")).toBe(text);
  });
});
