/**
 * What is on disk where a post's body says a file is: the file, a folder, a symbolic link, or
 * nothing, and then whether a file of that name is there under another spelling (capitals,
 * accents, percent-escapes) or in another folder. Never follows a symbolic link. The words of the
 * messages are `body/messages.ts`'s.
 */
import { lstatSync, readdirSync } from "node:fs";
import path from "node:path";
import { walkTree } from "../files/folder-tree.ts";

/** What stands at a path, read without following a symbolic link. */
export type EntryKind = "file" | "folder" | "link";

/**
 * What is at `file`, without following a symbolic link.
 * @param file an absolute or working-directory-relative path
 * @returns `undefined` when nothing is there (or the name holds a NUL, which no name holds)
 */
export function entryAt(file: string): EntryKind | undefined {
  if (file.includes("\u0000")) return undefined;
  const stat = lstatSync(file, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (stat.isSymbolicLink()) return "link";
  return stat.isDirectory() ? "folder" : "file";
}

/** A name compared without capitals and accents (`Café.png`, `cafe.png` and an NFD `café.png` match). */
function loose(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * The path under `base` that matches `parts` when capitals and accents are ignored,
 * as the names on disk spell it (`["Images", "Pic.png"]` → `["images", "Pic.png"]`).
 */
function matchIgnoringCase(base: string, parts: readonly string[]): string[] | undefined {
  const found: string[] = [];
  let folder = base;
  for (const part of parts) {
    let entries: string[];
    try {
      entries = readdirSync(folder);
    } catch {
      return undefined;
    }
    const match = entries.find((entry) => loose(entry) === loose(part));
    if (match === undefined) return undefined;
    found.push(match);
    folder = path.join(folder, match);
  }
  return found;
}

/** Paths under `folder` (relative, `/`-separated) of files named `name`, ignoring capitals. */
function sameNameElsewhere(folder: string, name: string): string[] {
  try {
    return walkTree(folder)
      .map((entry) => entry.path)
      .filter((entry) => loose(path.posix.basename(entry)) === loose(name))
      .sort();
  } catch {
    return [];
  }
}

/** Why a referenced path is not a published file, for `missingFileMessage` to put in words. */
export type MissingFile =
  /** A folder stands there. */
  | { kind: "folder" }
  /** A symbolic link stands there. */
  | { kind: "link" }
  /** The file is there under the name the %-escapes decode to. */
  | { kind: "percent-escaped" }
  /** The path as the names on disk spell it; `onlyComposition` when only NFC/NFD differ. */
  | { kind: "other-spelling"; spelled: string; onlyComposition: boolean }
  /** A file of that name, in another folder under `base` (relative path). */
  | { kind: "elsewhere"; path: string }
  /** No such file anywhere under `base`: its `name`, and the `folder` it was looked for in. */
  | { kind: "absent"; name: string; folder: string };

/** `decodeURIComponent`, or `undefined` when the text is not valid percent-encoding. */
function decodedComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * What is wrong with a reference to a file that should be at `parts` under `base` (the post's
 * folder or `assets/`), or `undefined` when a file is there.
 * @param base the folder on disk, `<root>/posts/basra`
 * @param parts the path's names under `base`, `["images", "photo.png"]`
 * @param written the path as the author wrote it, percent-decoded by `decodeURI`
 * @param where how messages name `base`: `posts/basra/` or `assets/`
 */
export function missingFile(
  base: string,
  parts: readonly string[],
  written: string,
  where: string,
): MissingFile | undefined {
  const entry = entryAt(path.join(base, ...parts));
  if (entry === "file") return undefined;
  if (entry !== undefined) return { kind: entry };
  const decoded = decodedComponent(written);
  if (decoded !== undefined && decoded !== written) {
    if (entryAt(path.join(base, ...decoded.split("/"))) === "file") {
      return { kind: "percent-escaped" };
    }
  }
  const match = matchIgnoringCase(base, parts);
  if (match) {
    const spelled = [...written.split("/").slice(0, -parts.length), ...match].join("/");
    const onlyComposition = match.every(
      (name, index) => name.normalize("NFC") === (parts[index] ?? "").normalize("NFC"),
    );
    return { kind: "other-spelling", spelled, onlyComposition };
  }
  const name = parts[parts.length - 1] ?? "";
  const elsewhere = sameNameElsewhere(base, name)[0];
  if (elsewhere !== undefined) return { kind: "elsewhere", path: elsewhere };
  return { kind: "absent", name, folder: path.posix.join(where, ...parts.slice(0, -1)) };
}
