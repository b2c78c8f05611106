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
 * A save made while a rebuild runs is judged against the builds before it and previewed too; the
 * running rebuild, which may have read the post before the save, then sends browsers its page
 * with the previewed body put back (see {@link startInstantPreview}).
 *
 * No preview is shown, and the save goes the usual way, for any other save (front matter, a new
 * or deleted post, a post's files), after a failed build, and for a body whose Markdown fails
 * (the rebuild prints the problem) or that shows an image not yet beside its page.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
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
import { folderStamp, type Post } from "../content/post.ts";
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
export interface ReloadEvent {
  files: string[];
  build: { templates: Array<{ url: string; inputPath: string; content: string }> };
}

/** A post's page in the output: where it is and the URL browsers have it at. */
export interface ServedPage extends PreviewPage {
  /** As `location.pathname` has it: the path prefix, percent-encoded, `/blog/posts/basra/`. */
  url: string;
}

/**
 * Where a post's page is written and served: `_site/posts/basra/index.html` (or the file a
 * `permalink: /x.html` names) and `/blog/posts/basra/` under the prefix `/blog/`, percent-encoded
 * as browsers' `location.pathname` has it; `undefined` for `permalink: false`.
 * @param output the output folder, `_site`
 * @param pathPrefix `/` or `/blog/`
 */
export function servedPage(post: Post, output: string, pathPrefix: string): ServedPage | undefined {
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
  // A map's embed page is written into a folder of its own (map-<key>/index.html).
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

/**
 * Writes the files a body's maps draw beside its page (`map-<key>.svg`, named by the map's
 * key: its id or ordinal) that are missing or differ: a map added, moved or given other data shows its
 * picture at once, and the rebuild writes the same files again.
 */
function writeBesideFiles(files: readonly BesideFile[]): void {
  for (const file of files) {
    const written = existsSync(file.path) ? readFileSync(file.path, "utf8") : undefined;
    if (written !== file.content) writeAtomically(file.path, file.content);
  }
}

/**
 * A preview written while a rebuild ran: that rebuild may write the page again from the source
 * as it was before the save, so its body is put back into the page the rebuild sends browsers.
 */
export interface Overlay {
  /** The page's input path as Eleventy names it, `./posts/basra/index.md`. */
  inputPath: string;
  outputPath: string;
  /** The post's folder and its stamp when it was previewed: a later save voids the overlay. */
  folder: string;
  stamp: string;
  /** The body's HTML, path prefix applied. */
  body: string;
}

/** What one dev server's previews share. */
interface PreviewSession {
  eleventy: EleventyInternals;
  render: BodyRenderer;
  options: InstantPreviewOptions;
  /** Eleventy's own `reload`, which sends browsers an event. */
  reload(event: ReloadEvent): Promise<void>;
  /** Previews written while a rebuild ran, by output path. */
  overlays: Map<string, Overlay>;
}

/** The body's HTML with the path prefix on its URLs, by the transform Eleventy runs over every page. */
async function withPathPrefix(
  session: PreviewSession,
  html: string,
  url: string,
): Promise<string | undefined> {
  if (session.options.pathPrefix === "/") return html;
  const userConfig = session.eleventy.eleventyConfig?.userConfig;
  const withBase = userConfig?.getFilter("transformWithHtmlBase");
  return withBase ? String(await withBase.call({ page: { url } }, html)) : undefined;
}

/** Previews one save; resolves to the URL of the page it changed, for the log. */
async function previewSave(session: PreviewSession, file: string): Promise<string | undefined> {
  const { eleventy, options } = session;
  const post = bodyOnlySave(file, ".", eleventy.watchManager?.isBuildRunning() === true);
  if (!post || post.problems.length > 0) return undefined;
  const page = servedPage(post, options.output, options.pathPrefix);
  if (!page || !existsSync(page.outputPath)) return undefined;
  const { url, ...where } = page;
  const rendered = await session.render(post, where);
  if (!("html" in rendered)) return undefined;
  const body = await withPathPrefix(session, rendered.html, url);
  const served = readFileSync(page.outputPath, "utf8");
  // A page a running rebuild is writing this moment is not whole: that rebuild brings the body.
  if (!/<\/html>\s*$/i.test(served)) return undefined;
  const content = body && swapPostBody(served, body);
  if (!body || !content) return undefined;
  writeBesideFiles(rendered.besideFiles);
  writeAtomically(page.outputPath, content);
  if (eleventy.watchManager?.isBuildRunning()) {
    const { inputPath, outputPath } = page;
    session.overlays.set(outputPath, {
      inputPath,
      outputPath,
      folder: post.folder,
      stamp: post.stamp,
      body,
    });
  }
  await session.reload({
    files: [page.inputPath],
    build: { templates: [{ url, inputPath: page.inputPath, content }] },
  });
  return url;
}

/**
 * Puts the previews written while a rebuild ran back into the pages it wrote (their files) and
 * is about to send browsers (`event`'s templates, changed in place), unless their post was
 * deleted or saved again since (the rebuild after that save brings it). Each overlay serves
 * once: the rebuild after it read the saved source. Empties `overlays`.
 * @param overlays by output path
 */
export function applyOverlays(overlays: Map<string, Overlay>, event: ReloadEvent): void {
  for (const overlay of overlays.values()) {
    // A post deleted or saved again since: the rebuild after that save brings its page.
    if (!existsSync(overlay.outputPath) || folderStamp(overlay.folder) !== overlay.stamp) continue;
    const page = readFileSync(overlay.outputPath, "utf8");
    const swapped = swapPostBody(page, overlay.body);
    if (swapped !== undefined && swapped !== page) writeAtomically(overlay.outputPath, swapped);
    for (const template of event.build?.templates ?? []) {
      if (template.inputPath !== overlay.inputPath) continue;
      template.content = swapPostBody(template.content, overlay.body) ?? template.content;
    }
  }
  overlays.clear();
}

/**
 * Watches every post's folder (`posts/<slug>/`) and `posts/` itself for new folders, calling
 * `saved` with the project-relative path (`posts/basra/index.md`) of each file written there.
 * Each folder has a watcher of its own, not one recursive watcher: on Linux, Node 20's recursive
 * watcher watches each file, and loses a file an editor saves by writing a new file and renaming it
 * over the old one (an "atomic" save, as vim and `sed -i` make); a folder's watcher sees every
 * save. Folders that are symbolic links are not followed (the build refuses them). A watcher that
 * fails (its folder removed) is closed; saves still rebuild as before.
 */
function watchPostFolders(saved: (file: string) => void): { close(): void } {
  const watchers = new Map<string, FSWatcher>();
  const watchFolder = (folder: string, onName: (name: string) => void) => {
    if (watchers.has(folder)) return;
    try {
      const watcher = watch(folder, (_event, name) => {
        if (name) onName(name.toString());
      });
      watcher.on("error", () => {
        watcher.close();
        watchers.delete(folder);
      });
      watchers.set(folder, watcher);
    } catch {
      // Gone already, or not a folder: nothing to preview there.
    }
  };
  const watchPost = (slug: string) => {
    const folder = path.join("posts", slug);
    if (!lstatSync(folder, { throwIfNoEntry: false })?.isDirectory()) return;
    watchFolder(folder, (name) => saved(`posts/${slug}/${name}`));
  };
  watchFolder("posts", watchPost);
  for (const entry of readdirSync("posts", { withFileTypes: true })) {
    if (entry.isDirectory()) watchPost(entry.name);
  }
  return {
    close: () => {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

/**
 * Starts previewing saves of posts' bodies in the dev server whose Eleventy instance is
 * `eleventy` (after its first build, once it watches and serves): watches `posts/` with
 * `fs.watch`, which reports a save before Eleventy's watcher (chokidar, which waits for the file
 * to stay the same for 150 ms) starts its rebuild. One save is previewed at a time. Eleventy's
 * reload of the browsers at the end of each rebuild is wrapped, so that a rebuild running when a
 * preview was written does not send the page back to its old body.
 * @returns `stop`, which stops watching
 */
export function startInstantPreview(
  eleventy: Eleventy,
  options: InstantPreviewOptions,
): { stop(): void } {
  const internals = eleventy as unknown as EleventyInternals;
  const serve = internals.eleventyServe;
  if (!serve || !existsSync("posts")) return { stop: () => undefined };
  const session: PreviewSession = {
    eleventy: internals,
    render: createBodyRenderer({
      tiles: site.tiles,
      language: site.language,
      images: resolveImagesOptions({}),
    }),
    options,
    reload: serve.reload.bind(serve),
    overlays: new Map(),
  };
  serve.reload = (event: ReloadEvent) => {
    applyOverlays(session.overlays, event);
    return session.reload(event);
  };
  const settleMs = options.settleMs ?? 20;
  const timers = new Map<string, NodeJS.Timeout>();
  let queue = Promise.resolve();
  const preview = (file: string, saved: number) => {
    queue = queue
      .then(() => previewSave(session, file))
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
  const saved = (file: string) => {
    if (!isPostSource(file)) return;
    const at = performance.now();
    clearTimeout(timers.get(file));
    timers.set(
      file,
      setTimeout(() => {
        timers.delete(file);
        preview(file, at);
      }, settleMs),
    );
  };
  const watchers = watchPostFolders(saved);
  return {
    stop: () => {
      watchers.close();
      for (const timer of timers.values()) clearTimeout(timer);
      serve.reload = session.reload;
    },
  };
}
