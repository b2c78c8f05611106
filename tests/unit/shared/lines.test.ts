import { describe, expect, it } from "vitest";
import { bodyLineOffset, lineAtOffset } from "../../../src/shared/lines.ts";

const post = ["---", "title: Basra", "date: 2008-03-27", "tags: [Iraq]", "---", "", "Body."].join(
  "\n",
);

describe("bodyLineOffset", () => {
  it.each([
    [post, 5],
    ["---\r\ntitle: x\r\n---\r\nBody", 3],
    ["\uFEFF---\ntitle: x\n---\nBody", 3],
    ['---json\n{"title": "x"}\n---\nBody', 3],
    ["No front matter.\n---\n", 0],
    ["---\nnever closed\n", 0],
    ["", 0],
  ])("counts the front-matter lines of %j as %i", (source, lines) => {
    expect(bodyLineOffset(source)).toBe(lines);
  });
});

describe("lineAtOffset", () => {
  it.each([
    [0, 1],
    [3, 1],
    [4, 2],
    [8, 3],
  ])("puts offset %i on line %i", (offset, line) => {
    expect(lineAtOffset("abc\ndef\nghi", offset)).toBe(line);
  });
});
