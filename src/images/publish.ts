/**
 * Puts the files made from an image beside the page that shows it, copied from the cache folder
 * (a copy-on-write clone where the file system can). A file already there with the same size (the
 * dev server's next build, or a second page with the same image) is left as it is.
 */
import { constants } from "node:fs";
import { copyFile, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import type { DerivativeFile } from "./derivatives.ts";

/**
 * Copies under way, by target path, so that two pages with one image copy it once. One per
 * images plugin (made by {@link copiesUnderWay}); a copy leaves it when it ends.
 */
export type CopiesUnderWay = Map<string, Promise<void>>;

/** An empty {@link CopiesUnderWay}, for one images plugin. */
export function copiesUnderWay(): CopiesUnderWay {
  return new Map();
}

/** Copies one cached file to `target` unless a file of its size is there. */
async function publishOne(from: string, target: string): Promise<void> {
  const [source, existing] = await Promise.all([stat(from), stat(target).catch(() => undefined)]);
  if (existing?.isFile() && existing.size === source.size) return;
  await mkdir(path.dirname(target), { recursive: true });
  await copyFile(from, target, constants.COPYFILE_FICLONE);
}

/**
 * Copies `files` from the cache into `folder` (the page's folder in the build's output); a file
 * already being copied to the same target is waited for, not copied again.
 * @param copying the copies under way, shared by every page of the plugin
 * @returns once every file is there
 * @throws Error from the file system when a file cannot be read or written
 */
export async function publishFiles(
  files: readonly DerivativeFile[],
  folder: string,
  copying: CopiesUnderWay,
): Promise<void> {
  await Promise.all(
    files.map((file) => {
      const target = path.join(folder, file.filename);
      let done = copying.get(target);
      if (!done) {
        done = publishOne(file.cachePath, target).finally(() => copying.delete(target));
        copying.set(target, done);
      }
      return done;
    }),
  );
}
