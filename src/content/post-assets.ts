/**
 * A post's own files (images, GeoJSON, KML, PDFs…; {@link postAssetExtensions}) are copied beside
 * its page, wherever its permalink puts it: `posts/old-folder/photo.png` goes to
 * `_site/posts/<slug>/photo.png`, so `![Photo](photo.png)` and a lead image `src: photo.png` keep
 * working when the slug is not the folder's name. Only posts the build wrote get their files: a
 * draft's photos are not published with the production site.
 */
import { copyFile, mkdir, readdir } from "node:fs/promises";
import path from "node:path";
import { isPostAsset, postAssetExtensions, postsDir } from "./files/post-files.ts";
import { isPostSource } from "./permalinks/permalink.ts";

/** Glob of every post file that is copied, for Eleventy's watcher. */
export const postAssetsGlob = `${postsDir}/**/*.{${postAssetExtensions.join(",")}}`;

/** The part of one of Eleventy's `eleventy.after` results that copying reads. */
export interface WrittenPost {
  /** Source path as Eleventy gives it, `./posts/basra/index.md`. */
  inputPath: string;
  /** Where the page was written, `_site/posts/basra/index.html`, or `false` for no page. */
  outputPath: string | false;
}

export { isPostAsset };

/**
 * Lists a post folder's files to copy, as paths relative to the folder with `/` (subfolders
 * included: `images/photo.png`), sorted.
 */
export async function postAssets(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isPostAsset(entry.name))
    .map((entry) =>
      path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"),
    )
    .sort();
}

/**
 * Copies each written post's files from its source folder to its page's folder.
 * @param results the pages Eleventy wrote; those that are not posts are skipped
 * @returns the output paths written
 */
export async function copyPostAssets(results: readonly WrittenPost[]): Promise<string[]> {
  // Posts are copied side by side (the file system does the waiting), each in file order.
  const copied = await Promise.all(
    results.map(async ({ inputPath, outputPath }) => {
      if (!isPostSource(inputPath) || typeof outputPath !== "string") return [];
      const source = path.dirname(inputPath);
      const target = path.dirname(outputPath);
      const written: string[] = [];
      for (const file of await postAssets(source)) {
        const to = path.join(target, file);
        await mkdir(path.dirname(to), { recursive: true });
        await copyFile(path.join(source, file), to);
        written.push(to);
      }
      return written;
    }),
  );
  return copied.flat();
}
