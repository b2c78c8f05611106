import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { walkTree } from "../../../../src/content/files/folder-tree.ts";

/** A temporary folder holding `files` (empty). */
function folderWith(files: readonly string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-tree-"));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), "");
  }
  return root;
}

describe("walkTree", () => {
  it("lists depth first in name order, a folder before what it holds, paths with /", () => {
    const root = folderWith(["b/index.md", "a/z.png", "a/img/x.png", "A.txt"]);
    expect(walkTree(root)).toEqual([
      { path: "A.txt", kind: "file" },
      { path: "a", kind: "folder" },
      { path: "a/img", kind: "folder" },
      { path: "a/img/x.png", kind: "file" },
      { path: "a/z.png", kind: "file" },
      { path: "b", kind: "folder" },
      { path: "b/index.md", kind: "file" },
    ]);
  });

  it("lists a symbolic link as a link and never enters it, so a loop ends at once", () => {
    const root = folderWith(["a/index.md"]);
    symlinkSync("..", path.join(root, "a/up"));
    symlinkSync("/", path.join(root, "a/machine"));
    symlinkSync("gone", path.join(root, "a/dangling"));
    expect(walkTree(root)).toEqual([
      { path: "a", kind: "folder" },
      { path: "a/dangling", kind: "link" },
      { path: "a/index.md", kind: "file" },
      { path: "a/machine", kind: "link" },
      { path: "a/up", kind: "link" },
    ]);
  });

  it("gives [] for a folder that does not exist", () => {
    expect(walkTree(path.join(tmpdir(), "dispatch-tree-none", "x"))).toEqual([]);
  });
});
