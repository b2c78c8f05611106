/**
 * The dev server's instant preview (the idea of Hugo's fast render mode): a save that changes
 * only a post's body (`src/content/rebuild-mode.ts` judges it, against the last successful full
 * build) shows in the browser at once. The post is read once through the post store, its body
 * rendered through the build's pipeline (`src/preview/render-body.ts`), swapped into its served
 * page (`src/preview/swap-body.ts`), the page written atomically, and the browsers told through
 * Eleventy's dev server, which patches the page's DOM without a navigation. Eleventy's
 * incremental rebuild then runs as before and brings the rest: the table of contents, reading
 * time, lists, feeds, search.
 *
 * No preview is shown, and the save goes the usual way, for any other save (front matter, a new
 * or deleted post, a post's files), after a failed build, while a build runs, and for a body
 * whose Markdown fails (the rebuild prints the problem) or that shows an image not yet beside
 * its page.
 */
import {
  existsSync,
  readFileSync,
  renameSync,
  watch,
  writeFileSync,
  type FSWatcher,
} from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Eleventy } from "@11ty/eleventy";
import { bodyOnlySave } from "../content/rebuild-mode.ts";
import { isPostSource } from "../content/permalinks/permalink.ts";
import type { Post } from "../content/post.ts";
import { resolveOptions as resolveImagesOptions } from "../images/plugin.ts";
import { site } from "../site.ts";
import {
  createBodyRenderer,
  type BesideFile,
  type BodyRenderer,
  type PreviewPage,
} from "../preview/render-body.ts";
import { swapPostBody } from "../preview/swap-body.ts";

/** Options of {@link startInstantPreview}. */
export interface InstantPreviewOptions {
  /** The output folder the dev server serves, `_site`. */
  output: string;
  /** Path prefix, `/` or `/basra-blog/`. */
  pathPrefix: string;
  /**
   * Quiet time after a save's last file event before the post is read, in milliseconds: an
   * editor's save may be several writes.
   * @default 20
   */
  settleMs?: number;
}

/** What the preview reads of Eleventy's instance beyond its public API. */
interface EleventyInternals {
  watchManager?: { isBuildRunning(): boolean };
  eleventyServe?: { reload(event: ReloadEvent): Promise<void> };
  eleventyConfig?: {
    userConfig?: { getFilter(name: string): ((...args: unknown[]) => unknown) | undefined };
  };
}

/** The event Eleventy's dev server sends its browsers (@11ty/eleventy-dev-server `reload`). */
interface ReloadEvent {
  files: string[];
  build: { templates: Array<{ url: string; inputPath: string; content: string }> };
}

/** A post's page in the output: where it is and the URL browsers have it at. */
interface ServedPage extends PreviewPage {
  /** As `location.pathname` has it: the path prefix, percent-encoded, `/blog/posts/basra/`. */
  url: string;
}

/** Where a post's page is written and served; `undefined` for `permalink: false`. */
function servedPage(post: Post, output: string, pathPrefix: string): ServedPage | undefined {
  const url = post.permalink?.url;
  if (!url) return undefined;
  return {
    inputPath: `./${post.file}`,
    outputPath: path.join(output, url, url.endsWith("/") ? "index.html" : ""),
    fileSlug: path.basename(post.folder),
    url: encodeURI(`${pathPrefix.replace(/\/$/, "")}${url}`),
  };
}

/** Writes a file whole or not at all: a reader never sees half of it. */
function writeAtomically(file: string, content: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.preview-${process.pid}`);
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

/**
 * The maps' files a body draws that are not beside its page yet (a map moved to another line:
 * `map-<line>.svg` is named by its line); an existing one keeps the last build's picture until
 * the rebuild draws it again, so the page never shows a missing image.
 */
function writeNewBesideFiles(files: readonly BesideFile[]): void {
  for (const file of files) if (!existsSync(file.path)) writeAtomically(file.path, file.content);
}

/** Previews one save; resolves to what it did, for the log. */
async function previewSave(
  file: string,
  eleventy: EleventyInternals,
  render: BodyRenderer,
  options: InstantPreviewOptions,
): Promise<string | undefined> {
  const building = () => eleventy.watchManager?.isBuildRunning() === true;
  if (building()) return undefined;
  const post = bodyOnlySave(file);
  if (!post || post.problems.length > 0) return undefined;
  const page = servedPage(post, options.output, options.pathPrefix);
  if (!page || !existsSync(page.outputPath)) return undefined;
  const rendered = await render(post, {
    inputPath: page.inputPath,
    outputPath: page.outputPath,
    fileSlug: page.fileSlug,
  });
  if (!("html" in rendered)) return undefined;
  let body = rendered.html;
  if (options.pathPrefix !== "/") {
    // The path prefix on the body's URLs, by the transform Eleventy runs over every page.
    const withBase = eleventy.eleventyConfig?.userConfig?.getFilter("transformWithHtmlBase");
    if (!withBase) return undefined;
    body = String(await withBase.call({ page: { url: page.url } }, body));
  }
  const content = swapPostBody(readFileSync(page.outputPath, "utf8"), body);
  // A build that started meanwhile writes the page itself.
  if (content === undefined || building()) return undefined;
  writeNewBesideFiles(rendered.besideFiles);
  writeAtomically(page.outputPath, content);
  await eleventy.eleventyServe?.reload({
    files: [page.inputPath],
    build: { templates: [{ url: page.url, inputPath: page.inputPath, content }] },
  });
  return page.url;
}

/**
 * Starts previewing saves of posts' bodies in the dev server whose Eleventy instance is
 * `eleventy` (after its first build, once it watches and serves): watches `posts/` with
 * `fs.watch`, which reports a save before Eleventy's watcher (chokidar, which waits for the file
 * to stay the same for 150 ms) starts its rebuild. One save is previewed at a time.
 * @returns `stop`, which stops watching
 */
export function startInstantPreview(
  eleventy: Eleventy,
  options: InstantPreviewOptions,
): { stop(): void } {
  const render = createBodyRenderer({
    tiles: site.tiles,
    language: site.language,
    images: resolveImagesOptions({}),
  });
  const settleMs = options.settleMs ?? 20;
  const timers = new Map<string, NodeJS.Timeout>();
  let queue = Promise.resolve();
  const preview = (file: string, saved: number) => {
    queue = queue
      .then(() => previewSave(file, eleventy as unknown as EleventyInternals, render, options))
      .then((url) => {
        if (url) {
          const ms = Math.round(performance.now() - saved);
          console.log(`Preview: ${url} shown ${ms} ms after the save; rebuilding the rest…`);
        }
      })
      .catch((error: unknown) => {
        if (process.env.DISPATCH_DEBUG) console.error("Preview failed:", error);
      });
  };
  let watcher: FSWatcher | undefined;
  if (existsSync("posts")) {
    watcher = watch("posts", { recursive: true }, (_event, name) => {
      const file = name ? path.join("posts", name.toString()).split(path.sep).join("/") : "";
      if (!isPostSource(file)) return;
      const saved = performance.now();
      clearTimeout(timers.get(file));
      timers.set(
        file,
        setTimeout(() => {
          timers.delete(file);
          preview(file, saved);
        }, settleMs),
      );
    });
  }
  return {
    stop: () => {
      watcher?.close();
      for (const timer of timers.values()) clearTimeout(timer);
    },
  };
}
