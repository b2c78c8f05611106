/**
 * Structured data (JSON-LD, https://json-ld.org/) for search engines and link previews: an
 * `AnalysisNewsArticle` (https://schema.org/AnalysisNewsArticle) for each post, from its front
 * matter, and a `BreadcrumbList` (Home › [Series] › Post). Built as plain objects; the layout
 * writes them with `jsonForScript` into `<script type="application/ld+json">`, which browsers
 * never run, so the Content-Security-Policy (`script-src 'self'`) has nothing to block.
 */
import { DateTime } from "luxon";
import { isDateOnly, parseFrontMatterDate } from "../content/front-matter/dates.ts";
import { bylineNames, type Byline } from "../content/byline.ts";
import type { Citation } from "../content/front-matter/schema.ts";
import type { PostDate } from "../content/post.ts";
import type { Author, LicenseSettings } from "../site.ts";
import { foldKey } from "../shared/slug.ts";
import { archivedCopyOf } from "../shared/wayback.ts";
import { shareImagePath } from "../share/share-source.ts";
import { groupUrl } from "../taxonomy/groups.ts";
import { canonicalLanguageTag } from "../i18n/direction.ts";
import { absoluteUrl, type SiteOrigin } from "./urls.ts";

/** The site settings structured data reads. */
export interface StructuredSite extends SiteOrigin {
  title: string;
  language: string;
  timeZone: string;
  publisher: string;
  authors: readonly Author[];
  /** The licence of the posts' text: each article's `license` is its URL. @default none */
  license?: LicenseSettings | undefined;
}

/** A post as the metadata reads it: its URL and its front matter. */
export interface ArticlePost {
  /** Root-relative URL of the post's page, without the path prefix: `/posts/basra/`. */
  url: string;
  /**
   * `date`: the post store's reading of it, as written in front matter (`2008-03-27`), or the
   * instant Eleventy read from it.
   */
  date: string | Date | PostDate;
  title: string;
  summary?: string;
  /** `updated`: the post store's reading of it, or as written in front matter. */
  updated?: string | PostDate;
  /** The byline: a text (`James Glanz and Michael Kamber`) or a list of names. */
  author?: Byline;
  dateline?: string;
  series?: string;
  tags?: readonly string[];
  citations?: readonly Citation[];
  location?: { name: string; coordinates: readonly number[] };
  image?: { src: string; alt: string };
  /** `lang`: the post's BCP 47 tag, its `inLanguage` (else the site's language). */
  lang?: string;
}

/** A JSON-LD node: a plain object with `@type`. */
export type JsonLd = Record<string, unknown>;

/**
 * Writes a front-matter date for schema.org and OpenGraph (ISO 8601): a calendar date stays
 * as written (`2008-03-27`); a date with a time becomes the instant with the site zone's offset
 * (`2008-03-27T14:30:00+03:00`); an instant from Eleventy is written in the site's zone. A date
 * of the post store (read once in the site's zone) is written the same way, without reading its
 * text again.
 * @throws RangeError when `value` is not a date
 */
export function schemaDate(value: string | Date | PostDate, zone: string): string {
  if (typeof value === "object" && !(value instanceof Date)) {
    if (isDateOnly(value.written)) return value.written.trim();
    return value.at.toISO({ suppressMilliseconds: true }) as string;
  }
  if (typeof value === "string" && isDateOnly(value)) return value.trim();
  const parsed =
    typeof value === "string"
      ? parseFrontMatterDate(value, zone)
      : DateTime.fromJSDate(value, { zone });
  if (!parsed?.isValid) throw new RangeError(`not a date: ${String(value)}`);
  return parsed.toISO({ suppressMilliseconds: true }) as string;
}

/** Absolute URL of an author's page: `/authors/<slugify(name, "author")>/`. */
export function authorUrl(name: string, site: SiteOrigin): string {
  return absoluteUrl(groupUrl("author", name), site);
}

/** Absolute URL of a series' page: `/series/<slugify(name, "series")>/`. */
export function seriesUrl(name: string, site: SiteOrigin): string {
  return absoluteUrl(groupUrl("series", name), site);
}

/**
 * Absolute URL of a post's share image (`src/share/`), the one picture OpenGraph, X, the JSON
 * Feed and JSON-LD give for it: `https://example.org/basra-blog/posts/basra/share.png`.
 * @param pageUrl the post's root-relative URL, without the path prefix
 */
export function shareImageUrl(pageUrl: string, site: SiteOrigin): string {
  return absoluteUrl(shareImagePath(pageUrl), site);
}

