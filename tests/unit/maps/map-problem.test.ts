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
