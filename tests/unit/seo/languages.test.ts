import { describe, expect, it } from "vitest";
import {
  otherLanguageAttributes,
  pageLanguage,
  pageTranslations,
} from "../../../src/seo/languages.ts";

const site = { url: "https://example.org", pathPrefix: "/basra-blog/" };

describe("pageLanguage", () => {
  it.each([
    [undefined, "en", { lang: "en", dir: "ltr", chrome: "", ogLocale: "en_US" }],
    ["ar", "en", { lang: "ar", dir: "rtl", chrome: ' lang="en" dir="ltr"', ogLocale: "ar_EG" }],
    [
      "AR-iq",
      "en",
      { lang: "ar-IQ", dir: "rtl", chrome: ' lang="en" dir="ltr"', ogLocale: "ar_IQ" },
    ],
    ["fr", "ar", { lang: "fr", dir: "ltr", chrome: ' lang="ar" dir="rtl"', ogLocale: "fr_FR" }],
    ["en", "en", { lang: "en", dir: "ltr", chrome: "", ogLocale: "en_US" }],
    [42, "en", { lang: "en", dir: "ltr", chrome: "", ogLocale: "en_US" }],
  ])("gives a page with lang %j on a site in %s %j", (lang, siteLanguage, expected) => {
    expect(pageLanguage(lang, siteLanguage)).toEqual(expected);
  });
});

describe("pageTranslations", () => {
  const posts = [
    { url: "/posts/zubair/", data: { translationKey: "zubair" } },
    { url: "/posts/zubair-ar/", data: { translationKey: "zubair", lang: "ar" } },
    { url: "/posts/other/", data: { translationKey: "other", lang: "fr" } },
    { url: "/posts/plain/", data: {} },
  ];

  it("gives a post its alternates (itself and x-default included) and links to the others", () => {
    expect(pageTranslations(posts, "/posts/zubair/", site, "en")).toEqual({
      alternates: [
        { hreflang: "ar", href: "https://example.org/basra-blog/posts/zubair-ar/" },
        { hreflang: "en", href: "https://example.org/basra-blog/posts/zubair/" },
        { hreflang: "x-default", href: "https://example.org/basra-blog/posts/zubair/" },
      ],
      links: [
        {
          href: "https://example.org/basra-blog/posts/zubair-ar/",
          path: "/posts/zubair-ar/",
          lang: "ar",
          dir: "rtl",
          name: "العربية",
        },
      ],
      ogAlternates: ["ar_EG"],
    });
  });

  it.each([
    ["a post whose key no published post shares", "/posts/other/"],
    ["a post without a key", "/posts/plain/"],
    ["a page that is not a post", "/archive/"],
  ])("gives %s no translations", (_name, url) => {
    expect(pageTranslations(posts, url, site, "en")).toEqual({
      alternates: [],
      links: [],
      ogAlternates: [],
    });
  });
});

describe("otherLanguageAttributes", () => {
  it.each([
    ["ar", "en", ' lang="ar" dir="rtl"'],
    ["fr-ca", "en", ' lang="fr-CA" dir="ltr"'],
    ["en", "en", ""],
    [undefined, "en", ""],
    ["en", "ar", ' lang="en" dir="ltr"'],
  ])("marks a title in %j on a site in %s with %j", (lang, siteLanguage, attributes) => {
    expect(otherLanguageAttributes(lang, siteLanguage)).toBe(attributes);
  });
});
