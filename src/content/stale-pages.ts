/**
 * Stale pages in the dev server's output. Eleventy never deletes what it wrote: after a post is
 * deleted or renamed (or its slug or tags change), its old page, its files and the topic pages
 * no post needs any more stay in `_site/`, keep answering 200 and are indexed by search. After
 * each full dev-server build, the pages the previous build wrote and this one did not are
 * removed, with the folder of a post's page (its images and maps).
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { isPostSource } from "./permalinks/permalink.ts";
import type { WrittenPost } from "./post-assets.ts";

/** A page one build wrote: one of the `results` of Eleventy's `eleventy.after` event. */
export type WrittenPage = WrittenPost;

/**
 * What to remove after a build: each page the previous build wrote that this one did not. A
 * post's page published as `<folder>/index.html` takes its folder with it (the images and maps
 * copied there), unless a page of this build is written in that folder; any other page is removed
 * alone.
 * @param previous the pages the previous build wrote
 * @param current the pages this build wrote
 * @returns output paths (files or folders) as the results give them, sorted; none when nothing is stale
 */
export function stalePaths(
  previous: readonly WrittenPage[],
  current: readonly WrittenPage[],
): string[] {
  const written = new Set(
    current.flatMap(({ outputPath }) =>
      typeof outputPath === "string" ? [path.normalize(outputPath)] : [],
    ),
  );
  const stale = new Set<string>();
  for (const { inputPath, outputPath } of previous) {
    if (typeof outputPath !== "string") continue;
    const page = path.normalize(outputPath);
    if (written.has(page)) continue;
    const folder = path.dirname(page);
    const ownFolder =
      isPostSource(inputPath) &&
      path.basename(page) === "index.html" &&
      ![...written].some((file) => file.startsWith(`${folder}${path.sep}`));
    stale.add(ownFolder ? folder : page);
  }
  return [...stale].sort();
}

/**
 * Removes the pages {@link stalePaths} finds, synchronously, so that nothing that runs after
 * (the search index) sees them.
 * @param outputDir the output folder: nothing outside it, nor the folder itself, is removed
 * @returns the paths removed
 */
export function removeStalePages(
  previous: readonly WrittenPage[],
  current: readonly WrittenPage[],
  outputDir: string,
): string[] {
  const root = path.resolve(outputDir);
  const removed: string[] = [];
  for (const stale of stalePaths(previous, current)) {
    const absolute = path.resolve(stale);
    if (!absolute.startsWith(`${root}${path.sep}`)) continue;
    rmSync(absolute, { recursive: true, force: true });
    removed.push(stale);
  }
  return removed;
}
