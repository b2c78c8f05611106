import { describe, expect, it } from "vitest";
import { canonicalLanguageTag, isRightToLeft, textDirection } from "../../../src/i18n/direction.ts";

describe("textDirection", () => {
  it.each([
    ["ar", "rtl"],
    ["ar-IQ", "rtl"],
    ["fa", "rtl"],
    ["ur", "rtl"],
    ["he", "rtl"],
    ["yi", "rtl"],
    ["ps", "rtl"],
    ["ckb", "rtl"],
    ["ku-Arab", "rtl"],
    ["dv", "rtl"],
    ["syr", "rtl"],
    ["ku", "ltr"],
    ["az-Latn", "ltr"],
    ["az", "ltr"],
    ["en", "ltr"],
    ["tr", "ltr"],
    ["ar-Latn", "ltr"],
    ["fr-CA", "ltr"],
  ] as const)("writes %s %s", (tag, direction) => {
    expect(textDirection(tag)).toBe(direction);
    expect(isRightToLeft(tag)).toBe(direction === "rtl");
  });

  it("throws a RangeError on a tag that is not BCP 47", () => {
    expect(() => textDirection("ar_EG")).toThrow(RangeError);
  });
});

describe("canonicalLanguageTag", () => {
  it.each([
    ["AR-eg", "ar-EG"],
    ["iw", "he"],
    [" ku-arab ", "ku-Arab"],
    ["ar_EG", undefined],
    ["arabic", undefined],
    ["", undefined],
  ])("reads %j as %j", (tag, canonical) => {
    expect(canonicalLanguageTag(tag)).toBe(canonical);
  });
});
