/**
 * The dev server's rebuilds: a save that changes only a post's body (the commonest edit while
 * writing) rebuilds that post's page and the pages that list or carry posts (home, topics,
 * archive, feeds), in Eleventy's incremental mode; any other change (front matter, a layout, a
 * post's files, several files at once, a deletion) rebuilds the whole site, since another post's
 * page may show what changed (its title in related posts, its neighbours).
 *
 * Eleventy makes a new configuration, and so new plugin modules, when a configuration file
 * changes; the dev server's Eleventy instance is kept where every one of them finds it.
 */
import { isBodyOnlyEdit } from "./check-posts.ts";

/** What the dev server's Eleventy instance is asked to do. */
export interface DevServerEleventy {
  setIncrementalBuild(incremental: boolean): void;
}

const devServerKey = Symbol.for("dispatch.devServerEleventy");

/** Makes `eleventy` the dev server's instance, whose rebuild mode {@link chooseRebuildMode} sets. */
export function registerDevServer(eleventy: DevServerEleventy): void {
  (globalThis as Record<symbol, unknown>)[devServerKey] = eleventy;
}

/**
 * Sets the dev server's next rebuild to incremental when the saved files are one post whose
 * front matter did not change ({@link isBodyOnlyEdit}), else to a full rebuild. Does nothing
 * outside the dev server.
 * @param queue the files Eleventy's watcher saw change, `./posts/basra/index.md`
 * @param root the project root
 * @returns whether the rebuild is incremental, or `undefined` outside the dev server
 */
export function chooseRebuildMode(queue: readonly string[], root = "."): boolean | undefined {
  const eleventy = (globalThis as Record<symbol, unknown>)[devServerKey] as
    DevServerEleventy | undefined;
  if (!eleventy) return undefined;
  const incremental = queue.length === 1 && isBodyOnlyEdit(root, queue[0] ?? "");
  eleventy.setIncrementalBuild(incremental);
  return incremental;
}
