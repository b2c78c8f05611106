import { describe, expect, it } from "vitest";
import { readableDate } from "../../../src/content/front-matter/dates.ts";
import { dateLocale, postWords } from "../../../src/i18n/words.ts";

describe("postWords", () => {
  it.each([
    ["ar", "en", "بقلم", "المصادر", "ar", "rtl", ""],
    ["ar-IQ", "en", "بقلم", "المصادر", "ar-IQ", "rtl", ""],
    ["fr", "en", "Par", "Sources", "fr", "ltr", ""],
    ["en", "en", "By", "Sources", "en", "ltr", ""],
    ["fa", "en", "By", "Sources", "en", "ltr", ' lang="en" dir="ltr"'],
    ["de", "fr", "Par", "Sources", "fr", "ltr", ' lang="fr" dir="ltr"'],
    ["he", "ar", "بقلم", "المصادر", "ar", "rtl", ' lang="ar" dir="rtl"'],
  ])(
    "gives a post in %s on a site in %s the byline word %s and the heading %s",
    (postLang, siteLanguage, by, sources, lang, dir, attributes) => {
      const words = postWords(postLang, siteLanguage);
      expect([words.by, words.sources, words.lang, words.dir, words.attributes]).toEqual([
        by,
        sources,
        lang,
        dir,
        attributes,
      ]);
    },
  );

  it.each([
    ["en", 1, "1 min read"],
    ["en", 7, "7 min read"],
    ["fr", 4, "4 min de lecture"],
    ["ar", 1, "مدة القراءة دقيقة واحدة"],
    ["ar", 2, "مدة القراءة دقيقتان"],
    ["ar", 5, "مدة القراءة 5 دقائق"],
    ["ar", 11, "مدة القراءة 11 دقيقة"],
    ["ar", 100, "مدة القراءة 100 دقيقة"],
  ])("writes the reading time in %s for %i minutes as %s", (lang, minutes, text) => {
    expect(postWords(lang, "en").readingTime(minutes)).toBe(text);
  });
});

describe("dateLocale", () => {
  it.each([
    ["ar", "ar-u-ca-gregory-nu-latn", "27 مارس 2008"],
    ["ar-IQ", "ar-IQ-u-ca-gregory-nu-latn", "27 آذار 2008"],
    ["ar-u-nu-arab", "ar-u-ca-gregory-nu-arab", "٢٧ مارس ٢٠٠٨"],
    ["fa", "fa-u-ca-gregory", "۲۷ مارس ۲۰۰۸"],
    ["en", "en-u-ca-gregory", "27 March 2008"],
    ["fr", "fr-u-ca-gregory", "27 mars 2008"],
  ])("writes dates of a post in %s in %s, as luxon formats them: %s", (tag, locale, date) => {
    expect(dateLocale(tag)).toBe(locale);
    expect(readableDate("2008-03-27", "Asia/Baghdad", dateLocale(tag))).toBe(date);
  });
});
