/**
 * The stamp of Dispatch's compiled output (`dist/`): the size and modification time of every
 * source it was compiled from, so that the launcher (`scripts/dispatch.mjs`) can tell in a few
 * milliseconds, without reading any source, whether `dist/` is stale. Plain JavaScript: it runs
 * before anything is compiled.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

/** Bumped when the stamp's format or what `scripts/compile.mjs` writes changes. */
export const stampVersion = 1;

/** The folder of the compiled output, in the project root. */
export const outputFolder = "dist";

/** The stamp's file in {@link outputFolder}, written last by a compile that succeeded. */
export const stampFile = "stamp.json";

/**
 * The sources the compiled output depends on, relative to the project root: every file of the
 * folders (recursively) and each single file, when it exists.
 */
export const stampedSources = {
  folders: ["src"],
  files: [
    ".eleventy.ts",
    "package.json",
    "package-lock.json",
    "scripts/compile.mjs",
    "scripts/stamp.mjs",
  ],
};

/**
 * @typedef {object} Stamp
 * @property {number} version {@link stampVersion} when it was written
 * @property {Record<string, string>} files by project-relative path with `/` separators
 *   (`src/site.ts`): `"<size in bytes>:<modification time in ms>"`
 */

/**
 * The files under `folder` (project-relative), recursively, in no particular order.
 * @param {string} root absolute project root
 * @param {string} folder project-relative folder
 * @returns {string[]} project-relative paths with `/` separators; none when the folder is missing
 */
function filesUnder(root, folder) {
  let entries;
  try {
    entries = readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path
        .relative(root, path.join(entry.parentPath ?? entry.path, entry.name))
        .split(path.sep)
        .join("/"),
    );
}

/**
 * The stamp of the project's sources now ({@link stampedSources}).
 * @param {string} root absolute project root
 * @returns {Stamp}
 */
export function sourceStamp(root) {
  const names = [
    ...stampedSources.folders.flatMap((folder) => filesUnder(root, folder)),
    ...stampedSources.files,
  ];
  /** @type {Record<string, string>} */
  const files = {};
  for (const name of names.sort()) {
    try {
      const stat = statSync(path.join(root, name));
      files[name] = `${stat.size}:${stat.mtimeMs}`;
    } catch {
      // A single file the project does not have (no package-lock.json): not part of the stamp.
    }
  }
  return { version: stampVersion, files };
}

/**
 * The stamp the last compile that succeeded wrote in `dist/`.
 * @param {string} root absolute project root
 * @returns {Stamp | undefined} undefined when there is none or it cannot be read
 */
export function readStamp(root) {
  try {
    return JSON.parse(readFileSync(path.join(root, outputFolder, stampFile), "utf8"));
  } catch {
    return undefined;
  }
}

/**
 * Writes the stamp of the compiled output, whole or not at all (a temporary file renamed over it).
 * The compile writes it last, once every module is in place.
 * @param {string} root absolute project root
 * @param {Stamp} stamp the sources' stamp taken before they were compiled
 */
export function writeStamp(root, stamp) {
  const file = path.join(root, outputFolder, stampFile);
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(stamp, null, 1)}\n`);
  renameSync(temporary, file);
}

/**
 * What changed between the stamp of the compiled output and the sources now.
 * @param {Stamp | undefined} compiled the stamp in `dist/`; undefined when nothing was compiled
 * @param {Stamp} now {@link sourceStamp} of the sources
 * @returns {string[]} the project-relative files added, changed or deleted since, sorted; `["dist/"]`
 *   when there is no compiled output or it was written by another version of the compiler;
 *   empty when the output is up to date
 */
export function staleSources(compiled, now) {
  if (!compiled || compiled.version !== now.version || typeof compiled.files !== "object") {
    return [`${outputFolder}/`];
  }
  const names = new Set([...Object.keys(compiled.files), ...Object.keys(now.files)]);
  return [...names].filter((name) => compiled.files[name] !== now.files[name]).sort();
}

/**
 * The compiled files a stamp lists (`outputs`, project-relative) that are no longer on disk: a
 * `dist/` someone emptied in part must be compiled again, not run.
 * @param {string} root the project folder
 * @param {{ outputs?: unknown } | undefined} compiled the stamp read from `dist/`
 * @returns {string[]} the missing files, sorted; none for a stamp that lists no outputs
 */
export function missingOutputs(root, compiled) {
  const outputs = Array.isArray(compiled?.outputs) ? compiled.outputs : [];
  return outputs
    .filter((file) => typeof file === "string" && !existsSync(path.join(root, file)))
    .sort();
}
