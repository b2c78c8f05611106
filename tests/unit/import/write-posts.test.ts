import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ImportedPost } from "../../../src/import/post/convert-export.ts";
import {
  mediaFileExists,
  mediaFilePath,
  readOutputFolder,
  writeMediaFile,
  writePosts,
} from "../../../src/import/write-posts.ts";

const post = (id: string, slug: string, text: string): ImportedPost => ({
  id,
  slug,
  text,
  draft: false,
  unconverted: [],
  images: [],
  alias: undefined,
  aliasRefused: false,
  notices: [],
});

describe("writing imported posts into the output folder", () => {
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(path.join(tmpdir(), "dispatch-write-posts-"));
  });
  afterEach(() => {
    rmSync(out, { recursive: true, force: true });
  });

  const run = (posts: ImportedPost[], options = { dryRun: false, force: false }) =>
    writePosts(posts, readOutputFolder(out), options).map(({ action }) => action);

  it("writes new posts and the manifest, then leaves them unchanged", () => {
    expect(run([post("1", "a", "A\n")])).toEqual(["write"]);
    expect(readFileSync(path.join(out, "a/index.md"), "utf8")).toBe("A\n");
    expect(JSON.parse(readFileSync(path.join(out, ".wordpress-import.json"), "utf8"))).toEqual({
      version: 1,
      posts: {
        "1": {
          slug: "a",
          sha256:
            "f1d8a6b3a9a6b1fc2d3d5d1c0fb6a1d2a1fb7d0dd2c0f3cdd28b3c6eaa1fa5c0".replace(
              /.*/,
              (x) => x,
            ) && expect.any(String),
        },
      },
    });
    expect(run([post("1", "a", "A\n")])).toEqual(["unchanged"]);
  });

  it("keeps a post edited since the import unless forced, and writes nothing in a dry run", () => {
    run([post("1", "a", "A\n")]);
    writeFileSync(path.join(out, "a/index.md"), "edited\n");
    expect(run([post("1", "a", "B\n")], { dryRun: true, force: true })).toEqual(["overwrite"]);
    expect(readFileSync(path.join(out, "a/index.md"), "utf8")).toBe("edited\n");
    expect(run([post("1", "a", "B\n")])).toEqual(["keep"]);
    expect(run([post("1", "a", "B\n")], { dryRun: false, force: true })).toEqual(["overwrite"]);
    expect(readFileSync(path.join(out, "a/index.md"), "utf8")).toBe("B\n");
  });

  it("reserves the author's folders and remembers the slugs it gave", () => {
    mkdirSync(path.join(out, "mine"));
    run([post("1", "a", "A\n")]);
    const folder = readOutputFolder(out);
    expect([...folder.reservedSlugs]).toEqual(["mine"]);
    expect([...folder.previousSlugs]).toEqual([["1", "a"]]);
  });

  it("keeps two sites' posts with one wp:post_id apart: the second site's never replaces the first's", () => {
    const first = "http://first.example.org";
    const second = "http://second.example.org";
    const write = (site: string, posts: ImportedPost[]) =>
      writePosts(posts, readOutputFolder(out, site), { dryRun: false, force: false }).map(
        ({ action }) => action,
      );
    expect(write(first, [post("101", "basra", "Basra\n")])).toEqual(["write"]);
    expect(readOutputFolder(out, second).previousSlugs).toEqual(new Map());
    expect([...readOutputFolder(out, second).reservedSlugs]).toEqual(["basra"]);
    expect(write(second, [post("101", "election-law", "Law\n")])).toEqual(["write"]);
    expect(write(second, [post("101", "election-law", "Law\n")])).toEqual(["unchanged"]);
    expect(write(first, [post("101", "basra", "Basra\n")])).toEqual(["unchanged"]);
    expect(readFileSync(path.join(out, "basra/index.md"), "utf8")).toBe("Basra\n");
    expect(
      JSON.parse(readFileSync(path.join(out, ".wordpress-import.json"), "utf8")),
    ).toMatchObject({
      site: first,
      posts: {
        "101": { slug: "basra" },
        "http://second.example.org 101": { slug: "election-law" },
      },
    });
    expect(readOutputFolder(out, second).previousSlugs).toEqual(new Map([["101", "election-law"]]));
    expect([...readOutputFolder(out, first).previousSlugs]).toEqual([["101", "basra"]]);
  });

  it("records a file that already holds the import's text though the manifest was lost", () => {
    mkdirSync(path.join(out, "a"));
    writeFileSync(path.join(out, "a/index.md"), "A\n");
    rmSync(path.join(out, ".wordpress-import.json"), { force: true });
    expect(run([post("1", "a", "A\n")])).toEqual(["unchanged"]);
    expect(readOutputFolder(out).previousSlugs.get("1")).toBe("a");
  });

  it("keeps a post's media files waiting until the post is written, then moves them into its folder", () => {
    writeMediaFile(out, "a", "photo.jpg", Buffer.from("jpeg"));
    expect([existsSync(path.join(out, "a")), mediaFileExists(out, "a", "photo.jpg")]).toEqual([
      false,
      true,
    ]);
    expect(run([post("1", "a", "A\n")])).toEqual(["write"]);
    expect([readdirSync(out).sort(), readdirSync(path.join(out, "a")).sort()]).toEqual([
      [".wordpress-import.json", "a"],
      ["index.md", "photo.jpg"],
    ]);
    expect(readFileSync(path.join(out, "a/photo.jpg"), "utf8")).toBe("jpeg");
  });

  it("never replaces a file already in the post's folder, nor moves files into a kept post's", () => {
    run([post("1", "a", "A\n")]);
    writeFileSync(path.join(out, "a/photo.jpg"), "the author's");
    writeFileSync(path.join(out, "a/index.md"), "edited\n");
    writeMediaFile(out, "a", "photo.jpg", Buffer.from("new"));
    writeMediaFile(out, "a", "map.png", Buffer.from("png"));
    expect(run([post("1", "a", "B\n")])).toEqual(["keep"]);
    expect(readdirSync(path.join(out, "a")).sort()).toEqual(["index.md", "photo.jpg"]);
    expect(run([post("1", "a", "B\n")], { dryRun: false, force: true })).toEqual(["overwrite"]);
    expect([
      readdirSync(path.join(out, "a")).sort(),
      readFileSync(path.join(out, "a/photo.jpg"), "utf8"),
      existsSync(path.join(out, ".wordpress-import-media")),
    ]).toEqual([["index.md", "map.png", "photo.jpg"], "the author's", false]);
  });

  it.each(["../x.jpg", ".htaccess", "a/b.jpg", "a\\b.jpg", "", "index.md", "INDEX.MD"])(
    "refuses the name %j for a post's file",
    (name) => {
      expect(() => mediaFilePath(out, "a", name)).toThrow(/unsafe name|may not be index.md/);
    },
  );
});
