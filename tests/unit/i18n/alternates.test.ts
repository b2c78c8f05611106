import { describe, expect, it } from "vitest";
import { alternatesOf, translationLinks } from "../../../src/i18n/alternates.ts";

const en = { url: "https://example.org/posts/zubair/", lang: "en" };
const ar = { url: "https://example.org/posts/zubair-ar/", lang: "ar" };
const fr = { url: "https://example.org/posts/zubair-fr/", lang: "fr" };

describe("alternatesOf", () => {
  it.each([
    [
      "every version, itself included, then x-default for the site's language",
      [en, ar],
      "en",
      [
        { hreflang: "ar", href: ar.url },
        { hreflang: "en", href: en.url },
        { hreflang: "x-default", href: en.url },
      ],
    ],
    [
      "no x-default when no version is in the site's language",
      [fr, ar],
      "en",
      [
        { hreflang: "ar", href: ar.url },
        { hreflang: "fr", href: fr.url },
      ],
    ],
    ["nothing for a version alone", [ar], "en", []],
  ])("lists %s", (_name, versions, siteLanguage, alternates) => {
    expect(alternatesOf(versions, siteLanguage)).toEqual(alternates);
  });
});

describe("translationLinks", () => {
  it.each([
    [
      en.url,
      [
        { href: ar.url, lang: "ar", dir: "rtl", name: "العربية" },
        { href: fr.url, lang: "fr", dir: "ltr", name: "Français" },
      ],
    ],
    [
      ar.url,
      [
        { href: en.url, lang: "en", dir: "ltr", name: "English" },
        { href: fr.url, lang: "fr", dir: "ltr", name: "Français" },
      ],
    ],
  ])("links the page at %s to the other versions, named in their own language", (self, links) => {
    expect(translationLinks([en, ar, fr], self)).toEqual(links);
  });
});
