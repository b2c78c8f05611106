import { describe, expect, it } from "vitest";
import {
  bodyLineOffset,
  frontMatterFieldLine,
  lineAtOffset,
} from "../../../src/content/source-lines.ts";

const post = ["---", "title: Basra", "date: 2008-03-27", "tags: [Iraq]", "---", "", "Body."].join(
  "\n",
);

describe("bodyLineOffset", () => {
  it.each([
    [post, 5],
    ["---\r\ntitle: x\r\n---\r\nBody", 3],
    ["No front matter.\n---\n", 0],
    ["---\nnever closed\n", 0],
    ["", 0],
  ])("counts the front-matter lines of %j as %i", (source, lines) => {
    expect(bodyLineOffset(source)).toBe(lines);
  });
});

describe("frontMatterFieldLine", () => {
  it.each([
    ["title", 2],
    ["date", 3],
    ["tags", 4],
    ["summary", undefined],
  ])("finds %s on line %s", (field, line) => {
    expect(frontMatterFieldLine(post, field)).toBe(line);
  });

  it("does not look in the body", () => {
    expect(frontMatterFieldLine("---\na: 1\n---\nsummary: no\n", "summary")).toBeUndefined();
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
