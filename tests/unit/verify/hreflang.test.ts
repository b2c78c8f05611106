import { describe, expect, it } from "vitest";
import {
  checkHreflang,
  readPageLanguages,
  type PageLanguages,
} from "../../../src/verify/hreflang.ts";

const EN = "https://example.org/posts/zubair/";
const AR = "https://example.org/posts/zubair-ar/";

/** A built page: its lang, canonical URL and alternates, one `<link>` a line from line 4. */
function page(lang: string, canonical: string, alternates: [string, string][]): string {
  return [
    "<!doctype html>",
    `<html lang="${lang}">`,
    `<head><link rel="canonical" href="${canonical}">`,
    ...alternates.map(
      ([hreflang, href]) => `<link rel="alternate" hreflang="${hreflang}" href="${href}">`,
    ),
    "</head><body><p>Text</p></body></html>",
  ].join("\n");
}

const pair: [string, string][] = [
  ["ar", AR],
  ["en", EN],
  ["x-default", EN],
];

describe("readPageLanguages", () => {
  it("reads <html lang>, the canonical URL and each alternate with its line", () => {
    expect(readPageLanguages(page("ar", AR, pair), "posts/zubair-ar/index.html")).toEqual({
      file: "posts/zubair-ar/index.html",
      lang: "ar",
      canonical: AR,
      alternates: [
        { hreflang: "ar", href: AR, line: 4 },
        { hreflang: "en", href: EN, line: 5 },
        { hreflang: "x-default", href: EN, line: 6 },
      ],
    });
  });
});

describe("checkHreflang", () => {
  const read = (files: Record<string, string>): PageLanguages[] =>
    Object.entries(files).map(([file, html]) => readPageLanguages(html, file));
  const messages = (files: Record<string, string>) =>
    checkHreflang(read(files)).map((p) => `${p.file}:${p.line}: [${p.check}] ${p.message}`);

  it.each([
    [
      "a sound pair, and the redirect page at the English post's old URL (noindex, canonical the post) after it",
      {
        "en.html": page("en", EN, pair),
        "ar.html": page("ar", AR, pair),
        "old/index.html": page("en", EN, []).replace(
          "<head>",
          '<head><meta name="robots" content="noindex">',
        ),
      },
      [],
    ],
    [
      "a sound pair and a page without translations",
      {
        "en.html": page("en", EN, pair),
        "ar.html": page("ar", AR, pair),
        "index.html": page("en", "https://example.org/", []),
      },
      [],
    ],
    [
      "an hreflang that is not BCP 47",
      {
        "en.html": page("en", EN, [
          ["ar_EG", AR],
          ["en", EN],
        ]),
        "ar.html": page("ar", AR, pair),
      },
      [
        'en.html:4: [hreflang] hreflang="ar_EG" is not a BCP 47 language tag; fix: write a tag such as ar, en or fr-CA (the lang: of the post at https://example.org/posts/zubair-ar/), or x-default',
      ],
    ],
    [
      "an alternate that is no page of the output",
      {
        "en.html": page("en", EN, [
          ["ar", AR],
          ["en", EN],
        ]),
      },
      [
        'en.html:4: [hreflang] the hreflang="ar" alternate https://example.org/posts/zubair-ar/ is no page of this site (no page has it as its canonical URL); fix: publish that translation (is it a draft, or scheduled?), or correct its URL; a translation shares this post\'s translationKey',
      ],
    ],
    [
      "a one-way alternate, naming both pages",
      {
        "en.html": page("en", EN, pair),
        "ar.html": page("ar", AR, [["ar", AR]]),
      },
      [
        'en.html:4: [hreflang] ar.html (hreflang="ar") does not link back to this page (https://example.org/posts/zubair/); search engines ignore one-way alternates; fix: give both posts the same translationKey and build again',
      ],
    ],
    [
      "a page given a language that is not its own lang",
      { "en.html": page("en", EN, pair), "ar.html": page("fa", AR, pair) },
      [
        'ar.html:4: [hreflang] the page lists itself as hreflang="ar" but its <html lang> is "fa"; fix: make them the same language (the post\'s lang:)',
        'en.html:4: [hreflang] the hreflang="ar" alternate https://example.org/posts/zubair-ar/ is ar.html, whose <html lang> is "fa"; fix: set lang: ar in that post\'s front matter, or give the alternate the page\'s own language',
      ],
    ],
    [
      "a page that does not list itself",
      { "en.html": page("en", EN, [["ar", AR]]), "ar.html": page("ar", AR, pair) },
      [
        'en.html:4: [hreflang] the page\'s hreflang alternates do not list the page itself (https://example.org/posts/zubair/); fix: add <link rel="alternate" hreflang="en" href="https://example.org/posts/zubair/">, as the build does for a post with translations',
      ],
    ],
  ])("reports %s", (_name, files, expected) => {
    expect(messages(files).sort()).toEqual([...expected].sort());
  });
});
