/**
 * "Cite this analysis": each post's page ends with a reference to copy (Chicago, `./reference.ts`),
 * the site's licence, and two downloads written beside the page, `cite.bib` (`./bibtex.ts`) and
 * `cite.ris` (`./ris.ts`), all from one {@link CiteRecord}. Its Sources list links each source's
 * archived copy (`src/shared/wayback.ts`).
 *
 * Filters: `citeThis` (page, front matter → {@link CiteBlock}, for `layouts/partials/cite-this.njk`),
 * `citeBibtex` and `citeRis` (a post of `collections.posts` → the file's text, for
 * `pages/cite-bib.njk` and `pages/cite-ris.njk`), `citeFilePath` (a post and `"bib"` or `"ris"` →
 * the file's permalink, `./files.ts`), `archivedCopy` (a citation → the URL of its archived
 * copy, or `undefined`), `sourceTitle` (a citation's title and the post's language → the title
 * with the body's smart quotes, `src/markdown/typography.ts`). The dev server sends the two files with their media types.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Byline } from "../content/byline.ts";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { ContentError } from "../errors.ts";
import { postSlug } from "../content/permalinks/permalink.ts";
import { storedDate } from "../content/store.ts";
import { firstSlug } from "../feeds/feed-id.ts";
import type { PostDate } from "../content/post.ts";
import { smartTypography } from "../markdown/typography.ts";
import { absoluteUrl, eleventyPathPrefix } from "../seo/urls.ts";
import { archivedCopyOf, type ArchivableCitation } from "../shared/wayback.ts";
import type { LicenseSettings, SiteSettings } from "../site.ts";
import { bibtexEntry } from "./bibtex.ts";
import { citeFileHref, citeFilePath, ownCiteFileProblems, type CiteFileKind } from "./files.ts";
import { citeRecord, type CiteRecord } from "./record.ts";
import { chicagoReference, type FormattedReference } from "./reference.ts";
import { risRecord } from "./ris.ts";

/** Options of {@link citePlugin}. */
export interface CiteOptions {
  /** The site settings: name, publisher, URL, path prefix, language, time zone, licence. */
  site: Pick<
    SiteSettings,
    "title" | "publisher" | "url" | "pathPrefix" | "language" | "timeZone" | "license"
  >;
}

/**
 * The media types the dev server sends the downloads with: BibTeX's usual (unregistered) type,
 * and RIS's (https://www.iana.org/ lists neither; both as Zotero and the `mime-db` use them),
 * in UTF-8.
 */
export const citeMediaTypes: Record<string, string> = {
  ".bib": "application/x-bibtex; charset=utf-8",
  ".ris": "application/x-research-info-systems; charset=utf-8",
};

/** What the "Cite this analysis" block shows. */
export interface CiteBlock {
  record: CiteRecord;
  reference: FormattedReference;
  /** The licence, when the site sets one. */
  license?: LicenseSettings;
  /** The downloads' URLs, relative to the post's page (`cite.bib`, `cite.ris`). */
  files: { bibtex: string; ris: string };
}

/** The part of Eleventy's `page` the filters read. */
interface CitePage {
  url: string | false;
  inputPath: string;
  date?: Date;
}

/** The front matter the filters read. */
interface CiteData {
  title?: string;
  author?: Byline;
  date?: string | Date;
  lang?: string;
  /** `slug:` and `aliases:` as written: they give the post's first slug. */
  slug?: unknown;
  aliases?: unknown;
}

/** A post of `collections.posts`, as the download templates pass it. */
interface CollectionPost {
  data: CiteData & { page: CitePage };
}

type CiteSite = CiteOptions["site"];

/**
 * The reference of a post's page, or `undefined` for a page that is not written or has no title
 * or date.
 */
export function citeRecordOf(
  page: CitePage,
  data: CiteData,
  site: CiteSite,
): CiteRecord | undefined {
  const written = data.date ?? page.date;
  if (typeof page.url !== "string" || !data.title || written === undefined) return undefined;
  const date: string | Date | PostDate =
    storedDate(page.inputPath, "published", data.date) ?? written;
  return citeRecord(
    {
      title: data.title,
      author: data.author,
      date,
      url: absoluteUrl(page.url, site),
      firstSlug: firstSlug({
        currentSlug: postSlug(page.inputPath, data.slug),
        aliases: data.aliases,
      }),
      lang: data.lang,
    },
    site,
  );
}

/**
 * A middleware of Eleventy's dev server (https://www.11ty.dev/docs/dev-server/#options,
 * `middleware`) that sets the media type of a request for a `.bib` or `.ris` file
 * ({@link citeMediaTypes}), which the server would otherwise send as no type (`.bib`) or without
 * a charset (`.ris`), then passes the request on.
 */
export function citeMediaTypesMiddleware(
  request: { url?: string },
  response: { setHeader(name: string, value: string): void },
  next: () => void,
): void {
  const pathname = (request.url ?? "").split(/[?#]/)[0] ?? "";
  const type = citeMediaTypes[/\.[a-z]+$/.exec(pathname)?.[0] ?? ""];
  if (type) response.setHeader("Content-Type", type);
  next();
}

/**
 * Stops the build when the post's folder holds a file its downloads would replace
 * ({@link ownCiteFileProblems}).
 * @throws ContentError naming each such file and the fix
 */
function refuseOwnCiteFiles(page: CitePage): void {
  const source = page.inputPath.replace(/^\.\//, "");
  const folder = path.posix.dirname(source);
  let names: string[];
  try {
    names = readdirSync(path.dirname(page.inputPath));
  } catch {
    return;
  }
  const problems = ownCiteFileProblems(folder, page.url as string, names.sort());
  if (problems.length > 0) throw new ContentError(problems);
}

/** Registers the filters and the dev server's media types. */
export default function citePlugin(eleventyConfig: UserConfig, options: CiteOptions): void {
  const site: CiteSite = {
    ...options.site,
    pathPrefix: eleventyPathPrefix(eleventyConfig, options.site.pathPrefix),
  };
  eleventyConfig.addFilter("citeThis", (page: CitePage, data: CiteData) => {
    const record = citeRecordOf(page, data, site);
    if (!record) return undefined;
    refuseOwnCiteFiles(page);
    const block: CiteBlock = {
      record,
      reference: chicagoReference(record),
      ...(site.license ? { license: site.license } : {}),
      files: {
        bibtex: citeFileHref(page.url as string, "bib"),
        ris: citeFileHref(page.url as string, "ris"),
      },
    };
    return block;
  });
  const fileOf = (write: (record: CiteRecord) => string) => (post: CollectionPost) => {
    const record = citeRecordOf(post.data.page, post.data, site);
    return record ? write(record) : "";
  };
  eleventyConfig.addFilter("citeBibtex", fileOf(bibtexEntry));
  // The downloads' permalinks, without their leading `/` (the template writes it).
  eleventyConfig.addFilter("citeFilePath", (post: CollectionPost, kind: CiteFileKind) =>
    citeFilePath(String(post.data.page.url), kind).replace(/^\//, ""),
  );
  eleventyConfig.addFilter("citeRis", fileOf(risRecord));
  eleventyConfig.addFilter("sourceTitle", (title: unknown, lang?: string) =>
    typeof title === "string" ? smartTypography(title, lang || site.language) : title,
  );
  eleventyConfig.addFilter("archivedCopy", (citation: ArchivableCitation) =>
    archivedCopyOf(citation),
  );
  eleventyConfig.setServerOptions({ middleware: [citeMediaTypesMiddleware] });
}
