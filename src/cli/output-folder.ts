/** Where a build may write: a folder of its own, never the project or its sources. */
import { existsSync, readdirSync, statSync } from "node:fs";
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
  "dist",
  "scripts",
  "bench",
  ".cache",
  ".ci",
];

/**
 * Checks that `output` is a folder the build may replace whole: not the project itself, not a
 * source folder (the compiled code in `dist/`, the caches in `.cache/` included) or inside one,
 * and holding none; and, unless it is the default `_site`, not an existing file, nor an existing
 * folder holding something other than a site (no `index.html` at its top), such as someone's
 * documents.
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
  if (!existsSync(target)) return undefined;
  if (!statSync(target).isDirectory()) return "it is a file";
  if (relative === "_site") return undefined;
  const entries = readdirSync(target);
  if (entries.length > 0 && !entries.includes("index.html")) {
    return "it is a folder that holds something other than a built site (no index.html)";
  }
  return undefined;
}
