/** Where a build may write: a folder of its own, never the project or its sources. */
import path from "node:path";

/** Normalises an output folder as typed: `_site/` and `./_site` are `_site`; `` is `.`. */
export function normalizeOutput(output: string): string {
  return path.normalize(output).replace(/[\\/]+$/, "") || ".";
}

/** Folders of the project that an output folder must never be, be inside, or contain. */
const sourceFolders = [
  "posts",
  "pages",
  "layouts",
  "assets",
  "styles",
  "src",
  "tests",
  "node_modules",
  ".git",
  ".github",
  "docs",
];

/**
 * Checks that `output` is a folder the build may replace whole: not the project itself, not a
 * source folder or inside one, and holding none.
 * @returns why it is not, or undefined when it is safe
 */
export function unsafeOutput(output: string, root = process.cwd()): string | undefined {
  const target = path.resolve(root, output);
  const relative = path.relative(root, target);
  if (relative === "") return "it is the project itself";
  for (const folder of sourceFolders) {
    const source = path.resolve(root, folder);
    const inside = path.relative(source, target);
    if (inside === "" || !inside.startsWith("..")) return `it is or is inside ${folder}/`;
    if (!path.relative(target, source).startsWith("..")) return `it contains ${folder}/`;
  }
  return undefined;
}
