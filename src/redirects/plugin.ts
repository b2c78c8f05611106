/**
 * Redirects: after each build, every published post's `aliases` become a `_redirects` file at
 * the site root (Netlify, Cloudflare Pages) and, at each old path, a small HTML page that sends
 * readers on (GitHub Pages and any host that reads no `_redirects`). Redirect pages are written
 * here, not by Eleventy templates, so they are in no collection, feed, sitemap or search index.
 * The aliases themselves are checked before the build (`src/content/check-posts.ts`).
 */
import { mkdir, rm, rmdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { ContentError, warn, type ContentProblem } from "../errors.ts";
import { isPostSource } from "../content/permalinks/permalink.ts";
import { existingStore, postOf } from "../content/store.ts";
import { contentSecurityPolicy } from "../security/csp.ts";
import { eleventyPathPrefix } from "../seo/urls.ts";
import type { SiteSettings } from "../site.ts";
import { outputFileKey, prefixedAliasWarning, readAlias } from "../content/permalinks/aliases.ts";
import { redirectPage, redirectsFile, type Redirect } from "./redirect-page.ts";

/** Options of {@link redirectsPlugin}. */
export interface RedirectsOptions {
  /** The site settings: URL and path prefix (canonical links), language, tiles (the policy). */
  site: Pick<SiteSettings, "url" | "pathPrefix" | "language" | "tiles">;
}

/** One of the pages Eleventy wrote, as its `eleventy.after` event gives it. */
export interface WrittenResult {
  inputPath: string;
  /** Root-relative URL without the path prefix, or `false` for no page. */
  url: string | false;
  outputPath: string | false;
}

/** A redirect with the place of its alias, for messages. */
export interface LocatedRedirect extends Redirect {
  /** The alias's output file relative to the output folder: `2008/03/27/old-slug/index.html`. */
  outputFile: string;
  file: string;
  line: number;
  /** The alias's place in the post's `aliases` list, from 0: messages name `aliases.1`. */
  index: number;
}

/**
 * Reads the redirects of the posts Eleventy wrote (drafts left out of a build have none): their
 * aliases as the post store holds them (`src/content/store.ts`; the content plugin's check fills
 * it before every build). An alias that is not valid is skipped.
 * @param root the project root the results' input paths are relative to
 */
export function redirectsOf(results: readonly WrittenResult[], root = "."): LocatedRedirect[] {
  const store = existingStore(root);
  const redirects: LocatedRedirect[] = [];
  for (const result of results) {
    if (!isPostSource(result.inputPath) || typeof result.url !== "string") continue;
    const file = result.inputPath.replace(/^\.\//, "");
    const stored = store ? postOf(store, file) : undefined;
    if (!stored || stored.problems.length > 0) continue;
    const post = { ...stored.aliases, title: stored.title };
    const to = decodeURI(result.url);
    post.aliases.forEach(({ value, line }, index) => {
      const reading = readAlias(value);
      if (!reading.ok) return;
      redirects.push({
        from: reading.alias.path,
        to,
        title: post.title,
        outputFile: reading.alias.outputFile,
        file,
        line,
        index,
      });
    });
  }
  return redirects;
}

/**
 * Finds aliases whose page would replace a page Eleventy wrote (`/archive/`, a tag page), which
 * the check before the build cannot know.
 * @param outputDir the output folder the results were written to
 */
export function clashesWithPages(
  redirects: readonly LocatedRedirect[],
  results: readonly WrittenResult[],
  outputDir: string,
): ContentProblem[] {
  const pages = new Map<string, string>();
  for (const result of results) {
    if (typeof result.outputPath !== "string") continue;
    const relative = path.relative(outputDir, result.outputPath).split(path.sep).join("/");
    pages.set(outputFileKey(relative), result.inputPath.replace(/^\.\//, ""));
  }
  return redirects.flatMap((redirect) => {
    // The alias's own file, or a folder on its way that is a page's file (`/tags/iraq/feed.xml/`).
    const parts = outputFileKey(redirect.outputFile).split("/");
    const clash = parts
      .map((_part, index) => parts.slice(0, index + 1).join("/"))
      .find((candidate) => pages.has(candidate));
    if (clash === undefined) return [];
    return [
      {
        file: redirect.file,
        line: redirect.line,
        message: `front matter field "aliases.${redirect.index}": ${JSON.stringify(redirect.from)} is the URL of the page made by ${pages.get(clash)}, so the redirect would replace it`,
        fix: "remove the alias",
      },
    ];
  });
}

/**
 * The problem to report when a redirect page cannot be written because a file or folder the
 * build wrote is in its way (`EEXIST`, `ENOTDIR`, `EISDIR`): a clash no check foresaw. Any other
 * failure (a full disk) is not the author's and gives `undefined`.
 */
export function unwritableRedirect(
  redirect: LocatedRedirect,
  error: unknown,
): ContentProblem | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code !== "EEXIST" && code !== "ENOTDIR" && code !== "EISDIR") return undefined;
  return {
    file: redirect.file,
    line: redirect.line,
    message: `front matter field "aliases.${redirect.index}": ${JSON.stringify(redirect.from)} cannot be written as a redirect page (${redirect.outputFile}): a file or folder the build writes is in its way`,
    fix: "remove the alias",
  };
}

/**
 * The redirect pages a previous build wrote that this one does not write (an alias removed from
 * a post, a post deleted or renamed with its aliases), and that no page of this build took over.
 * @param previous the output files (relative to the output folder, `old/live/index.html`) of
 *   the redirect pages the previous build wrote
 * @param current the redirects of this build
 * @param pages the output files of the pages this build wrote, relative to the output folder
 * @returns the output files to remove, in the order given
 */
export function staleRedirectFiles(
  previous: Iterable<string>,
  current: readonly Pick<LocatedRedirect, "outputFile">[],
  pages: Iterable<string>,
): string[] {
  const kept = new Set(
    [...current.map((redirect) => redirect.outputFile), ...pages].map(outputFileKey),
  );
  return [...previous].filter((file) => !kept.has(outputFileKey(file)));
}

/**
 * Removes redirect pages a previous build wrote ({@link staleRedirectFiles}), then each folder
 * left empty on the way up, so that the old path answers 404 again. Nothing outside `outputDir`
 * is touched.
 * @param outputDir the output folder
 * @param files output files relative to `outputDir`, `/`-separated
 */
export async function removeRedirectFiles(
  outputDir: string,
  files: readonly string[],
): Promise<void> {
  const root = path.resolve(outputDir);
  for (const file of files) {
    const page = path.resolve(root, ...file.split("/"));
    if (!page.startsWith(`${root}${path.sep}`)) continue;
    await rm(page, { force: true });
    for (let folder = path.dirname(page); folder !== root; folder = path.dirname(folder)) {
      try {
        await rmdir(folder);
      } catch {
        break; // not empty (or already gone): the folders above are kept too
      }
    }
  }
}

/** Writes `_redirects` and a redirect page at each alias after every build. */
export default function redirectsPlugin(
  eleventyConfig: UserConfig,
  options: RedirectsOptions,
): void {
  const csp = contentSecurityPolicy(options.site, "meta");
  // The dev server builds again and again into one _site/: the redirect pages the last build
  // wrote, so that those whose alias is gone are removed instead of answering 200 forever.
  let written: string[] = [];
  eleventyConfig.on(
    "eleventy.after",
    async ({
      directories,
      results,
      incremental,
    }: {
      directories: { input: string; output: string };
      results: WrittenResult[];
      incremental?: boolean;
    }) => {
      // The dev server's incremental rebuild (a post's body changed) lists only the pages it
      // wrote again, and changed no alias: the last redirects stay as they are.
      if (incremental) return;
      const site = {
        url: options.site.url,
        pathPrefix: eleventyPathPrefix(eleventyConfig, options.site.pathPrefix),
      };
      const redirects = redirectsOf(results, directories.input);
      const clashes = clashesWithPages(redirects, results, directories.output);
      if (clashes.length > 0) throw new ContentError(clashes);
      // An alias written with the prefix (`/blog/posts/old/`) would redirect `/blog/blog/…`.
      for (const redirect of redirects) {
        const warning = prefixedAliasWarning({ ...redirect, path: redirect.from }, site.pathPrefix);
        if (warning) warn(warning);
      }
      // `_redirects` first, then the pages: once a stale redirect page is gone (what a reader of
      // the dev server, or a test, sees), the file no longer lists it either.
      const file = path.join(directories.output, "_redirects");
      if (redirects.length === 0) await rm(file, { force: true });
      else await writeFile(file, redirectsFile(redirects, site.pathPrefix));
      const pages = results.flatMap((result) =>
        typeof result.outputPath === "string"
          ? [path.relative(directories.output, result.outputPath).split(path.sep).join("/")]
          : [],
      );
      await removeRedirectFiles(directories.output, staleRedirectFiles(written, redirects, pages));
      written = redirects.map((redirect) => redirect.outputFile);
      const unwritable: ContentProblem[] = [];
      for (const redirect of redirects) {
        const page = path.join(directories.output, ...redirect.outputFile.split("/"));
        try {
          await mkdir(path.dirname(page), { recursive: true });
          await writeFile(
            page,
            redirectPage(redirect, { site, language: options.site.language, csp }),
          );
        } catch (error) {
          const problem = unwritableRedirect(redirect, error);
          if (!problem) throw error;
          unwritable.push(problem);
        }
      }
      if (unwritable.length > 0) throw new ContentError(unwritable);
    },
  );
}
