/**
 * Files a map writes beside its page (the static SVG, the locator inset, the live map's ground).
 * Rendering queues them in the build's {@link MapFiles}, drawn or still being drawn; the maps
 * plugin writes them once Eleventy has written the pages, into the same output, and removes those
 * no build writes any more.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createMapDrawings, type MapDrawings, type MapDrawingsOptions } from "./drawings.ts";
import type { MapDrawingRequest } from "./map-drawing.ts";

/**
 * The files maps queue beside their pages during one build, by output path: the map figures
 * (the ` ```geojson ` fence, the `{% map %}` tag, the coverage map) queue them as pages render,
 * the share plugin reads a page's static map from it, and the maps plugin writes them all once
 * Eleventy has written the pages. Made once per Eleventy configuration (`.eleventy.ts`) and
 * handed to each of those plugins.
 */
export interface MapFiles {
  /**
   * Queues a file to write beside a page; a second file of the same name replaces the first.
   * @param pageOutputPath the page's output path as Eleventy gives it (`_site/posts/basra/index.html`)
   * @param name the file's name, e.g. `map-21.svg`
   * @param content its text, or a drawing under way that resolves with it
   */
  queue(pageOutputPath: string, name: string, content: string | Promise<string>): void;
  /**
   * Queues the drawing `request` as the file `name` beside a page, made by {@link drawings} (read
   * from the build cache, or drawn), and records it for {@link drawingsBeside}.
   */
  queueDrawing(pageOutputPath: string, name: string, request: MapDrawingRequest): void;
  /**
   * The drawings queued beside a page in this build, in the order they were queued, until they
   * are written: what a page whose body is read from a cache stores with it, to queue its map
   * files again with {@link queueDrawing}.
   */
  drawingsBeside(pageOutputPath: string): Array<{ name: string; request: MapDrawingRequest }>;
  /**
   * A file queued beside a page and not written yet, e.g. a static map that another plugin draws
   * from while the page renders (the share image): its text or the drawing under way; undefined
   * when none is queued under that name.
   */
  get(pageOutputPath: string, name: string): string | Promise<string> | undefined;
  /**
   * Writes every queued file once it is drawn, creating folders, and empties the queue; returns
   * the paths written.
   * @throws Error of the first drawing that failed, or of the file system
   */
  writeAll(): Promise<string[]>;
  /** Where the maps of this configuration's builds are drawn or read from (the build cache). */
  readonly drawings: MapDrawings;
}

/**
 * Returns an empty queue of map files (see {@link MapFiles}), whose maps are read from the build
 * cache `options.cache` and stored there when it is given.
 */
export function createMapFiles(options: MapDrawingsOptions = {}): MapFiles {
  const files = new Map<string, string | Promise<string>>();
  const drawings = createMapDrawings(options);
  const requests = new Map<string, Array<{ name: string; request: MapDrawingRequest }>>();
  const besidePage = (pageOutputPath: string, name: string) =>
    path.join(path.dirname(pageOutputPath), name);
  return {
    queue: (pageOutputPath, name, content) => {
      files.set(besidePage(pageOutputPath, name), content);
    },
    queueDrawing(pageOutputPath, name, request) {
      files.set(besidePage(pageOutputPath, name), drawings.draw(request));
      const page = requests.get(pageOutputPath) ?? [];
      requests.set(pageOutputPath, [
        ...page.filter((drawing) => drawing.name !== name),
        { name, request },
      ]);
    },
    drawingsBeside: (pageOutputPath) => [...(requests.get(pageOutputPath) ?? [])],
    get: (pageOutputPath, name) => files.get(besidePage(pageOutputPath, name)),
    writeAll: async () => {
      const written = [...files.keys()];
      await Promise.all(
        [...files].map(async ([file, content]) => {
          const text = await content;
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, text);
        }),
      );
      files.clear();
      requests.clear();
      return written;
    },
    drawings,
  };
}

/**
 * The map files an earlier build wrote that this one did not: all of them after a full build;
 * after an incremental one, only those beside the HTML pages it wrote again (the others' pages
 * were not rendered, so their files are still theirs; a file written beside a page that was not,
 * such as its `cite.bib`, says nothing of the page's maps).
 * @param previous paths the earlier builds wrote, as {@link MapFiles.writeAll} returned them
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
          page.outputPath && page.outputPath.endsWith(".html")
            ? [path.resolve(path.dirname(page.outputPath))]
            : [],
        ),
      )
    : undefined;
  return previous.filter(
    (file) =>
      !written.has(file) &&
      (folders === undefined || folders.has(path.resolve(pageFolderOf(file)))),
  );
}

/**
 * The folder of the page a map file belongs to: the file's own folder, or its parent for a file
 * for a map's embed page (`posts/basra/map-2/index.html`, `posts/basra/map-eight-days/index.html`), in a folder of its own.
 */
export function pageFolderOf(file: string): string {
  const folder = path.dirname(file);
  const embedPage =
    path.basename(file) === "index.html" && /^map-[a-z0-9-]+$/.test(path.basename(folder));
  return embedPage ? path.dirname(folder) : folder;
}
