/**
 * What a reference to a post holds: who wrote it, its title, the site, the date and the URL. The
 * "Cite this" block, the BibTeX and RIS downloads are all written from one {@link CiteRecord}, so
 * they say the same; the post's JSON-LD (`src/seo/structured-data.ts`) reads the same front
 * matter and site settings.
 */
import { isDateOnly, isoDate } from "../content/front-matter/dates.ts";
import type { PostDate } from "../content/post.ts";
import type { LicenseSettings } from "../site.ts";
import { bylineNames, type Byline } from "../content/byline.ts";

/** One post as a reference gives it. */
export interface CiteRecord {
  /** The byline's names, as written (`bylineNames`); `[]` for a post with no author. */
  authors: string[];
  /** The post's title, as readers see it. */
  title: string;
  /** The site's name (`site.title`): the publication the post appeared in. */
  siteTitle: string;
  /** Who publishes the site (`site.publisher`), as the JSON-LD's `publisher` names it. */
  publisher: string;
  /** The publication date, a calendar date `YYYY-MM-DD` in the site's time zone. */
  date: string;
  /** The post's absolute URL, under the path prefix. */
  url: string;
  /**
   * The post's first slug (`firstSlug` of `src/feeds/feed-id.ts`: the slug of its first
   * `/posts/<slug>/` alias, else its slug), which never changes: its BibTeX key is made from it.
   */
  firstSlug: string;
  /** The post's BCP 47 language. */
  language: string;
  /** The licence of the text, when the site sets one. */
  license?: LicenseSettings;
}

/** The site settings a reference reads. */
export interface CiteSite {
  title: string;
  publisher: string;
  language: string;
  timeZone: string;
  license?: LicenseSettings | undefined;
}

/** A post as {@link citeRecord} reads it. */
export interface CitablePost {
  title: string;
  author?: Byline | undefined;
  /** Its publication date: the post store's reading, the front matter's text or Eleventy's instant. */
  date: string | Date | PostDate;
  /** Its absolute URL. */
  url: string;
  /** Its first slug, which names it for good (`basra` for a post renamed with an alias). */
  firstSlug: string;
  /** Its own language (`lang:`), when it has one. @default the site's */
  lang?: string | undefined;
}

/**
 * The calendar date (`YYYY-MM-DD`) of a post's publication in `zone`: a date written without a
 * time as written, else the day of the instant there.
 * @throws RangeError when `date` is not a date
 */
export function publicationDay(date: string | Date | PostDate, zone: string): string {
  if (typeof date === "object" && !(date instanceof Date)) {
    return isDateOnly(date.written)
      ? date.written.trim()
      : (date.at.setZone(zone).toISODate() as string);
  }
  if (typeof date === "string" && isDateOnly(date)) return date.trim();
  return isoDate(date, zone);
}

/**
 * Makes the reference of a post.
 * @throws RangeError when the post's date is not a date
 */
export function citeRecord(post: CitablePost, site: CiteSite): CiteRecord {
  return {
    authors: bylineNames(post.author),
    title: post.title.replace(/\s+/g, " ").trim(),
    siteTitle: site.title,
    publisher: site.publisher,
    date: publicationDay(post.date, site.timeZone),
    url: post.url,
    firstSlug: post.firstSlug,
    language: post.lang ?? site.language,
    ...(site.license ? { license: site.license } : {}),
  };
}
