/**
 * The dev server's rebuilds: a save that changes only a post's body (the commonest edit while
 * writing) rebuilds that post's page and the pages that list or carry posts (home, topics,
 * archive, feeds), in Eleventy's incremental mode; any other change rebuilds the whole site,
 * since another post's page may show what changed (its title in related posts, its neighbours).
 *
 * "Only the body" is judged against the last full build that succeeded: the saved file must be
 * one post that build wrote, with the front matter it had then, and no build may have failed
 * since. So a post added back after it was deleted, a front-matter change saved together with
 * another post's body, or a change made while a build was failing all get a full rebuild.
 *
 * Eleventy makes a new configuration, and so new plugin modules, when a configuration file
 * changes: the dev server's state is kept where every one of them finds it.
 */
import { isPostSource } from "./permalinks/permalink.ts";
import type { Post } from "./post.ts";
import { existingStore, frontMatterKey, storedPosts, storePost } from "./store.ts";

/** What the dev server's Eleventy instance is asked and read. */
export interface DevServerEleventy {
  setIncrementalBuild(incremental: boolean): void;
  /** Builds that succeeded: Eleventy counts one once every `eleventy.after` handler has run. */
  readonly buildCount: number;
}

/** The dev server's state across its rebuilds. */
interface DevServerState {
  eleventy: DevServerEleventy;
  /** Front matter of each post the last successful full build wrote, by project-relative file. */
  published?: ReadonlyMap<string, string>;
  /** Whether the last build succeeded, told by Eleventy's count of builds. */
  countAtStart: number;
  /** What the last build wrote, kept until it is known to have succeeded. */
  written?: { incremental: boolean; published: ReadonlyMap<string, string> };
  /** Whether the build before the running rebuild succeeded, told when the rebuild started. */
  previousSucceeded?: boolean;
}

const stateKey = Symbol.for("dispatch.devServer");

function devServer(): DevServerState | undefined {
  return (globalThis as Record<symbol, unknown>)[stateKey] as DevServerState | undefined;
}

/** Makes `eleventy` the dev server's instance, whose rebuild mode {@link chooseRebuildMode} sets. */
export function registerDevServer(eleventy: DevServerEleventy): void {
  (globalThis as Record<symbol, unknown>)[stateKey] = {
    eleventy,
    countAtStart: eleventy.buildCount,
  } satisfies DevServerState;
}

/**
 * Whether the last build succeeded, told by Eleventy's count of builds; when it did and was a full
 * build, the posts it wrote become what saves are compared with.
 */
function settle(state: DevServerState): boolean {
  const succeeded = state.eleventy.buildCount > state.countAtStart;
  if (succeeded && state.written) {
    if (!state.written.incremental) state.published = state.written.published;
    state.written = undefined;
  }
  return succeeded;
}

/**
 * The saved post when a save of `file` changes only its body: it is a post the last successful
 * full build wrote and its front matter is the same as then. It is read through the post store,
 * so the check before the coming build finds it read. `undefined` otherwise, or when the file is
 * gone or its front matter cannot be read.
 */
function bodyOnlyPost(state: DevServerState, file: string, root: string): Post | undefined {
  const before = state.published?.get(file);
  if (before === undefined || !isPostSource(file)) return undefined;
  const store = existingStore(root);
  const post = store ? storePost(store, file, store.builds + 1) : undefined;
  return post && frontMatterKey(post) === before ? post : undefined;
}

/**
 * Sets the dev server's next rebuild to incremental when the saved files are one post the last
 * successful full build wrote, whose front matter is the same as then, and the last build
 * succeeded; else to a full rebuild. Does nothing outside the dev server.
 * @param queue the files Eleventy's watcher saw change, `./posts/basra/index.md`
 * @param root the project root
 * @returns whether the rebuild is incremental, or `undefined` outside the dev server
 */
export function chooseRebuildMode(queue: readonly string[], root = "."): boolean | undefined {
  const state = devServer();
  if (!state) return undefined;
  const succeeded = settle(state);
  state.written = undefined;
  state.previousSucceeded = succeeded;
  const file = queue.length === 1 ? (queue[0] ?? "").replace(/^\.\//, "") : "";
  const incremental = succeeded && bodyOnlyPost(state, file, root) !== undefined;
  state.eleventy.setIncrementalBuild(incremental);
  return incremental;
}

/**
 * The saved post when a save of `file` changes only its body, judged as
 * {@link chooseRebuildMode} will judge the coming rebuild (against the last successful full
 * build, and only when the last build succeeded), without choosing its mode: for the dev
 * server's instant preview (`src/cli/preview.ts`). While a rebuild runs, its outcome is not known
 * yet: the save is judged against the builds before it.
 * @param file project-relative, `posts/basra/index.md`
 * @param root the project root
 * @param building whether a rebuild is running (Eleventy's watcher knows)
 * @returns the post as the store reads it now; `undefined` outside the dev server, for another
 *   kind of save, or after a failed build
 */
export function bodyOnlySave(file: string, root = ".", building = false): Post | undefined {
  const state = devServer();
  if (!state) return undefined;
  const succeeded = building ? state.previousSucceeded === true : settle(state);
  return succeeded ? bodyOnlyPost(state, file, root) : undefined;
}

/** Marks the start of a build: the next rebuild is a full one unless this one succeeds. */
export function buildStarted(): void {
  const state = devServer();
  if (!state) return;
  state.countAtStart = state.eleventy.buildCount;
  state.written = undefined;
}

/**
 * Records what a build wrote, for the next save: after a full build that succeeds, the posts it
 * wrote and their front matter (as the check before it read them) are what saves are compared
 * with.
 * @param written input paths of the pages the build wrote, `./posts/basra/index.md`
 */
export function buildWritten(incremental: boolean, written: readonly string[], root = "."): void {
  const state = devServer();
  if (!state) return;
  const store = existingStore(root);
  const checked = new Map(
    (store ? storedPosts(store) : []).flatMap((post) => {
      const key = post.problems.length === 0 ? frontMatterKey(post) : undefined;
      return key === undefined ? [] : [[post.file, key] as const];
    }),
  );
  const published = new Map<string, string>();
  if (!incremental) {
    for (const inputPath of written) {
      const file = inputPath.replace(/^\.\//, "");
      const key = checked.get(file);
      if (key !== undefined) published.set(file, key);
    }
  }
  state.written = { incremental, published };
}
