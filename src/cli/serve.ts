/**
 * `npm start`: builds the site and serves it at http://localhost:8080 (`PORT` to change) with
 * live reload. Unlike Eleventy's own `--serve`, a broken post at start-up does not stop the
 * server from coming up: the problems are printed, the server starts, and the site builds again
 * when a file changes. Problems found by later builds are printed as they happen. A save that
 * changes only a post's body shows at once (`./preview.ts`) while the rebuild runs.
 */
import { normalizePathPrefix } from "../site.ts";
import { existsSync, statSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { findContentError } from "../errors.ts";
import { createEleventy, reportFailure } from "./eleventy.ts";
import { writeLastBuild } from "./last-build.ts";
import { holdOutput } from "./build-lock.ts";
import { startInstantPreview } from "./preview.ts";
import { formatSettingsWarning, settingsOrExit } from "./settings-gate.ts";

/** The project's sources: a change to any of them retries a failed first build. */
const sources = ["posts", "pages", "layouts", "assets", "styles", "src", ".eleventy.ts"];

/**
 * Watches the project's sources from this call on: `changed` resolves at the first change after
 * it, so a save made while a build runs or while the server starts is not missed; `files` lists
 * the files changed (project-relative) until `stop` stops watching.
 */
function watchForChange(): { changed: Promise<void>; files: Set<string>; stop(): void } {
  const watchers: FSWatcher[] = [];
  const files = new Set<string>();
  const stop = () => {
    for (const watcher of watchers) watcher.close();
  };
  const changed = new Promise<void>((resolve) => {
    for (const source of sources.filter((file) => existsSync(file))) {
      const isFolder = statSync(source).isDirectory();
      watchers.push(
        watch(source, { recursive: true }, (_event, name) => {
          files.add(isFolder && name ? path.join(source, name.toString()) : source);
          resolve();
        }),
      );
    }
  });
  return { changed, files, stop };
}

/**
 * Makes Eleventy read the given files again at its next build. Its watcher tells its caches of
 * read and compiled templates which files changed; after a first build that failed, that
 * watcher never started, so the same is told here, on Eleventy's own event bus (a module its
 * package does not export: found beside its entry point).
 */
async function forgetCachedFiles(files: Iterable<string>): Promise<void> {
  const entry = import.meta.resolve("@11ty/eleventy");
  const { default: bus } = (await import(new URL("./EventBus.js", entry).href)) as {
    default: { emit(event: string, ...args: unknown[]): Promise<unknown> };
  };
  for (const file of files) await bus.emit("eleventy.resourceModified", file, [], {});
}

// Wrong settings (src/site.ts, DISPATCH_SITE_URL) stop it before anything is written.
for (const warning of settingsOrExit()) console.warn(formatSettingsWarning(warning));
// The dev server writes _site/ while it runs: never while a build does (src/cli/build-lock.ts).
if (!(await holdOutput("_site", "serve"))) process.exit(1);
const pathPrefix = normalizePathPrefix(process.env.DISPATCH_PATH_PREFIX ?? "/");
const port = Number(process.env.PORT ?? 8080);
// _site now holds a development build for this prefix; verify must not take it for a deploy build.
writeLastBuild({ output: "_site", pathPrefix, by: "serve", drafts: true });

const eleventy = createEleventy({ output: "_site", pathPrefix, runMode: "serve" });
await eleventy.init();
/**
 * Starts Eleventy's watcher (after a first build) and makes a deleted file rebuild the site:
 * Eleventy's watcher only logs `File deleted`, so a deleted post's page, its topic pages and its
 * place in the lists, feeds and search would stay until the next save. The rebuild removes the
 * pages no source writes any more (`src/content/stale-pages.ts`).
 */
async function startWatching(): Promise<void> {
  const rebuild = (await eleventy.watch()) as unknown as (file: string) => Promise<void>;
  const watcher = (
    eleventy as unknown as {
      watcher?: { on(event: "unlink", listener: (file: string) => void): unknown };
    }
  ).watcher;
  watcher?.on("unlink", (file: string) => void rebuild(file));
}

let watching = false;
// Watching for a fix starts before the first build, so that none is missed if it fails.
let change = watchForChange();
try {
  await startWatching();
  watching = true;
  change.stop();
} catch (error) {
  // Eleventy has printed the problems (file:line: what. Fix: how); say what happens next.
  if (!findContentError(error)) {
    reportFailure(error, "the server starts anyway");
    console.error("The server starts anyway; fix the problem and save, and the site builds again.");
  } else console.error("The server starts anyway.");
}
/** Starts the instant preview once Eleventy watches (after a first build that succeeded). */
const startPreview = () => startInstantPreview(eleventy, { output: "_site", pathPrefix });
// Before the server listens, so that its file watcher is in place by the time pages are served.
if (watching) startPreview();
await eleventy.serve(port);
while (!watching) {
  await change.changed;
  // Saves a moment apart (an editor writing several files) are taken together.
  await new Promise((resolve) => setTimeout(resolve, 100));
  change.stop();
  const changedFiles = change.files;
  change = watchForChange();
  try {
    // As Eleventy does before each rebuild: forget what changed, start afresh.
    await forgetCachedFiles(changedFiles);
    await eleventy.restart();
    await eleventy.init();
    await startWatching();
    watching = true;
    change.stop();
    startPreview();
  } catch {
    console.error("Still failing; fix the problems above and save again.");
  }
}
