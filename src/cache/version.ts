/**
 * Dispatch's version as the build cache sees it: a digest of everything that decides what a
 * build makes from a post apart from the post itself. That is Dispatch's code and the site's
 * settings (`src/**`, which holds `src/site.ts`), its Eleventy configuration (`.eleventy.ts`) and
 * the exact versions of its dependencies (`package-lock.json`, else `package.json`). A change to
 * any of them makes every cache key new, so nothing made by other code or settings is reused.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/** The files of `folder`, recursively, as sorted paths relative to it; none when it is absent. */
function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * The version of the Dispatch in `root` (a project folder): SHA-256, hex, of the path and content
 * of every file under `src/`, then `.eleventy.ts` and the lock file (or `package.json` without
 * one). Reads about 300 files (1 MB): a few milliseconds.
 * @param root the project's folder, e.g. `"."`
 */
export function dispatchVersion(root: string): string {
  const hash = createHash("sha256");
  const add = (name: string, file: string) => {
    hash.update(`${name}\u0000`);
    hash.update(readFileSync(file));
    hash.update("\u0000");
  };
  const src = path.join(root, "src");
  for (const file of filesUnder(src)) add(`src/${file}`, path.join(src, file));
  for (const name of [".eleventy.ts"]) {
    if (existsSync(path.join(root, name))) add(name, path.join(root, name));
  }
  const lock = ["package-lock.json", "package.json"].find((name) =>
    existsSync(path.join(root, name)),
  );
  if (lock) add(lock, path.join(root, lock));
  return hash.digest("hex");
}
