/**
 * The front-matter contract of a post: one zod schema and the types derived from it. Dates stay
 * the text the author wrote; `post.ts` reads them once, in the site's time zone.
 */
import { z } from "zod";
import { canonicalLanguageTag } from "../../i18n/direction.ts";
import { isCalendarDate, parseFrontMatterDate } from "./dates.ts";

const nonBlank = (what: string) =>
  z.string().refine((text) => text.trim() !== "", { message: `${what} is empty` });

const calendarDate = z.string().refine((text) => isCalendarDate(text), {
  message: "is not a date written YYYY-MM-DD that exists in the calendar",
});

/**
 * An http(s) URL without white space: `z.url()` takes `https://example.org/a b`, which no reader's
 * browser opens as written (a feed id, `id:`, is refused for the same).
 */
const webUrl = z
  .url({ protocol: /^https?$/, message: "is not an http:// or https:// URL" })
  .refine((text) => !/\s/.test(text), {
    message: "has white space, which a URL cannot hold (write a space as %20)",
  });

/** A work the post relies on, listed under "Sources". */
export const citationSchema = z.object({
  /** Title of the article, report or video. */
  title: nonBlank("the title"),
  /** Who published it: "The New York Times", "Al Jazeera English". */
  publisher: nonBlank("the publisher"),
  /** Byline of the cited work, when it has one. */
  author: nonBlank("the author").optional(),
  /** Publication date, `YYYY-MM-DD`. */
  date: calendarDate.optional(),
  /** Where a reader can find it: an http(s) URL. */
  url: webUrl.optional(),
  /** What a reader should know about the citation, e.g. that a link is to a mirror. */
  note: nonBlank("the note").optional(),
  /**
   * The archived copy of the cited page (an http(s) URL, e.g. a `https://web.archive.org/web/…` or
   * `https://archive.ph/…` snapshot). Without it, a citation with a `url` and a `date` links the
   * Wayback Machine's copy of `url` nearest that date.
   */
  archived: webUrl.optional(),
});

/**
 * A BCP 47 language tag (RFC 5646) as Dispatch writes pages in it: `en`, `ar`, `fr-CA`,
 * `ku-Arab`, `zh-Hant-TW`. The same test every page, feed and check of a language makes
 * ({@link canonicalLanguageTag}), so a tag front matter accepts is never dropped later.
 */
export function isLanguageTag(text: string): boolean {
  return canonicalLanguageTag(text) !== undefined;
}

const languageTag = z.string().refine((text) => isLanguageTag(text), {
  message: "is not a BCP 47 language tag such as en, ar, fr-CA or ku-Arab",
});

const frontMatterDate = z
  .string()
  .refine((text) => parseFrontMatterDate(text, "UTC") !== undefined, {
    message:
      "is not a date: write YYYY-MM-DD, or YYYY-MM-DDTHH:MM with an optional offset, on a day that exists",
  });

/**
 * An absolute URI or IRI (RFC 3986 §4.3, RFC 3987): a scheme, `:`, then no space, control
 * character or `<>"{}|\\^\``, e.g. `http://old.example.org/?p=12`,
 * `tag:example.org,2008-03-27:basra` (RFC 4151), `urn:uuid:…` (RFC 4122). Atom's `<id>` must be
 * one (RFC 4287 §4.2.6); letters beyond ASCII are allowed, as in an IRI.
 */
export function isAbsoluteIri(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s\p{Cc}<>"{}|\\^`]+$/u.test(text);
}

/** A post's permanent feed id: text that is an absolute IRI. */
const feedId = z
  .string()
  .refine((text) => text.trim() !== "", { message: "is empty" })
  .refine((text) => text.trim() === "" || isAbsoluteIri(text), {
    message:
      "is not an absolute URI (a scheme such as http:, tag: or urn:, then no spaces), which a feed id must be",
  });

/** An entry of the post's corrections and updates log, shown at the end of the post. */
export const correctionSchema = z.object({
  /** When the post was corrected or updated, written like `date`. */
  date: frontMatterDate,
  /** What was wrong and what the post now says, or what was added. Markdown inline syntax. */
  text: nonBlank("the text"),
  /**
   * `correction` fixes an error; `update` adds news. @default "correction"
   */
  kind: z.enum(["correction", "update"]).default("correction"),
});

/** The post's lead image, shown under the headline and used by link previews. */
export const leadImageSchema = z.object({
  /** A file beside `index.md` (`lead.jpg`) or an absolute http(s) URL. */
  src: nonBlank("the image src"),
  /** What the image shows, for readers who cannot see it. Required; `""` only for decoration. */
  alt: z.string(),
  /** Caption under the image. */
  caption: nonBlank("the caption").optional(),
  /** Who made the image: "Photo: Reuters". */
  credit: nonBlank("the credit").optional(),
});

