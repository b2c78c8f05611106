import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postImageFile } from "../../../src/images/post-image.ts";

// postImageFile reads paths relative to the working directory, as Eleventy names them.
const previous = process.cwd();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "dispatch-post-image-"));
  mkdirSync(path.join(dir, "posts/basra/images"), { recursive: true });
  mkdirSync(path.join(dir, "posts/basra/folder.jpg"), { recursive: true });
  mkdirSync(path.join(dir, "posts/other"), { recursive: true });
  for (const file of [
    "posts/basra/photo.jpg",
    "posts/basra/Port.PNG",
    "posts/basra/my photo.jpg",
    "posts/basra/images/map.webp",
    "posts/basra/notes.txt",
    "posts/other/photo.jpg",
  ]) {
    writeFileSync(path.join(dir, file), "");
  }
  process.chdir(dir);
});
afterAll(() => {
  process.chdir(previous);
  rmSync(dir, { recursive: true, force: true });
});

describe("postImageFile", () => {
  it.each([
    ["an image beside the post", "photo.jpg", "posts/basra/photo.jpg"],
    ["an image in a folder of the post's", "images/map.webp", "posts/basra/images/map.webp"],
    ["an extension in capitals", "Port.PNG", "posts/basra/Port.PNG"],
    ["a percent-escaped name", "my%20photo.jpg", "posts/basra/my photo.jpg"],
    ["a path that stays in the folder", "images/../photo.jpg", "posts/basra/photo.jpg"],
    ["white space around the src", "  photo.jpg ", "posts/basra/photo.jpg"],
  ])("names %s: %s", (_, src, file) => {
    expect(postImageFile("./posts/basra/index.md", src)).toBe(file);
  });

  it.each([
    ["an https URL", "https://example.org/photo.jpg"],
    ["a protocol-relative URL", "//example.org/photo.jpg"],
    ["a root path", "/assets/photo.jpg"],
    ["a backslash path", "\\photo.jpg"],
    ["a data: URL", "data:image/png;base64,iVBORw0KGgo="],
    ["a path with a query", "photo.jpg?v=2"],
    ["a path with a fragment", "photo.jpg#top"],
    ["another post's image", "../other/photo.jpg"],
    ["a file that is not there", "missing.jpg"],
    ["a file that is not an image", "notes.txt"],
    ["a folder named like an image", "folder.jpg"],
    ["a broken percent-escape", "photo%E0%A4%A.jpg"],
    ["an empty src", ""],
  ])("leaves %s alone: %j", (_, src) => {
    expect(postImageFile("./posts/basra/index.md", src)).toBeUndefined();
  });

  it("reads an input path without the leading ./", () => {
    expect(postImageFile("posts/basra/index.md", "photo.jpg")).toBe("posts/basra/photo.jpg");
  });
});
