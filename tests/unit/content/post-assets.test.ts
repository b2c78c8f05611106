import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { postAssets } from "../../../src/content/post-assets.ts";

describe("postAssets", () => {
  it("lists a post folder's own files to copy, subfolders included, and no symbolic link", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "dispatch-post-assets-"));
    const folder = path.join(root, "posts/basra");
    mkdirSync(path.join(folder, "images"), { recursive: true });
    for (const file of ["index.md", "lead.png", "images/pipeline.jpg", "notes.exe"])
      writeFileSync(path.join(folder, file), "x");
    writeFileSync(path.join(root, "secret.png"), "x");
    symlinkSync(path.join(root, "secret.png"), path.join(folder, "linked.png"));
    symlinkSync("..", path.join(folder, "loop"));
    symlinkSync(root, path.join(folder, "images/project"));
    expect(await postAssets(folder)).toEqual(["images/pipeline.jpg", "lead.png"]);
  });
});
