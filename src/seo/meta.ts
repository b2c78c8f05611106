/**
 * What a page's `<head>` says about it to search engines and link previews: the canonical URL,
 * OpenGraph (https://ogp.me/) and Twitter card properties, and the JSON-LD of a post. Values are
 * plain text here; the partial `layouts/partials/meta.njk` writes them with Nunjucks' autoescape,
 * and the JSON-LD is already serialised with `jsonForScript`.
 */
import { jsonForScript } from "../html.ts";
import {
  articleJsonLd,
  authorUrl,
  breadcrumbJsonLd,
  imageUrl,
  schemaDate,
  type ArticlePost,
  type StructuredSite,
} from "./structured-data.ts";
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
};

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
  /** Absolute URL of the lead image. */
  image?: string;
  imageAlt?: string;
  /** `article:published_time`, ISO 8601. */
  published?: string;
  /** `article:modified_time`, ISO 8601, from `updated` or the date. */
  modified?: string;
  /** `article:author`: absolute URL of the author's page. */
  author?: string;
  /** `article:tag`, one per tag. */
  tags: string[];
  /** `twitter:card`: a large image card when there is a lead image. */
  twitterCard: "summary" | "summary_large_image";
  /** JSON-LD documents, each serialised for a `<script type="application/ld+json">`. */
  jsonLd: string[];
}

/** True when `inputPath` is a post's source: `./posts/<folder>/index.md`. */
export function isPostInput(inputPath: string): boolean {
  return /^(?:\.\/)?posts\/[^/]+\/index\.md$/.test(inputPath);
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
  if (url === undefined || !isPostInput(page.inputPath) || !data.title || date === undefined) {
    return { ...base, type: "website", twitterCard: "summary", jsonLd: [] };
  }
  const post: ArticlePost = { ...data, title: data.title, url, date };
  const image = imageUrl(post, site);
  const published = schemaDate(date, site.timeZone);
  return {
    ...base,
    type: "article",
    ...(image ? { image, imageAlt: post.image?.alt ?? "" } : {}),
    published,
    modified: post.updated ? schemaDate(post.updated, site.timeZone) : published,
    ...(post.author ? { author: authorUrl(post.author, site) } : {}),
    tags: [...(post.tags ?? [])],
    twitterCard: image ? "summary_large_image" : "summary",
    jsonLd: [articleJsonLd(post, site), breadcrumbJsonLd(post, site)].map(jsonForScript),
  };
}