/**
 * The people of a byline as schema.org `Person`s (https://schema.org/author), one per name
 * (`bylineNames`), in the byline's order: each with its `name`, the absolute `url` of its author
 * page, and `sameAs` its own page elsewhere when `site.authors` lists it (names matched as the
 * author pages match them: case and spacing aside). `[]` for a post with no author.
 */
export function bylinePersons(
  byline: Byline | undefined,
  site: SiteOrigin & Pick<StructuredSite, "authors">,
): JsonLd[] {
  return bylineNames(byline).map((name) => {
    const known = site.authors.find((author) => foldKey(author.name) === foldKey(name));
    return {
      "@type": "Person",
      name,
      url: authorUrl(name, site),
      ...(known?.url ? { sameAs: known.url } : {}),
    };
  });
}

/**
 * A citation as a schema.org `CreativeWork`: `name`, `author` (a `Person`), `publisher` (an
 * `Organization`), `datePublished`, `url`, and `archivedAt` (https://schema.org/archivedAt), the
 * archived copy the Sources list links (`src/shared/wayback.ts`).
 */
function citationNode(citation: Citation): JsonLd {
  const archived = archivedCopyOf(citation);
  return {
    "@type": "CreativeWork",
    name: citation.title,
    ...(citation.author ? { author: { "@type": "Person", name: citation.author } } : {}),
    publisher: { "@type": "Organization", name: citation.publisher },
    ...(citation.date ? { datePublished: citation.date } : {}),
    ...(citation.url ? { url: citation.url } : {}),
    ...(archived ? { archivedAt: archived } : {}),
  };
}

/**
 * The post as a schema.org `AnalysisNewsArticle`: headline, description (the summary), dates
 * (`dateModified` from `updated`, else the date), author (a `Person` with the URL of their author
 * page, and `sameAs` their own page from `site.authors`; an array of them for a byline of several
 * people: {@link bylinePersons}), publisher, `mainEntityOfPage`, image
 * (the share image: {@link shareImageUrl}),
 * keywords (the tags), dateline, `citation` (one `CreativeWork` per citation), `contentLocation`
 * (a `Place` with `GeoCoordinates`, latitude and longitude in degrees), `isPartOf` (the series,
 * a `CreativeWorkSeries`), `inLanguage` and `license` (the URL of the site's licence, when it
 * sets one: https://schema.org/license).
 */
export function articleJsonLd(post: ArticlePost, site: StructuredSite): JsonLd {
  const url = absoluteUrl(post.url, site);
  const published = schemaDate(post.date, site.timeZone);
  const image = shareImageUrl(post.url, site);
  const persons = bylinePersons(post.author, site);
  const [longitude, latitude] = post.location?.coordinates ?? [];
  return {
    "@context": "https://schema.org",
    "@type": "AnalysisNewsArticle",
    "@id": `${url}#article`,
    headline: post.title,
    ...(post.summary ? { description: post.summary } : {}),
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    datePublished: published,
    dateModified: post.updated ? schemaDate(post.updated, site.timeZone) : published,
    // One author is a Person; a byline of several people, an array of them in its order.
    ...(persons.length === 1 ? { author: persons[0] } : {}),
    ...(persons.length > 1 ? { author: persons } : {}),
    publisher: {
      "@type": "Organization",
      name: site.publisher,
      url: absoluteUrl("/", site),
    },
    image,
    ...(post.tags && post.tags.length > 0 ? { keywords: [...post.tags] } : {}),
    ...(post.dateline ? { dateline: post.dateline } : {}),
    ...(post.citations && post.citations.length > 0
      ? { citation: post.citations.map(citationNode) }
      : {}),
    ...(post.location
      ? {
          contentLocation: {
            "@type": "Place",
            name: post.location.name,
            geo: { "@type": "GeoCoordinates", latitude, longitude },
          },
        }
      : {}),
    ...(post.series
      ? {
          isPartOf: {
            "@type": "CreativeWorkSeries",
            name: post.series,
            url: seriesUrl(post.series, site),
          },
        }
      : {}),
    inLanguage: (post.lang && canonicalLanguageTag(post.lang)) || site.language,
    ...(site.license ? { license: site.license.url } : {}),
  };
}

/**
 * The post's place in the site as a schema.org `BreadcrumbList`: the home page, the series
 * when the post is part of one, then the post; positions from 1, every URL absolute.
 */
export function breadcrumbJsonLd(
  post: Pick<ArticlePost, "url" | "title" | "series">,
  site: Pick<StructuredSite, "url" | "pathPrefix" | "title">,
): JsonLd {
  const crumbs = [
    { name: site.title, item: absoluteUrl("/", site) },
    ...(post.series ? [{ name: post.series, item: seriesUrl(post.series, site) }] : []),
    { name: post.title, item: absoluteUrl(post.url, site) },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: crumb.item,
    })),
  };
}
