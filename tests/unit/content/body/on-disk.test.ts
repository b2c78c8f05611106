import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { entryAt, missingFile } from "../../../../src/content/body/on-disk.ts";

/** A temporary post folder holding `files` (empty), a folder `images/` and a link `linked.png`. */
function postFolder(files: readonly string[]): string {
  const folder = mkdtempSync(path.join(tmpdir(), "dispatch-on-disk-"));
  mkdirSync(path.join(folder, "images"));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), "");
  }
  symlinkSync("photo.png", path.join(folder, "linked.png"));
  return folder;
}

describe("entryAt", () => {
  const folder = postFolder(["photo.png"]);
  it.each([
    ["photo.png", "file"],
    ["images", "folder"],
    ["linked.png", "link"],
    ["gone.png", undefined],
    ["a\u0000.png", undefined],
  ])("%j is %s", (name, kind) => {
    expect(entryAt(path.join(folder, name))).toBe(kind);
  });
});

describe("missingFile", () => {
  const folder = postFolder([
    "photo.png",
    "Q&A.png",
    "café.jpg",
    "images/Pic.png",
    "deep/x/map.svg",
  ]);
  const where = "posts/a/";
  it.each([
    ["photo.png", undefined],
    ["images", { kind: "folder" }],
    ["linked.png", { kind: "link" }],
    ["Q%26A.png", { kind: "percent-escaped" }],
    [
      "Images/pic.PNG",
      { kind: "other-spelling", spelled: "images/Pic.png", onlyComposition: false },
    ],
    ["cafe\u0301.jpg", { kind: "other-spelling", spelled: "café.jpg", onlyComposition: true }],
    ["CAFE.jpg", { kind: "other-spelling", spelled: "café.jpg", onlyComposition: false }],
    ["map.svg", { kind: "elsewhere", path: "deep/x/map.svg" }],
    ["gone.png", { kind: "absent", name: "gone.png", folder: "posts/a/" }],
    ["sub/gone.png", { kind: "absent", name: "gone.png", folder: "posts/a/sub" }],
  ])("finds %j %j", (written, expected) => {
    expect(missingFile(folder, written.split("/"), written, where)).toEqual(expected);
  });

  it("keeps the folders the author wrote before the names it matched", () => {
    expect(
      missingFile(path.join(folder, "images"), ["pic.png"], "./images/pic.png", where),
    ).toEqual({
      kind: "other-spelling",
      spelled: "./images/Pic.png",
      onlyComposition: false,
    });
  });
});
