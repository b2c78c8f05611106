/**
 * A post's translations as `hreflang` alternates: the links in its head
 * (`<link rel="alternate" hreflang="ar" href="…">`), in the sitemap (`xhtml:link`) and the visible
 * "Also in" link.
 *
 * Google's rules (https://developers.google.com/search/docs/specialty/international/localized-versions):
 * every version lists every version, itself included, by absolute URL; the links go both ways;
 * `hreflang` is a BCP 47 tag; `x-default` names the page for readers whose language none of the
 * versions is. Here `x-default` is the version in the site's own language, when there is one: the
 * site's chrome, home page and feeds are in it, so it is the one a reader of any other language
 * lands on.
 */
import { languageName } from "./names.ts";
import { textDirection } from "./direction.ts";

/** Orders versions by their tags, code point by code point: `ar` before `en` before `fr`. */
function byLanguage(a: { lang: string }, b: { lang: string }): number {
  return a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0;
}

/** One published version of a text. */
export interface TranslationVersion {
  /** Absolute URL of its page. */
  url: string;
  /** Its canonical BCP 47 tag. */
  lang: string;
}

/** One `hreflang` alternate of a page. */
export interface Alternate {
  /** A BCP 47 tag, or `x-default`. */
  hreflang: string;
  /** Absolute URL. */
  href: string;
}

/** A translation shown to readers: "Also in العربية". */
export interface TranslationLink {
  /** Absolute URL. */
  href: string;
  /** The BCP 47 tag of the page it links to (`lang` and `hreflang` of the link). */
  lang: string;
  /** Its direction (`dir` of the link). */
  dir: "ltr" | "rtl";
  /** The language's name in that language ({@link languageName}). */
  name: string;
}

/**
 * The `hreflang` alternates of every version of one text: each version by its language, sorted by
 * tag, then `x-default` for the version in the site's language when there is one. Empty when
 * there is only one version (a page alone has no alternates).
 * @param versions the published versions, at most one per language (the build refuses more)
 * @param siteLanguage the site's canonical BCP 47 tag
 */
export function alternatesOf(
  versions: readonly TranslationVersion[],
  siteLanguage: string,
): Alternate[] {
  if (versions.length < 2) return [];
  const sorted = [...versions].sort(byLanguage);
  const alternates: Alternate[] = sorted.map((version) => ({
    hreflang: version.lang,
    href: version.url,
  }));
  const fallback = sorted.find((version) => version.lang === siteLanguage);
  if (fallback) alternates.push({ hreflang: "x-default", href: fallback.url });
  return alternates;
}

/**
 * The translations to show on one version's page: every other version, sorted by tag, with its
 * language's own name.
 * @param self the absolute URL of the page shown
 * @throws RangeError when a version's `lang` is not BCP 47
 */
export function translationLinks(
  versions: readonly TranslationVersion[],
  self: string,
): TranslationLink[] {
  return versions
    .filter((version) => version.url !== self)
    .sort(byLanguage)
    .map((version) => ({
      href: version.url,
      lang: version.lang,
      dir: textDirection(version.lang),
      name: languageName(version.lang),
    }));
}
