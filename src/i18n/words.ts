/**
 * The words a post's page prints around the author's text (the byline, the headings of its
 * contents, sources and corrections, the link to its translations), in a few languages, and how
 * its dates are written.
 *
 * A post in Arabic gets its labels in Arabic, as a bilingual publication prints them: BBC Arabic
 * and Al Jazeera's Arabic site set every word of an article page in Arabic (بقلم, المصادر, مدة
 * القراءة), and a screen reader reading `<html lang="ar">` speaks English labels with an Arabic
 * voice. The site's own chrome (masthead, navigation, footer) stays in the site's language and
 * carries its `lang` and `dir` (layouts/base.njk). A post in a language this table lacks gets the
 * site's words, marked with the site's `lang` and `dir` ({@link PostWords.attributes}), as W3C
 * i18n asks for any passage in another language
 * (https://www.w3.org/International/questions/qa-html-language-declarations).
 */
import { textDirection } from "./direction.ts";

/** The words of a post's page in one language. */
export interface WordTable {
  /** Before the author's name: "By". */
  by: string;
  /** Before the date of the last update: "Updated". */
  updated: string;
  /** The table of contents' heading. */
  contents: string;
  /** The citations' heading. */
  sources: string;
  /** The corrections' heading. */
  corrections: string;
  /** One correction's label. */
  correction: string;
  /** One update's label. */
  update: string;
  /** The comma between a label and its date: `", "`, Arabic's `"، "`. */
  comma: string;
  /** The tags' heading (read by screen readers only). */
  topics: string;
  /** Before the names of the languages a post is also published in: "Also in". */
  alsoIn: string;
  /** The reading time, from whole minutes (at least 1). */
  readingTime: (minutes: number) => string;
  /**
   * The link after a citation to its archived copy, a sentence of its own after the citation's
   * full stop (the template adds its own full stop): "Archived copy".
   */
  archived: string;
  /** The archived link's accessible name, before the citation's title: "Archived copy of". */
  archivedCopyOf: string;
  /** The heading of the "Cite this analysis" block. */
  citeThis: string;
  /** Before the BibTeX and RIS links: "Download the reference:". */
  downloadReference: string;
  /** Before the licence's name: "Reuse:". */
  reuse: string;
}

/** Arabic's reading time, by CLDR's plural categories (`Intl.PluralRules("ar")`). */
function arabicMinutes(minutes: number): string {
  const category = new Intl.PluralRules("ar").select(minutes);
  const count =
    category === "one"
      ? "دقيقة واحدة"
      : category === "two"
        ? "دقيقتان"
        : category === "few"
          ? `${minutes} دقائق`
          : `${minutes} دقيقة`;
  return `مدة القراءة ${count}`;
}

/** The word tables, by language subtag (`ar`, `en`, `fr`). */
export const wordTables: Readonly<Record<string, WordTable>> = {
  en: {
    by: "By",
    updated: "Updated",
    contents: "Contents",
    sources: "Sources",
    corrections: "Corrections and updates",
    correction: "Correction",
    update: "Update",
    comma: ", ",
    topics: "Topics",
    alsoIn: "Also in",
    readingTime: (minutes) => `${minutes} min read`,
    archived: "Archived copy",
    archivedCopyOf: "Archived copy of",
    citeThis: "Cite this analysis",
    downloadReference: "Download the reference:",
    reuse: "Reuse:",
  },
  ar: {
    by: "بقلم",
    updated: "آخر تحديث",
    contents: "المحتويات",
    sources: "المصادر",
    corrections: "تصحيحات وتحديثات",
    correction: "تصحيح",
    update: "تحديث",
    comma: "، ",
    topics: "مواضيع",
    alsoIn: "متوفر أيضًا باللغة",
    readingTime: arabicMinutes,
    archived: "نسخة مؤرشفة",
    archivedCopyOf: "نسخة مؤرشفة من",
    citeThis: "للاستشهاد بهذا التحليل",
    downloadReference: "تنزيل المرجع:",
    reuse: "إعادة الاستخدام:",
  },
  fr: {
    by: "Par",
    updated: "Mis à jour le",
    contents: "Sommaire",
    sources: "Sources",
    corrections: "Corrections et mises à jour",
    correction: "Correction",
    update: "Mise à jour",
    comma: ", ",
    topics: "Thèmes",
    alsoIn: "Aussi en",
    readingTime: (minutes) => `${minutes} min de lecture`,
    archived: "Copie archivée",
    archivedCopyOf: "Copie archivée de",
    citeThis: "Citer cette analyse",
    downloadReference: "Télécharger la référence :",
    reuse: "Réutilisation :",
  },
};

/** The words a post's page prints, and the language they are in. */
export interface PostWords extends WordTable {
  /** BCP 47 tag of the words: the post's, or the site's when the table lacks the post's. */
  lang: string;
  /** Their direction. */
  dir: "ltr" | "rtl";
  /**
   * ` lang="en" dir="ltr"` to put on each element holding these words when they are not in the
   * post's language (its language has no table), else `""`. Built from canonical tags only.
   */
  attributes: string;
}

/** The table of a tag's language subtag, if any. */
function tableOf(tag: string): WordTable | undefined {
  return wordTables[new Intl.Locale(tag).language];
}

/**
 * The words of a post's page: in the post's language when {@link wordTables} has it, else in the
 * site's (else English), marked with their `lang` and `dir`.
 * @param postLang the post's canonical BCP 47 tag (its `lang`, else the site's language)
 * @param siteLanguage the site's BCP 47 tag
 * @throws RangeError when a tag is not BCP 47
 */
export function postWords(postLang: string, siteLanguage: string): PostWords {
  const own = tableOf(postLang);
  const lang = own ? postLang : tableOf(siteLanguage) ? siteLanguage : "en";
  const dir = textDirection(lang);
  return {
    ...(own ?? tableOf(siteLanguage) ?? (wordTables.en as WordTable)),
    lang,
    dir,
    attributes: own ? "" : ` lang="${lang}" dir="${dir}"`,
  };
}

/**
 * The locale a post's dates are written in (luxon's `setLocale`, `Intl.DateTimeFormat`): the
 * post's language, with Latin digits for Arabic (`ar` → `ar-u-nu-latn`: "27 مارس 2008"), as BBC
 * Arabic and Al Jazeera print dates; a tag that names its digits (`ar-u-nu-arab`) keeps them,
 * other languages keep CLDR's (`fa` → "۲۷ مارس ۲۰۰۸"), always in the Gregorian calendar
 * (`-u-ca-gregory`), the calendar of the dates in the post's front matter.
 * @param tag a canonical BCP 47 tag
 * @throws RangeError when `tag` is not BCP 47
 */
export function dateLocale(tag: string): string {
  const locale = new Intl.Locale(tag);
  const numberingSystem = locale.numberingSystem ?? (locale.language === "ar" ? "latn" : undefined);
  return new Intl.Locale(tag, {
    calendar: locale.calendar ?? "gregory",
    ...(numberingSystem ? { numberingSystem } : {}),
  }).toString();
}
