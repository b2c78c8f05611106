/**
 * Walking a folder of posts without following symbolic links. Node's `readdirSync(dir,
 * { recursive: true })` follows a link to a folder, so a link to `..` made it walk forever and a
 * link to `/` read the whole machine; this walk reads each folder once, as it is on disk.
 */
import { readdirSync, type Dirent } from "node:fs";
import path from "node:path";

/** What a name in a folder is, read without following a symbolic link. */
export type TreeEntryKind = "file" | "folder" | "link" | "other";

/** One file, folder or link under the walked folder. */
export interface TreeEntry {
  /** Path relative to the walked folder, with `/` between names: `images/photo.png`. */
  path: string;
  kind: TreeEntryKind;
}

function kindOf(entry: Dirent): TreeEntryKind {
  if (entry.isSymbolicLink()) return "link";
  if (entry.isDirectory()) return "folder";
  if (entry.isFile()) return "file";
  return "other";
}

/**
 * Lists everything under `dir`, depth first in name order, never entering a symbolic link (it is
 * listed as a `link`, whatever it points to). A folder that cannot be read is listed but not
 * entered; a `dir` that cannot be read gives `[]`.
 * @param dir an absolute or working-directory-relative folder
 * @returns entries with paths relative to `dir` (a folder comes before what it holds)
 */
export function walkTree(dir: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  const visit = (folder: string, prefix: string): void => {
    let names: Dirent[];
    try {
      names = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of names) {
      const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      const kind = kindOf(entry);
      entries.push({ path: relative, kind });
      if (kind === "folder") visit(path.join(folder, entry.name), relative);
    }
  };
  visit(dir, "");
  return entries;
}
