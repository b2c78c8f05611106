import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  bodyCacheKey,
  folderEntries,
  mapFileDigests,
  postFolderOf,
} from "../../../src/markdown/body-key.ts";
import { openStreetMapTiles } from "../../../src/site.ts";

// Post folders are read relative to the working directory, as Eleventy names them.
const previous = process.cwd();
const previousPrefix = process.env.DISPATCH_PATH_PREFIX;
const previousDrafts = process.env.DISPATCH_DRAFTS;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "dispatch-body-key-"));
  process.chdir(dir);
});
afterAll(() => {
  process.chdir(previous);
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  rmSync(path.join(dir, "posts"), { recursive: true, force: true });
  if (previousPrefix === undefined) delete process.env.DISPATCH_PATH_PREFIX;
  else process.env.DISPATCH_PATH_PREFIX = previousPrefix;
  if (previousDrafts === undefined) delete process.env.DISPATCH_DRAFTS;
  else process.env.DISPATCH_DRAFTS = previousDrafts;
});

/** Writes `files` (path → text) under the working directory. */
function write(files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

const body = '## The port\n\n{% map "route.geojson" %}\n\n![Quay](quay.png)';
const settings = { language: "en", tiles: openStreetMapTiles, tocMinHeadings: 3 };

/** The page data Eleventy gives markdown-it for `posts/basra/index.md`. */
function env(changes: Record<string, unknown> = {}) {
  return {
    page: {
      inputPath: "./posts/basra/index.md",
      outputPath: "./_site/posts/basra/index.html",
      url: "/posts/basra/",
      fileSlug: "basra",
    },
    postBodyOffset: () => 4,
    ...changes,
  };
}

/** The key of `body` with `env()` once the post's folder holds its files. */
function key(): unknown[] | undefined {
  write({
    "posts/basra/index.md": `---\ntitle: Basra\n---\n\n${body}`,
    "posts/basra/route.geojson": '{"type": "Point", "coordinates": [47.8, 30.5]}',
    "posts/basra/quay.png": "png",
  });
  return bodyCacheKey(body, env(), settings);
}

describe("postFolderOf", () => {
  it.each([
    ["./posts/basra/index.md", "posts/basra"],
    ["posts/البصرة/index.md", "posts/البصرة"],
    ["./posts/basra/notes.md", undefined],
    ["./posts/a/b/index.md", undefined],
    ["./pages/about.md", undefined],
    ["./index.md", undefined],
  ])("%s → %s", (inputPath, folder) => {
    expect(postFolderOf(inputPath)).toBe(folder);
  });
});

describe("folderEntries", () => {
  it("lists every file, folder and link but the source, with its kind and size, in name order", () => {
    write({
      "posts/basra/index.md": "ignored",
      "posts/basra/quay.png": "12345",
      "posts/basra/maps/route.gpx": "<gpx/>",
    });
    symlinkSync("/", "posts/basra/root");
    expect(folderEntries("posts/basra", "index.md")).toEqual([
      ["maps", "folder", 0],
      ["maps/route.gpx", "file", 6],
      ["quay.png", "file", 5],
      ["root", "link", 1],
    ]);
  });

  it("lists nothing for a folder that is not there", () => {
    expect(folderEntries("posts/none", "index.md")).toEqual([]);
  });
});

describe("mapFileDigests", () => {
  it("gives the SHA-256 of each file a map tag names, once, and null for one it cannot read", () => {
    write({ "posts/basra/a.geojson": "abc" });
    const tags = '{% map "a.geojson" %}\n\n{% map "a.geojson" caption="Again" %}\n';
    expect(
      mapFileDigests(`${tags}{% map "gone.kml" %}\n{% map "../x.gpx" %}`, "posts/basra"),
    ).toEqual([
      ["a.geojson", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
      ["gone.kml", null],
      ["../x.gpx", null],
    ]);
  });

  it("reads nothing for a body without a tag", () => {
    expect(mapFileDigests("Text with {% raw %} and no map.", "posts/basra")).toEqual([]);
  });
});

describe("bodyCacheKey", () => {
  it("is the same for the same inputs", () => {
    expect(key()).toEqual(key());
  });

  it.each<[string, () => unknown[] | undefined]>([
    ["the body", () => bodyCacheKey(`${body}\n\nMore.`, env(), settings)],
    [
      "the input path",
      () =>
        bodyCacheKey(
          body,
          env({ page: { ...env().page, inputPath: "posts/basra/index.md" } }),
          settings,
        ),
    ],
    [
      "the output path",
      () =>
        bodyCacheKey(
          body,
          env({ page: { ...env().page, outputPath: "./_site/x/index.html" } }),
          settings,
        ),
    ],
    ["the URL", () => bodyCacheKey(body, env({ page: { ...env().page, url: "/x/" } }), settings)],
    [
      "the file slug",
      () => bodyCacheKey(body, env({ page: { ...env().page, fileSlug: "port" } }), settings),
    ],
    [
      "the lines before the body",
      () => bodyCacheKey(body, env({ postBodyOffset: () => 5 }), settings),
    ],
    ["the dateline", () => bodyCacheKey(body, env({ dateline: "BASRA" }), settings)],
    ["the footnotes' document id", () => bodyCacheKey(body, env({ docId: "x" }), settings)],
    ["the title", () => bodyCacheKey(body, env({ title: "Basra, again" }), settings)],
    [
      "a file added to the folder",
      () => (write({ "posts/basra/b.jpg": "" }), bodyCacheKey(body, env(), settings)),
    ],
    [
      "an image's size",
      () => (write({ "posts/basra/quay.png": "png2" }), bodyCacheKey(body, env(), settings)),
    ],
    [
      "a map file's content, at the same size",
      () => (
        write({ "posts/basra/route.geojson": '{"type": "Point", "coordinates": [47.9, 30.5]}' }),
        bodyCacheKey(body, env(), settings)
      ),
    ],
    [
      "the folder becoming a symbolic link to the same files",
      () => (
        renameSync("posts/basra", "posts/real"),
        symlinkSync("real", "posts/basra"),
        bodyCacheKey(body, env(), settings)
      ),
    ],
    [
      "the path prefix",
      () => ((process.env.DISPATCH_PATH_PREFIX = "/x/"), bodyCacheKey(body, env(), settings)),
    ],
    [
      "drafts mode",
      () => ((process.env.DISPATCH_DRAFTS = "1"), bodyCacheKey(body, env(), settings)),
    ],
    ["the language", () => bodyCacheKey(body, env(), { ...settings, language: "de" })],
    [
      "the tiles",
      () =>
        bodyCacheKey(body, env(), { ...settings, tiles: { ...openStreetMapTiles, maxZoom: 18 } }),
    ],
  ])("changes with %s", (_, changed) => {
    const before = key();
    expect(changed()).not.toEqual(before);
  });

  it.each([
    ["a page that is not a post", { page: { inputPath: "./pages/about.md" } }],
    ["a render without a page", {}],
    ["no env", undefined],
  ])("is undefined for %s: it is not cached", (_, pageEnv) => {
    expect(bodyCacheKey(body, pageEnv, settings)).toBeUndefined();
  });
});
