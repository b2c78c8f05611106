import { describe, expect, it } from "vitest";
import {
  featureLabel,
  formatPosition,
  formatValue,
  isRecord,
  problemList,
} from "../../../src/maps/map-problem.ts";

describe("featureLabel", () => {
  it.each<[string, number, unknown, string]>([
    [
      "names a feature by number and title",
      2,
      { properties: { title: "Hayyaniyah" } },
      'map feature 3 ("Hayyaniyah")',
    ],
    ["numbers a feature without a title", 0, { properties: {} }, "map feature 1"],
    ["numbers a feature whose title is blank", 4, { properties: { title: " " } }, "map feature 5"],
    ["numbers a feature whose title is not text", 1, { properties: { title: 7 } }, "map feature 2"],
    ["numbers something that is not a feature", 0, "x", "map feature 1"],
  ])("%s", (_, index, feature, label) => {
    expect(featureLabel(index, feature)).toBe(label);
  });
});

describe("formatValue", () => {
  it.each<[unknown, string]>([
    [42, "42"],
    [Infinity, "Infinity"],
    ["yes", '"yes"'],
    [[Infinity, 30.5], "[Infinity, 30.5]"],
    [{ a: 1 }, '{"a":1}'],
    [undefined, "undefined"],
  ])("formats %j as %s", (value, text) => {
    expect(formatValue(value)).toBe(text);
  });
});

describe("formatPosition", () => {
  it("writes a position as JSON with a space after each comma", () => {
    expect(formatPosition([47.81, 30.515])).toBe("[47.81, 30.515]");
  });
});

describe("isRecord", () => {
  it.each<[unknown, boolean]>([
    [{}, true],
    [[], false],
    [null, false],
    ["x", false],
  ])("is %j an object: %s", (value, expected) => {
    expect(isRecord(value)).toBe(expected);
  });
});

describe("problemList", () => {
  it("starts every message with the label and keeps path and fix", () => {
    const { problems, report } = problemList('map feature 1 ("Basra")');
    report(["title"], 'has no "title"', "add one");
    expect(problems).toEqual([
      { path: ["title"], message: 'map feature 1 ("Basra"): has no "title"', fix: "add one" },
    ]);
  });
});

describe("formatValue: long values cut short", () => {
  it.each([
    ["a string of 60 characters, whole", "x".repeat(58), `"${"x".repeat(58)}"`],
    [
      "a 50,000-character string, cut at 60 with its length",
      "2008-03-27".repeat(5000),
      `"${"2008-03-27".repeat(6).slice(0, 57)}…" (50,000 characters)`,
    ],
    [
      "a long list, cut with the length of its JSON",
      Array.from({ length: 40 }, () => 1),
      `[${Array.from({ length: 40 }, () => 1)
        .join(", ")
        .slice(0, 57)}… (120 characters)`,
    ],
    ["emoji are never cut in half", "🚀".repeat(100), `"${"🚀".repeat(57)}…" (100 characters)`],
  ])("%s", (_, value, expected) => {
    expect(formatValue(value)).toBe(expected);
    expect(Array.from(formatValue(value).split(" (")[0] ?? "").length).toBeLessThanOrEqual(60);
  });
});
