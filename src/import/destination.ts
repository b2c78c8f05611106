/**
 * Where the import may write posts: only a folder the build reads as posts. The build reads a
 * project's posts from `posts/<folder>/index.md` at the project's root (`postsDir` of
 * `src/content/files/post-files.ts`; Eleventy's input is the root, whose `.eleventy.ts` wires
 * the build), and nothing else: a post written into `posts/imported/<slug>/` or `out/<slug>/`
 * is never published (or stops the build), and the import would not see the posts already there
 * to keep their slugs. So `--out` must be a folder named `posts` whose parent holds
 * `.eleventy.ts`: this project's `posts/` (`posts`, `./posts`, `posts/`, or its absolute path) or
 * another Dispatch project's.
 */
import { existsSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { postsDir } from "../content/files/post-files.ts";
import { ImportError } from "./export/import-error.ts";

/** The file in a project's root that makes it a project the build runs in. */
export const projectMarker = ".eleventy.ts";

/**
 * The absolute path `file` names (a file or a folder, which need not exist yet), with the links
 * of its existing part resolved: the path the file system would write to.
 */
export function realPath(file: string): string {
  const absolute = path.resolve(file);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = path.dirname(absolute);
  return parent === absolute ? absolute : path.join(realPath(parent), path.basename(absolute));
}

/**
 * Refuses an `--out` that is not a folder the build reads as posts (see the module's comment).
 * Nothing is read but the path and whether the parent holds `.eleventy.ts`; nothing is written.
 * @param out `--out` as given, relative to `cwd` (`posts`, `./posts/`, `/site/posts`)
 * @param cwd the working folder. @default process.cwd()
 * @throws ImportError naming `--out <out>`, what the build reads and the fix `--out posts`
 */
export function checkPostsDestination(out: string, cwd = process.cwd()): void {
  // The folder's own name as given (a posts/ that is a link to elsewhere is still posts/), in
  // its parent as it really is.
  const given = path.resolve(cwd, out);
  const folder = path.join(realPath(path.dirname(given)), path.basename(given));
  const project = path.dirname(folder);
  const marker = path.join(project, projectMarker);
  const isProject = existsSync(marker) && statSync(marker).isFile();
  if (path.basename(folder) === postsDir && isProject) return;
  const why =
    path.basename(folder) === postsDir
      ? `is a folder named ${postsDir} outside a Dispatch project (its parent holds no ${projectMarker})`
      : `is not a folder the build reads posts from`;
  throw new ImportError(
    {
      file: out,
      message: `${why}: the build publishes only ${postsDir}/<folder>/index.md in the project's root, so posts written there would never be published`,
      fix: `import straight into the posts folder, --out ${postsDir} (the default), or into another project's, --out ../other-site/${postsDir}`,
    },
    `--out ${out}`,
  );
}
