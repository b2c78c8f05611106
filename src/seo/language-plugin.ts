/**
 * The filters the templates read a page's language and translations from (`./languages.ts`):
 *
 * - `pageLanguage` (a page's `lang` → {@link PageLanguage}): `<html lang dir>`, the chrome's
 *   attributes, `og:locale`;
 * - `pageTranslations` (the `posts` collection, the page's URL → {@link PageTranslations}): the
 *   `hreflang` alternates, recorded for the sitemap, and the "Also in" links;
 * - `postWords` (a page's `lang` → `PostWords`): the byline's and headings' words
 *   (`../i18n/words.ts`);
 * - `langAttributes` (a post's `lang` → ` lang="ar" dir="rtl"` or `""`): on a post's title and
 *   summary in lists and links, where the site's words surround them;
 * - `postDate` (a date, a page's `lang` → text): a date as the post's language writes it, in the
 *   site's time zone (`27 March 2008`, `27 مارس 2008`).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Alternate } from "../i18n/alternates.ts";
import { dateLocale, postWords } from "../i18n/words.ts";
import { readableDate, type DateInput } from "../content/front-matter/dates.ts";
import {
  otherLanguageAttributes,
  pageLanguage,
  pageTranslations,
  type TranslatableItem,
} from "./languages.ts";
import type { SiteOrigin } from "./urls.ts";

/** The site settings the language filters read. */
export interface LanguageSite extends SiteOrigin {
  /** The site's BCP 47 tag. */
  language: string;
  /** IANA time zone of dates. */
  timeZone: string;
}

/**
 * Registers the language filters.
 * @param alternates filled with each page's `hreflang` alternates by its root-relative URL, for
 *   the sitemap; the caller clears it before each build
 */
export function registerLanguageFilters(
  eleventyConfig: UserConfig,
  site: LanguageSite,
  alternates: Map<string, Alternate[]>,
): void {
  eleventyConfig.addFilter("pageLanguage", (lang: unknown) => pageLanguage(lang, site.language));
  eleventyConfig.addFilter(
    "pageTranslations",
    (posts: readonly TranslatableItem[] | undefined, url: string | false) => {
      const translations = pageTranslations(posts ?? [], url, site, site.language);
      if (typeof url === "string" && translations.alternates.length > 0) {
        alternates.set(url, translations.alternates);
      }
      return translations;
    },
  );
  eleventyConfig.addFilter("langAttributes", (lang: unknown) =>
    otherLanguageAttributes(lang, site.language),
  );
  eleventyConfig.addFilter("postWords", (lang: unknown) =>
    postWords(pageLanguage(lang, site.language).lang, site.language),
  );
  eleventyConfig.addFilter("postDate", (date: DateInput, lang: unknown) =>
    readableDate(date, site.timeZone, dateLocale(pageLanguage(lang, site.language).lang)),
  );
}
