/**
 * The language of each page and the translations of each post, as the templates print them.
 *
 * Where `lang` and `dir` go. A post's page declares the post's language on `<html>`
 * (`<html lang="ar" dir="rtl">`), and the site's chrome (skip link, masthead, navigation, footer,
 * the links to other posts) carries the site's language on its own elements (`lang="en"
 * dir="ltr"`). W3C i18n asks for the language of the page's text on `<html>` and for `lang` on
 * any element around text in another language
 * (https://www.w3.org/International/questions/qa-html-language-declarations), and `dir="rtl"` on
 * `<html>` when the page's text is right to left (https://www.w3.org/International/questions/qa-html-dir).
 * An Arabic post's text is its headline, dek, body, `<title>`, description and link preview, all
 * in Arabic: with `lang` on `<html>` a screen reader reads the tab's title and the article with
 * an Arabic voice, and a search engine files the page as Arabic; the few English words of the
 * chrome are the passage in another language. Putting `lang` on the `<article>` only would leave
 * the `<title>` and description, which belong to `<html>`, declared English.
 *
 * The same decides the metadata: `og:locale`, JSON-LD `inLanguage` and the `hreflang` links
 * (`../i18n/alternates.ts`), so what a page says of its language is said once.
 */
import { canonicalLanguageTag, textDirection } from "../i18n/direction.ts";
import {
  alternatesOf,
  translationLinks,
  type Alternate,
  type TranslationLink,
} from "../i18n/alternates.ts";
import { openGraphLocale } from "../i18n/names.ts";
import { absoluteUrl, type SiteOrigin } from "./urls.ts";

/** The language of one page, as `base.njk` writes it. */
export interface PageLanguage {
  /** `<html lang>`: the post's canonical tag, else the site's. */
  lang: string;
  /** `<html dir>`. */
  dir: "ltr" | "rtl";
  /**
   * Attributes for the site's chrome: ` lang="en" dir="ltr"` (the site's language) when the page
   * is in another language, else `""`. Built from canonical tags only, so safe to print raw.
   */
  chrome: string;
  /** `og:locale`, `language_TERRITORY`. */
  ogLocale: string;
}

/**
 * The language of a page: a post's `lang` (front matter, already checked as BCP 47), else the
 * site's.
 * @param lang the page's `lang`, if any
 * @param siteLanguage the site's BCP 47 tag
 */
export function pageLanguage(lang: unknown, siteLanguage: string): PageLanguage {
  const site = canonicalLanguageTag(siteLanguage) ?? "en";
  const own = typeof lang === "string" ? canonicalLanguageTag(lang) : undefined;
  const page = own ?? site;
  return {
    lang: page,
    dir: textDirection(page),
    chrome: page === site ? "" : ` lang="${site}" dir="${textDirection(site)}"`,
    ogLocale: openGraphLocale(page),
  };
}

/**
 * The `lang` and `dir` attributes of a post's title or summary shown among the site's own words
 * (lists, the links to other posts): ` lang="ar" dir="rtl"` for a post whose language is not the
 * site's, else `""`. Built from canonical tags only, so safe to print raw.
 * @param lang the post's `lang`, if any
 * @param siteLanguage the site's BCP 47 tag
 */
export function otherLanguageAttributes(lang: unknown, siteLanguage: string): string {
  const own = typeof lang === "string" ? canonicalLanguageTag(lang) : undefined;
  const site = canonicalLanguageTag(siteLanguage) ?? "en";
  return own && own !== site ? ` lang="${own}" dir="${textDirection(own)}"` : "";
}

/** A post as the `posts` collection holds it, read for its translations. */
export interface TranslatableItem {
  /** Root-relative URL, without the path prefix. */
  url: string | false;
  data: { lang?: unknown; translationKey?: unknown };
}

/** A post's translations, as its head and byline print them. */
export interface PageTranslations {
  /** `<link rel="alternate" hreflang>`, itself and `x-default` included; empty without translations. */
  alternates: Alternate[];
  /** The other versions, for the visible "Also in" link, each with its root-relative `path`. */
  links: (TranslationLink & { path: string })[];
  /** `og:locale:alternate` of each other version. */
  ogAlternates: string[];
}

/**
 * The translations of the page at `url`: the published posts (the `posts` collection, so drafts
 * and scheduled posts are never linked) that share its `translationKey`.
 * @param posts the `posts` collection
 * @param url the page's root-relative URL
 * @param site the site's origin and path prefix, for absolute URLs
 * @param siteLanguage the site's BCP 47 tag, the language of a post without `lang`
 */
export function pageTranslations(
  posts: readonly TranslatableItem[],
  url: string | false,
  site: SiteOrigin,
  siteLanguage: string,
): PageTranslations {
  const none = { alternates: [], links: [], ogAlternates: [] };
  const self = posts.find((post) => post.url === url);
  const key = self?.data.translationKey;
  if (typeof key !== "string" || typeof url !== "string") return none;
  const siteTag = canonicalLanguageTag(siteLanguage) ?? "en";
  const paths = new Map<string, string>();
  const versions = posts.flatMap((post) => {
    if (typeof post.url !== "string" || typeof post.data.translationKey !== "string") return [];
    if (post.data.translationKey.trim() !== key.trim()) return [];
    const absolute = absoluteUrl(post.url, site);
    paths.set(absolute, post.url);
    return [{ url: absolute, lang: pageLanguage(post.data.lang, siteTag).lang }];
  });
  if (versions.length < 2) return none;
  const links = translationLinks(versions, absoluteUrl(url, site)).map((link) => ({
    ...link,
    path: paths.get(link.href) ?? link.href,
  }));
  return {
    alternates: alternatesOf(versions, siteTag),
    links,
    ogAlternates: links.map((link) => openGraphLocale(link.lang)),
  };
}
