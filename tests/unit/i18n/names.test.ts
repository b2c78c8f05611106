import { describe, expect, it } from "vitest";
import { languageName, openGraphLocale } from "../../../src/i18n/names.ts";

describe("languageName", () => {
  it.each([
    ["ar", "العربية"],
    ["en", "English"],
    ["fr", "Français"],
    ["fa", "فارسی"],
    ["he", "עברית"],
    ["ur", "اردو"],
    ["de", "Deutsch"],
  ])("names %s in itself: %s", (tag, name) => {
    expect(languageName(tag)).toBe(name);
  });
});

describe("openGraphLocale", () => {
  it.each([
    ["en", "en_US"],
    ["ar", "ar_EG"],
    ["ar-IQ", "ar_IQ"],
    ["fr-CA", "fr_CA"],
    ["ku-Arab", "ku_IQ"],
  ])("writes %s as %s", (tag, locale) => {
    expect(openGraphLocale(tag)).toBe(locale);
  });
});
