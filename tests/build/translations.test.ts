import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildSite, projectRoot, readPage, runVerify } from "../helpers/build-site.ts";

const fixture = path.join(projectRoot, "tests/fixtures/posts/translations");
const base = "https://dispatch.test/basra-blog";
const en = `${base}/posts/zubair-pipeline/`;
const ar = `${base}/posts/zubair-pipeline-ar/`;
const alternates = [
  { hreflang: "ar", href: ar },
  { hreflang: "en", href: en },
  { hreflang: "x-default", href: en },
];

describe("a post and its Arabic translation, built for /basra-blog/", () => {
  const site = buildSite({ posts: fixture, args: ["--pathprefix=/basra-blog/"] });
  const arabic = () => readPage(site.output, "posts/zubair-pipeline-ar/");
  const english = () => readPage(site.output, "posts/zubair-pipeline/");
  const text = (document: Document, selector: string) =>
    [...document.querySelectorAll(selector)].map((element) => element.textContent?.trim());

  it("builds with no warning about translations and passes npm run verify, hreflang pairs included", () => {
    expect(site.exitCode).toBe(0);
    expect(site.stderr).not.toContain("translationKey");
    const verify = runVerify(site.root);
    expect(verify.stderr).toBe("");
    expect(verify.exitCode).toBe(0);
  });

  it("declares the Arabic post's language and direction on <html>, and the site's on its chrome", () => {
    const html = arabic().documentElement;
    expect([html.getAttribute("lang"), html.getAttribute("dir")]).toEqual(["ar", "rtl"]);
    for (const selector of [".skip-link", ".site-header", ".site-footer", ".post-chrome"]) {
      const chrome = arabic().querySelector(selector);
      expect([selector, chrome?.getAttribute("lang"), chrome?.getAttribute("dir")]).toEqual([
        selector,
        "en",
        "ltr",
      ]);
    }
  });

  it("leaves the English post's page as every English page: lang on <html>, no dir, no chrome lang", () => {
    const html = english().documentElement;
    expect([html.getAttribute("lang"), html.hasAttribute("dir")]).toEqual(["en", false]);
    expect(english().querySelector(".site-header")?.hasAttribute("lang")).toBe(false);
  });

  it.each([
    ["English", english, "en_US", ["ar_EG"]],
    ["Arabic", arabic, "ar_EG", ["en_US"]],
  ])(
    "links every version from the %s page's head, itself and x-default included, with og:locale",
    (_name, page, locale, otherLocales) => {
      const document = page();
      const links = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map(
        (link) => ({ hreflang: link.getAttribute("hreflang"), href: link.getAttribute("href") }),
      );
      expect(links).toEqual(alternates);
      const content = (property: string) =>
        [...document.querySelectorAll(`meta[property="${property}"]`)].map((meta) =>
          meta.getAttribute("content"),
        );
      expect(content("og:locale")).toEqual([locale]);
      expect(content("og:locale:alternate")).toEqual(otherLocales);
    },
  );

  it.each([
    [
      "English",
      english,
      "Also in",
      "العربية",
      "ar",
      "rtl",
      "/basra-blog/posts/zubair-pipeline-ar/",
    ],
    [
      "Arabic",
      arabic,
      "متوفر أيضًا باللغة",
      "English",
      "en",
      "ltr",
      "/basra-blog/posts/zubair-pipeline/",
    ],
  ])(
    "shows under the %s byline the other version, named in its own language with its lang and hreflang",
    (_name, page, words, name, lang, dir, href) => {
      const paragraph = page().querySelector(".post-header .translations");
      expect(paragraph?.querySelector("span")?.textContent).toBe(words);
      const link = paragraph?.querySelector("a");
      expect({
        name: link?.textContent,
        lang: link?.getAttribute("lang"),
        hreflang: link?.getAttribute("hreflang"),
        dir: link?.getAttribute("dir"),
        href: link?.getAttribute("href"),
      }).toEqual({ name, lang, hreflang: lang, dir, href });
    },
  );

  it("prints the Arabic post's byline, headings and dates in Arabic, with Latin digits", () => {
    const document = arabic();
    expect(text(document, ".byline .author")).toEqual(["بقلم Nadia Karim"]);
    expect(document.querySelector(".byline .author a")?.getAttribute("dir")).toBe("auto");
    expect(text(document, ".byline > time, .byline .updated, .byline .reading-time")).toEqual([
      "27 مارس 2008",
      "آخر تحديث 29 مارس 2008",
      "مدة القراءة دقيقة واحدة",
    ]);
    expect(text(document, "#toc-heading, #sources-heading, #corrections-heading")).toEqual([
      "المحتويات",
      "تصحيحات وتحديثات",
      "المصادر",
    ]);
    expect(text(document, ".correction strong")).toEqual(["تحديث، 29 مارس 2008:"]);
    expect(text(document, ".citation time")).toEqual(["27 مارس 2008", "28 مارس 2008"]);
    // Each part of a source isolated, so an English source keeps its order on an Arabic page.
    expect(
      [...document.querySelectorAll(".citation cite, .citation-publisher")].map((part) =>
        part.getAttribute("dir"),
      ),
    ).toEqual(["auto", "auto", "auto", "auto"]);
    expect(text(document, ".post-footer h2")).toEqual(["مواضيع"]);
  });

  it("keeps the English post's words and dates in English", () => {
    const document = english();
    expect(text(document, ".byline .author, .byline > time, .byline .reading-time")).toEqual([
      "By Nadia Karim",
      "27 March 2008",
      "1 min read",
    ]);
    expect(text(document, "#toc-heading, #sources-heading")).toEqual(["Contents", "Sources"]);
  });

  it("marks the Arabic title with its lang and dir where the site's words surround it", () => {
    const title = "تفجير خط أنابيب الزبير 1 جنوب البصرة";
    const marked = (document: Document, selector: string) =>
      [...document.querySelectorAll(selector)]
        .filter((element) => element.textContent?.trim() === title)
        .map((element) => `${element.getAttribute("lang")} ${element.getAttribute("dir")}`);
    expect(marked(english(), ".post-navigation a")).toEqual(["ar rtl"]);
    expect(marked(readPage(site.output, "archive/"), "main a")).toEqual(["ar rtl"]);
    // On the front page the Arabic story's card is Arabic: its topic, headline, dek and byline.
    const home = readPage(site.output, "");
    const cards = [...home.querySelectorAll(".story-text")].map((card) => [
      card.getAttribute("lang"),
      card.getAttribute("dir"),
      card.querySelector(".story-headline")?.textContent?.trim(),
      card.querySelector(".byline")?.textContent?.replace(/\s+/g, " ").trim(),
    ]);
    expect(cards).toEqual([
      ["ar", "rtl", title, "بقلم Nadia Karim · 27 مارس 2008 · مدة القراءة دقيقة واحدة"],
      [null, null, "The Zubair-1 pipeline bombing", "By Nadia Karim · 27 March 2008 · 1 min read"],
    ]);
  });

  it("gives each post's JSON-LD its own inLanguage", () => {
    const inLanguage = (document: Document) =>
      [...document.querySelectorAll('script[type="application/ld+json"]')]
        .map((script) => JSON.parse(script.textContent ?? "{}") as { inLanguage?: string })
        .flatMap((node) => (node.inLanguage ? [node.inLanguage] : []));
    expect(inLanguage(arabic())).toEqual(["ar"]);
    expect(inLanguage(english())).toEqual(["en"]);
  });

  it("gives the Arabic entry of the feeds its language: Atom xml:lang, JSON Feed language", () => {
    const atom = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(
      readFileSync(path.join(site.output, "feed.xml"), "utf8"),
    ) as { feed: { "xml:lang": string; entry: { "xml:lang"?: string; link: { href: string } }[] } };
    expect(atom.feed["xml:lang"]).toBe("en");
    expect(atom.feed.entry.map((entry) => [entry.link.href, entry["xml:lang"]]).sort()).toEqual([
      [ar, "ar"],
      [en, undefined],
    ]);
    const json = JSON.parse(readFileSync(path.join(site.output, "feed.json"), "utf8")) as {
      language: string;
      items: { url: string; language?: string }[];
    };
    expect(json.language).toBe("en");
    expect(json.items.map((item) => [item.url, item.language]).sort()).toEqual([
      [ar, "ar"],
      [en, undefined],
    ]);
  });

  it("indexes both versions for search in one index, the site's language, which the search page loads", () => {
    const entry = JSON.parse(
      readFileSync(path.join(site.output, "pagefind/pagefind-entry.json"), "utf8"),
    ) as { languages: Record<string, { page_count: number }> };
    expect(
      Object.entries(entry.languages).map(([lang, index]) => [lang, index.page_count]),
    ).toEqual([["en", 2]]);
  });

  it("lists the alternates of both versions in the sitemap, in the XHTML namespace", () => {
    const xml = readFileSync(path.join(site.output, "sitemap.xml"), "utf8");
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      isArray: (name) => name === "url" || name === "xhtml:link",
    });
    const { urlset } = parser.parse(xml) as {
      urlset: {
        "xmlns:xhtml": string;
        url: { loc: string; "xhtml:link"?: { rel: string; hreflang: string; href: string }[] }[];
      };
    };
    expect(urlset["xmlns:xhtml"]).toBe("http://www.w3.org/1999/xhtml");
    const byLoc = new Map(urlset.url.map((url) => [url.loc, url["xhtml:link"]]));
    for (const loc of [en, ar]) {
      expect(byLoc.get(loc)).toEqual(alternates.map((a) => ({ rel: "alternate", ...a })));
    }
    expect(byLoc.get(`${base}/`)).toBeUndefined();
  });
});
