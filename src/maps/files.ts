/**
 * Files a map writes beside its page (the static SVG and the locator inset). Rendering queues
 * them; the maps plugin writes them once Eleventy has written the pages, into the same output.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

const queued = new Map<string, string>();

/**
 * Queues a file to write beside a page.
 * @param pageOutputPath the page's output path as Eleventy gives it (`_site/posts/basra/index.html`)
 * @param name the file's name, e.g. `map-21.svg`
 */
export function queueFileBesidePage(pageOutputPath: string, name: string, content: string): void {
  queued.set(path.join(path.dirname(pageOutputPath), name), content);
}

/**
 * A file queued beside a page and not written yet, e.g. a static map that another plugin draws
 * from while the page renders (the share image); undefined when none is queued under that name.
 */
export function queuedFileBesidePage(pageOutputPath: string, name: string): string | undefined {
  return queued.get(path.join(path.dirname(pageOutputPath), name));
}

/** Writes every queued file and empties the queue; returns the paths written. */
export async function writeQueuedFiles(): Promise<string[]> {
  const written = [...queued.keys()];
  await Promise.all(
    [...queued].map(async ([file, content]) => {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    }),
  );
  queued.clear();
  return written;
}

/**
 * The map files an earlier build wrote that this one did not: all of them after a full build;
 * after an incremental one, only those beside the pages it wrote again (the others' pages were
 * not rendered, so their files are still theirs).
 * @param previous paths the earlier builds wrote, as {@link writeQueuedFiles} returned them
 * @param now paths this build wrote
 * @param rewritten for an incremental build, the pages it wrote (Eleventy's results)
 */
export function staleMapFiles(
  previous: readonly string[],
  now: readonly string[],
  rewritten?: ReadonlyArray<{ outputPath: string | false }>,
): string[] {
  const written = new Set(now);
  const folders = rewritten
    ? new Set(
        rewritten.flatMap((page) =>
          page.outputPath ? [path.resolve(path.dirname(page.outputPath))] : [],
        ),
      )
    : undefined;
  return previous.filter(
    (file) =>
      !written.has(file) &&
      (folders === undefined || folders.has(path.resolve(path.dirname(file)))),
  );
}