/** Front matter of a post. Fields Dispatch does not read pass through untouched. */
export const postSchema = z.looseObject({
  /** Headline. */
  title: nonBlank("the title"),
  /**
   * Publication date: `2008-03-27`, or with a time (`2008-03-27T14:30`, read in the site's time
   * zone, or `2008-03-27T14:30+03:00`).
   */
  date: frontMatterDate,
  /**
   * When the post last changed in substance, written like `date`: shown as "Updated" at the
   * top, `dateModified` in structured data, `<updated>` in feeds and `lastmod` in the sitemap.
   */
  updated: frontMatterDate.optional(),
  /** `true` keeps the post out of production builds; the dev server still shows it. */
  draft: z.boolean().optional(),
  /**
   * The table of contents after the header: `false` never shows one, `true` shows one whenever
   * the post has a heading; without it, a post gets one from `site.toc.minHeadings` `##` headings.
   */
  toc: z.boolean().optional(),
  /** Where the report was filed, printed before the first paragraph: "BASRA, Iraq". */
  dateline: nonBlank("the dateline").optional(),
  /** Name of the series the post belongs to; parts are ordered by date. */
  series: nonBlank("the series").optional(),
  /** The post's lead image. */
  image: leadImageSchema.optional(),
  /**
   * The last segment of the post's URL, `/posts/<slug>/`, instead of its folder's name.
   * Letters and digits of any script, and single hyphens.
   */
  slug: nonBlank("the slug").optional(),
  /**
   * Old root-relative URLs of the post (`/2008/03/27/old-slug/`), e.g. from WordPress, that keep
   * working as redirects to it.
   */
  aliases: z.array(nonBlank("an alias")).optional(),
  /**
   * The post's permanent id in feeds (Atom `<id>`, JSON Feed `id`), an absolute URI or IRI such as
   * an imported WordPress post's guid (`http://old.example.org/?p=12`) or
   * `tag:example.org,2008-03-27:basra`. Without it the id is the tag URI (RFC 4151)
   * `tag:<site.tagAuthority or the site URL's host>,<publication day>:<first slug>`
   * (`src/feeds/feed-id.ts`), which no new slug, folder, domain or path prefix changes. Two posts
   * never share one.
   */
  id: feedId.optional(),
  /**
   * The post's language, a BCP 47 tag (`ar`, `fr-CA`), when it is not the site's `language`: its
   * page's `lang`, `dir="rtl"` for a right-to-left script, and its feeds' and structured data's
   * language.
   */
  lang: languageTag.optional(),
  /**
   * The same text in other languages: posts that share a `translationKey` (any text, e.g.
   * `basra-2008`) are translations of each other, linked by `hreflang` alternates, an "Also in"
   * link and the sitemap. At most one post per language shares a key.
   */
  translationKey: nonBlank("the translation key").optional(),
  /** Dated corrections and updates, oldest first. */
  corrections: z.array(correctionSchema).optional(),
  /** One sentence under the headline (the dek), also the page's meta description. */
  summary: nonBlank("the summary").optional(),
  /**
   * Byline; omitted when the post names no author. A text (`James Glanz and Michael Kamber`, split
   * into names by `bylineNames` in `src/content/byline.ts`) or a list of names, each kept whole
   * (`[James Glanz, Michael Kamber]`).
   */
  author: z
    .union([
      nonBlank("the author"),
      z.array(nonBlank("the author")).min(1, { message: "is an empty list" }),
    ])
    .optional(),
  /** Topics, as a YAML list. */
  tags: z.array(nonBlank("a tag")).optional(),
  /** The works the post relies on. */
  citations: z.array(citationSchema).optional(),
  /** Where the post is set, plotted on the coverage map at `/map/`. */
  location: z
    .object({
      /** Place name readers know: "Basra". */
      name: nonBlank("the place name"),
      /** `[longitude, latitude]` in degrees (RFC 7946 order). */
      coordinates: z.tuple(
        [
          z
            .number()
            .min(-180, { message: "has a longitude below -180" })
            .max(180, { message: "has a longitude above 180" }),
          z
            .number()
            .min(-90, { message: "has a latitude below -90" })
            .max(90, { message: "has a latitude above 90" }),
        ],
        z.number(),
        { message: "must be [longitude, latitude] in degrees, e.g. [47.81, 30.515]" },
      ),
    })
    .optional(),
});

/** A post's validated front matter. */
export type PostData = z.infer<typeof postSchema>;
/** One cited work. */
export type Citation = z.infer<typeof citationSchema>;
/** One entry of the corrections and updates log. */
export type Correction = z.infer<typeof correctionSchema>;
/** A post's lead image. */
export type LeadImage = z.infer<typeof leadImageSchema>;

/** Names Eleventy keeps for itself; a post that sets one breaks the build in Eleventy. */
export const reservedFields = ["page", "content", "collections", "eleventy", "pkg"] as const;

/**
 * Front-matter fields Eleventy itself reads that a post may set, within the limits of
 * `permalink-rules.ts` and `engine-keys.ts`; Eleventy's other settings are refused there.
 */
export const eleventyFields = ["permalink", "layout"] as const;
