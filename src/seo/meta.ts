/**
 * What a page's `<head>` says about it to search engines and link previews: the canonical URL,
 * OpenGraph (https://ogp.me/) and Twitter card properties, and the JSON-LD of a post. Values are
 * plain text here; the partial `layouts/partials/meta.njk` writes them with Nunjucks' autoescape,
 * and the JSON-LD is already serialised with `jsonForScript`.
 */
import { bylineNames } from "../content/byline.ts";
import { isPostSource } from "../content/permalinks/permalink.ts";
import type { PostDate } from "../content/post.ts";
import { storedDate } from "../content/store.ts";
import { jsonForScript } from "../shared/html.ts";
import {
  articleJsonLd,
  authorUrl,
  breadcrumbJsonLd,
  shareImageUrl,
  schemaDate,
  type ArticlePost,
  type StructuredSite,
} from "./structured-data.ts";
import { shareImageSize } from "../share/share-card.ts";
import { absoluteUrl } from "./urls.ts";

/** The site settings the metadata reads. */
export interface MetaSite extends StructuredSite {
  description: string;
}

/** The part of Eleventy's `page` the metadata reads. */
export interface MetaPage {
  /** Root-relative URL, or `false` for a page that is not written. */
  url: string | false;
  /** `./posts/basra/index.md`: a post's source is `posts/<folder>/index.md`. */
  inputPath: string;
  /** The instant Eleventy read from `date`. */
  date?: Date;
}

/** Front matter of the page, as the partial passes it. */
export type MetaData = Partial<Omit<ArticlePost, "url" | "date">> & {
  /** `date` as written. */
  date?: string | Date;
  /** `true` on a page search engines should not index (404): no canonical URL. */
  noindex?: boolean;
  /** What the `shareImage` filter (`src/share/plugin.ts`) said of the post's share image. */
  shareImage?: { alt: string };
};

/** The picture of a link preview: the post's share image (`src/share/`). */
export interface MetaImage {
  /** Absolute URL, under the path prefix. */
  url: string;
  /** `og:image:type`. */
  type: "image/png";
  /** In pixels. */
  width: number;
  height: number;
  /** `og:image:alt` and `twitter:image:alt`. */
  alt: string;
}

/** Everything the partial writes. */
export interface PageMeta {
  /** Absolute URL of the page, under the path prefix; absent on a `noindex` page. */
  canonical?: string;
  /** `og:type`. */
  type: "article" | "website";
  /** `og:title`: the page's title, or the site's. */
  title: string;
  /** `og:description`: the summary, or the site's description. */
  description: string;
  siteName: string;
  /** BCP 47 language of the site. */
  language: string;
  /** The share image of a post; none for other pages. */
  image?: MetaImage;
  /** `article:published_time`, ISO 8601. */
  published?: string;
  /** `article:modified_time`, ISO 8601, from `updated` or the date. */
  modified?: string;
  /** `article:author`, one per name of the byline: absolute URLs of the authors' pages. */
  authors: string[];
  /** `article:tag`, one per tag. */
  tags: string[];
  /** `twitter:card`: a large image card for a post (it has a share image), else `summary`. */
  twitterCard: "summary" | "summary_large_image";
  /** JSON-LD documents, each serialised for a `<script type="application/ld+json">`. */
  jsonLd: string[];
}

/**
 * A post's `date` and `updated` as the post store read them (in the site's time zone), each when
 * it is the one the page's data has; none for a page that is not a stored post.
 * @param inputPath as Eleventy names it, `./posts/basra/index.md`
 */
function storedDates(inputPath: string, data: MetaData): { date?: PostDate; updated?: PostDate } {
  const date = storedDate(inputPath, "published", data.date);
  const updated = storedDate(inputPath, "updated", data.updated);
  return { ...(date ? { date } : {}), ...(updated ? { updated } : {}) };
}

/**
 * Works out the metadata of a page: a post (an `article`, with JSON-LD) or any other page (a
 * `website`).
 */
export function pageMeta(page: MetaPage, data: MetaData, site: MetaSite): PageMeta {
  const url = typeof page.url === "string" ? page.url : undefined;
  const canonical = url !== undefined && !data.noindex ? absoluteUrl(url, site) : undefined;
  const base = {
    ...(canonical ? { canonical } : {}),
    title: data.title ?? site.title,
    description: data.summary ?? site.description,
    siteName: site.title,
    language: site.language,
    tags: [] as string[],
  };
  const date = data.date ?? page.date;
  if (url === undefined || !isPostSource(page.inputPath) || !data.title || date === undefined) {
    return { ...base, type: "website", authors: [], twitterCard: "summary", jsonLd: [] };
  }
  const post: ArticlePost = {
    ...data,
    title: data.title,
    url,
    date,
    ...storedDates(page.inputPath, data),
  };
  const image: MetaImage = {
    url: shareImageUrl(url, site),
    type: "image/png",
    ...shareImageSize,
    alt: data.shareImage?.alt ?? data.title,
  };
  const published = schemaDate(post.date, site.timeZone);
  return {
    ...base,
    type: "article",
    image,
    published,
    modified: post.updated ? schemaDate(post.updated, site.timeZone) : published,
    authors: bylineNames(post.author).map((name) => authorUrl(name, site)),
    tags: [...(post.tags ?? [])],
    twitterCard: "summary_large_image",
    jsonLd: [articleJsonLd(post, site), breadcrumbJsonLd(post, site)].map(jsonForScript),
  };
}
