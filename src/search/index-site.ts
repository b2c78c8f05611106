/**
 * Search: Pagefind (https://pagefind.app/docs/node-api/) indexes a built site and writes its
 * search bundle to `<output>/pagefind/`. Only real content is indexed: pages whose layout marks
 * it with `data-pagefind-body` (a post's body, see `layouts/post.njk`, whose headline and dek are
 * the result's `title` and `summary` metadata), without the parts in {@link excludeSelectors};
 * the byline, navigation, footers, lists and other pages are not.
 *
 * One index for every language: Pagefind would otherwise make one per `<html lang>` and the
 * search page, in the site's language, would never find a post in another (a translation in
 * Arabic). It is told the site's language ({@link siteLanguageOf}) instead (`forceLanguage`).
 */
import { existsSync, readFileSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import type * as Pagefind from "pagefind";
import { parse } from "parse5";
import { DispatchError } from "../errors.ts";
import { canonicalLanguageTag } from "../i18n/direction.ts";

/**
 * Parts of a post's content that are not prose, left out of the index (Pagefind's
 * `excludeSelectors`; `data-pagefind-ignore` in a template does the same): a map's key and list
 * of features, its data island, a video's play button, and footnote references (`[1]`), which
 * would break up excerpts. The dateline is marked `data-pagefind-ignore` where it is written
 * (`src/markdown/dateline.ts`).
 */
export const excludeSelectors = [
  ".footnote-ref",
  ".dispatch-map__legend",
  ".dispatch-map__list",
  "[data-map-features]",
  ".video-embed__frame",
];

/** Pagefind's bundle folder in the output. */
export const bundleFolder = "pagefind";

/**
 * Files Pagefind always writes for its own ready-made search interfaces, which Dispatch does not
 * use (its search page drives `pagefind.js` directly): removed from the bundle so that nothing
 * unused is deployed.
 */
export const unusedBundleFiles = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
] as const;

/**
 * Indexing failed: Pagefind's own messages, joined by `; `. Not an author's mistake (Pagefind
 * could not start, read the output or write its bundle), so a {@link DispatchError} but not a
 * `ContentError`: the build prints it as a failure of Dispatch, with its stack trace on request.
 */
export class SearchIndexError extends DispatchError {
  override name = "SearchIndexError";
}

/** Options of {@link indexSite}. */
export interface IndexSiteOptions {
  /**
   * Stop Pagefind's indexing process afterwards (a build), or keep it for the next rebuild (the
   * dev server).
   * @default true
   */
  close?: boolean;
}

/**
 * The site's language as its home page (`index.html`) declares it on `<html lang>`, which
 * `layouts/base.njk` writes from `site.language`; `undefined` without a home page or a valid
 * `lang`. Only the part before `<head` is parsed.
 * @param outputDir the built site
 */
export function siteLanguageOf(outputDir: string): string | undefined {
  const home = path.join(outputDir, "index.html");
  if (!existsSync(home)) return undefined;
  const html = readFileSync(home, "utf8");
  const end = html.search(/<head[\s>]/i);
  const document = parse(end === -1 ? html : html.slice(0, end));
  const root = document.childNodes.find((node) => "tagName" in node && node.tagName === "html");
  const lang =
    root && "attrs" in root ? root.attrs.find((a) => a.name === "lang")?.value : undefined;
  return lang ? canonicalLanguageTag(lang) : undefined;
}

/** Throws a {@link SearchIndexError} for Pagefind's `errors`, if any. */
function failOn(what: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(`search index: ${what}: ${errors.join("; ")}`);
}

/** The index Pagefind created, or a {@link SearchIndexError} with its messages. */
function createdIndex(created: Pagefind.NewIndexResponse): Pagefind.PagefindIndex {
  failOn("Pagefind did not start", created.errors);
  if (!created.index) throw new SearchIndexError("search index: Pagefind did not start");
  return created.index;
}

/** Writes the bundle of `index` to `outputDir/pagefind/` and returns the pages it holds. */
async function writeBundle(
  index: Pagefind.PagefindIndex,
  outputDir: string,
): Promise<{ pageCount: number }> {
  const written = await index.writeFiles({ outputPath: path.join(outputDir, bundleFolder) });
  failOn("could not write the search bundle", written.errors);
  await index.deleteIndex();
  await Promise.all(
    unusedBundleFiles.map((file) => rm(path.join(outputDir, bundleFolder, file), { force: true })),
  );
  // The entry file counts the pages indexed (those with data-pagefind-body).
  const entry = JSON.parse(
    await readFile(path.join(outputDir, bundleFolder, "pagefind-entry.json"), "utf8"),
  ) as { languages: Record<string, { page_count: number }> };
  const pageCount = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  return { pageCount };
}

/**
 * Indexes the HTML pages in `outputDir` and writes the search bundle to `outputDir/pagefind/`.
 * @returns the number of pages indexed (those with `data-pagefind-body`, or every page when none
 *   has it), all in one index in the site's language ({@link siteLanguageOf})
 * @throws SearchIndexError with Pagefind's messages when it cannot index or write
 */
export async function indexSite(
  outputDir: string,
  options: IndexSiteOptions = {},
): Promise<{ pageCount: number }> {
  // Loaded on first use: start-up loads only what the first template needs.
  const pagefind = await import("pagefind");
  try {
    const forceLanguage = siteLanguageOf(outputDir);
    const index = createdIndex(
      await pagefind.createIndex({ excludeSelectors, ...(forceLanguage ? { forceLanguage } : {}) }),
    );
    const added = await index.addDirectory({ path: outputDir });
    failOn(`could not index ${outputDir}`, added.errors);
    return await writeBundle(index, outputDir);
  } finally {
    if (options.close ?? true) await pagefind.close();
  }
}
