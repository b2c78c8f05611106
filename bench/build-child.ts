/**
 * One measured build, run by `bench/run.ts` as a child process in a benchmark project (a copy of
 * Dispatch with synthetic posts, or the bare Eleventy reference) so that each run starts cold and
 * its peak memory is its own. Prints one line of JSON, {@link ChildResult}, on stdout.
 *
 * `node --import tsx bench/build-child.ts <dispatch|bare> <build|rebuild> [post-to-edit] [body|front-matter]`
 *
 * - `build`: Dispatch's build path (`createEleventy(...).write()` then Pagefind's `indexSite`,
 *   as `src/cli/build.ts` does, minus the swap into `_site/`), or the bare project's write.
 * - `rebuild`: what `npm start` does (`src/cli/serve.ts`: Eleventy in serve mode, watching),
 *   then edits one post and times the rebuild Eleventy runs for it: `body` (the default) appends
 *   a sentence, which the dev server rebuilds incrementally; `front-matter` changes its title,
 *   which rebuilds every page (`src/content/rebuild-mode.ts`).
 */
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import type { Eleventy as EleventyClass } from "@11ty/eleventy";

/** What one child run measured; times in milliseconds, memory in bytes. */
export interface ChildResult {
  /** From process start to the end of Eleventy's write (config loading and tsx included). */
  buildMs: number;
  /** Eleventy's `write()` alone. */
  writeMs: number;
  /** Pagefind indexing (Dispatch `build` only). */
  pagefindMs?: number;
  /** From saving the edited post to the end of the rebuild (`rebuild` only). */
  rebuildMs?: number;
  /** Peak resident set size of this process (`process.resourceUsage().maxRSS`). */
  maxRssBytes: number;
}

const [kind, mode, editedPost, edit = "body"] = process.argv.slice(2);
const root = process.cwd();
/** Imports a module of the project under test (its own copy of `src/`). */
const load = (file: string) => import(pathToFileURL(path.join(root, file)).href);

async function createEleventy(runMode: "build" | "serve"): Promise<EleventyClass> {
  if (kind === "dispatch") {
    process.env.DISPATCH_PATH_PREFIX = "/";
    const { createEleventy } = await load("src/cli/eleventy.ts");
    return createEleventy({ output: "_site", pathPrefix: "/", runMode });
  }
  const { Eleventy } = await import("@11ty/eleventy");
  return new Eleventy(".", "_site", {
    configPath: "eleventy.config.mjs",
    quietMode: true,
    runMode,
  });
}

const maxRssBytes = () => process.resourceUsage().maxRSS * 1024;

async function build(): Promise<ChildResult> {
  const eleventy = await createEleventy("build");
  const start = performance.now();
  await eleventy.write();
  const end = performance.now();
  const result: ChildResult = { buildMs: end, writeMs: end - start, maxRssBytes: maxRssBytes() };
  if (kind === "dispatch") {
    const { indexSite } = await load("src/search/index-site.ts");
    await indexSite("_site");
    result.pagefindMs = performance.now() - end;
  }
  return result;
}

/** How long a one-post rebuild may take before the benchmark gives up on it. */
const rebuildTimeoutMs = 180_000;

async function rebuild(): Promise<ChildResult> {
  if (!editedPost) throw new Error("rebuild needs the post to edit, e.g. posts/p0001-x/index.md");
  const eleventy = await createEleventy("serve");
  await eleventy.init();
  const start = performance.now();
  await eleventy.watch();
  const end = performance.now();
  const events = (eleventy as unknown as { config: { events: NodeJS.EventEmitter } }).config.events;
  const rebuilt = new Promise<void>((resolve) => events.once("eleventy.afterwatch", resolve));
  // Let the watcher settle, as an author saves a while after the server came up.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const saved = performance.now();
  if (edit === "front-matter") {
    const source = readFileSync(editedPost, "utf8");
    writeFileSync(editedPost, source.replace(/^title: "/m, 'title: "Retitled: '));
  } else appendFileSync(editedPost, "\nOne more sentence, added by the benchmark.\n");
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `no rebuild within ${rebuildTimeoutMs / 1000} s of saving ${editedPost}: Eleventy's watcher did not see the change, or the rebuild hung`,
          ),
        ),
      rebuildTimeoutMs,
    );
  });
  await Promise.race([rebuilt, timedOut]);
  clearTimeout(timer);
  const rebuildMs = performance.now() - saved;
  const result = { buildMs: end, writeMs: end - start, rebuildMs, maxRssBytes: maxRssBytes() };
  await eleventy.stopWatch();
  return result;
}

const result = mode === "rebuild" ? await rebuild() : await build();
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
