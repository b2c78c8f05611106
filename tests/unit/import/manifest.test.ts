import { describe, expect, it } from "vitest";
import { planPost, readManifest, sha256, writeManifest } from "../../../src/import/manifest.ts";

describe("re-importing", () => {
  const text = "---\ntitle: A\n---\n";

  it.each([
    ["no file yet", undefined, undefined, false, "write"],
    ["the same text", text, { sha256: "x" }, false, "unchanged"],
    [
      "untouched since the last import, export changed",
      "old",
      { sha256: sha256("old") },
      false,
      "update",
    ],
    ["edited since the last import", "edited", { sha256: sha256("old") }, false, "keep"],
    ["edited, with --force", "edited", { sha256: sha256("old") }, true, "overwrite"],
    ["a file the import did not write", "mine", undefined, false, "keep"],
    ["a file the import did not write, with --force", "mine", undefined, true, "keep"],
    ["deleted since the last import", undefined, { sha256: sha256("old") }, false, "deleted"],
    ["deleted since the last import, with --force", undefined, { sha256: "x" }, true, "write"],
  ])("%s → %s", (_what, existing, recorded, force, action) => {
    expect(planPost(text, existing, recorded, force)).toBe(action);
  });

  it("writes the manifest in post-id order, and reads back what it wrote", () => {
    const manifest = {
      version: 1 as const,
      posts: { "12": { slug: "b", sha256: "2" }, "9": { slug: "a", sha256: "1" } },
    };
    const written = writeManifest(manifest);
    expect(written).toBe(
      '{\n  "version": 1,\n  "posts": {\n    "9": {\n      "slug": "a",\n      "sha256": "1"\n    },\n    "12": {\n      "slug": "b",\n      "sha256": "2"\n    }\n  }\n}\n',
    );
    expect(readManifest(written)).toEqual(manifest);
    expect(readManifest("not json")).toEqual({ version: 1, posts: {} });
  });
});
