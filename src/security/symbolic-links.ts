/**
 * Symbolic links under `posts/`. The build publishes a post's folder beside its page and reads
 * map files from it; a link there may point anywhere on the machine that builds the site (its
 * keys, its `/etc/passwd`) or back into itself, so no link under `posts/` is followed: each is
 * reported with what it points to and the fix (a copy of the file instead).
 */
import { lstatSync, readlinkSync, realpathSync } from "node:fs";
import path from "node:path";
import type { ContentProblem } from "../errors.ts";

/**
 * Describes the symbolic link at `link` as a problem: where it points (inside the project, outside
 * it, nowhere) or that it is a loop. Never reads what it points to.
 * @param root the project root
 * @param link the link's project-relative path with `/`, e.g. `posts/basra/data.geojson`
 * @returns `{ file: link, message, fix }`, without a line (a link has none)
 */
export function symbolicLinkProblem(root: string, link: string): ContentProblem {
  const absolute = path.resolve(root, link);
  const folder = path.posix.dirname(link);
  const copy = { fix: `put a copy of the file itself in ${folder}/ instead of the link` };
  const doesNotFollow = "the build follows no link in posts/";
  let target: string;
  try {
    target = readlinkSync(absolute);
  } catch {
    target = "?";
  }
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP") {
      return {
        file: link,
        message: `is a symbolic link to ${target} that leads back into itself (a loop); ${doesNotFollow}`,
        fix: "delete the link",
      };
    }
    return {
      file: link,
      message: `is a symbolic link to ${target}, which does not exist; ${doesNotFollow}`,
      fix: "delete the link, or put the file itself in its place",
    };
  }
  const project = realpathSync(path.resolve(root));
  if (real !== project && !real.startsWith(project + path.sep)) {
    return {
      file: link,
      message: `is a symbolic link to ${target}, outside the project; ${doesNotFollow}, since one could publish any file of the machine that builds the site`,
      ...copy,
    };
  }
  const inside = path.relative(project, real).split(path.sep).join("/");
  // A link to a folder holding the link itself is a loop for any walk that follows links.
  if (absolute.startsWith(real + path.sep) || inside === "") {
    return {
      file: link,
      message: `is a symbolic link to ${target}, a folder that holds the link (a loop); ${doesNotFollow}`,
      fix: "delete the link",
    };
  }
  return {
    file: link,
    message: `is a symbolic link to ${inside}; ${doesNotFollow}`,
    ...copy,
  };
}

/**
 * The first symbolic link on the way from `folder` to `file` (the file itself included), as a
 * project-relative path, or `undefined` when there is none (or a name does not exist).
 * @param root the project root
 * @param folder a project-relative folder with `/`, `posts/basra`
 * @param file a project-relative path inside `folder`, `posts/basra/maps/route.gpx`
 */
export function linkOnTheWay(root: string, folder: string, file: string): string | undefined {
  const names = path.posix.relative(folder, file).split("/");
  let current = folder;
  for (const name of names) {
    current = `${current}/${name}`;
    const stat = lstatSync(path.resolve(root, current), { throwIfNoEntry: false });
    if (!stat) return undefined;
    if (stat.isSymbolicLink()) return current;
  }
  return undefined;
}
