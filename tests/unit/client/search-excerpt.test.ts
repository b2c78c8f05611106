import { describe, expect, it } from "vitest";
import {
  decodeEntities,
  excerptParts,
  resultCountText,
  trimmedExcerpt,
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

describe("trimmedExcerpt", () => {
  const content =
    "Residents described the shelling of the old city and the closing of the bridges. Dockworkers stayed home.";
  const text = (parts: { text: string; marked: boolean }[]) =>
    parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join("");

  it.each([
    [
      "the whole text: no ellipsis",
      content.replace("city", "<mark>city</mark>"),
      "Residents described the shelling of the old [city] and the closing of the bridges. Dockworkers stayed home.",
    ],
    [
      "from the start, cut at the end",
      "Residents described the shelling of the old <mark>city</mark> and the",
      "Residents described the shelling of the old [city] and the…",
    ],
    [
      "cut at both ends",
      "shelling of the old <mark>city</mark> and the closing",
      "…shelling of the old [city] and the closing…",
    ],
    [
      "a word cut at each end is dropped",
      "lling of the old <mark>city</mark> and the clos",
      "…of the old [city] and the…",
    ],
    [
      "dangling punctuation at the cut goes",
      ". <mark>Dockworkers</mark> stayed",
      "…[Dockworkers] stayed…",
    ],
    [
      "to the end of the text",
      "closing of the bridges. <mark>Dockworkers</mark> stayed home.",
      "…closing of the bridges. [Dockworkers] stayed home.",
    ],
    [
      "spaces at the ends and inside made single",
      "  the old   <mark>city</mark>  ",
      "…the old [city]…",
    ],
  ])("%s", (_, excerpt, expected) => {
    expect(text(trimmedExcerpt(excerpt, content))).toBe(expected);
  });

  it.each([
    ["a sentence start and end: no ellipsis", "Residents <mark>left</mark>.", "Residents [left]."],
    [
      "lower-case start, no full stop: both",
      "and the <mark>port</mark> closed",
      "…and the [port] closed…",
    ],
    [
      "an opening quote starts it",
      "“The <mark>port</mark> is shut,” he said",
      "“The [port] is shut,” he said…",
    ],
  ])("when the excerpt is not found in the text: %s", (_, excerpt, expected) => {
    expect(text(trimmedExcerpt(excerpt, "other text"))).toBe(expected);
  });

  it("keeps &, < and > as text, decoded once", () => {
    expect(trimmedExcerpt("Q&amp;A &lt;<mark>oil</mark>&gt;", "Intro. Q&A <oil> follows")).toEqual([
      { text: "…Q&A <", marked: false },
      { text: "oil", marked: true },
      { text: ">…", marked: false },
    ]);
  });

  it("is empty for an empty excerpt", () => {
    expect(trimmedExcerpt("", content)).toEqual([]);
  });
});
