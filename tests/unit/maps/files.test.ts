import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createMapFiles, pageFolderOf, staleMapFiles } from "../../../src/maps/files.ts";
import { drawMapFile, type MapDrawingRequest } from "../../../src/maps/map-drawing.ts";

const output = mkdtempSync(path.join(tmpdir(), "dispatch-map-files-"));
afterAll(() => rmSync(output, { recursive: true, force: true }));

describe("createMapFiles", () => {
  const page = path.join(output, "posts", "basra", "index.html");

  it("holds a queued file beside its page until it is written, the last of a name winning", () => {
    const files = createMapFiles();
    files.queue(page, "map-3.svg", "<svg>first</svg>");
    files.queue(page, "map-3.svg", "<svg>second</svg>");
    expect(files.get(page, "map-3.svg")).toBe("<svg>second</svg>");
    expect(files.get(page, "map-4.svg")).toBeUndefined();
  });

  it("writes every queued file beside its page, creating the folder, and empties the queue", async () => {
    const files = createMapFiles();
    files.queue(page, "map-3.svg", "<svg/>");
    files.queue(page, "map-3-ground.json", "{}");
    const written = await files.writeAll();
    expect(written).toEqual([
      path.join(output, "posts", "basra", "map-3.svg"),
      path.join(output, "posts", "basra", "map-3-ground.json"),
    ]);
    expect(readFileSync(path.join(output, "posts", "basra", "map-3.svg"), "utf8")).toBe("<svg/>");
    expect(files.get(page, "map-3.svg")).toBeUndefined();
    expect(await files.writeAll()).toEqual([]);
  });

  it("writes a file still being drawn once its drawing resolves, and fails with a drawing's error", async () => {
    const files = createMapFiles();
    const drawn = Promise.resolve("<svg>drawn</svg>");
    files.queue(page, "map-5.svg", drawn);
    expect(files.get(page, "map-5.svg")).toBe(drawn);
    await files.writeAll();
    expect(readFileSync(path.join(output, "posts", "basra", "map-5.svg"), "utf8")).toBe(
      "<svg>drawn</svg>",
    );
    const failing = Promise.reject(new Error("a static map's SVG would hold a control character"));
    failing.catch(() => undefined);
    files.queue(page, "map-6.svg", failing);
    await expect(files.writeAll()).rejects.toThrow(
      "a static map's SVG would hold a control character",
    );
  });

  it("queues a drawing by its request and tells a page's drawings until they are written", async () => {
    const files = createMapFiles();
    const ground: MapDrawingRequest = { kind: "ground", box: [47, 30, 48, 31], scale: "110m" };
    files.queueDrawing(page, "map-7-ground.json", ground);
    expect(files.get(page, "map-7-ground.json")).toBe(drawMapFile(ground));
    expect(files.drawingsBeside(page)).toEqual([{ name: "map-7-ground.json", request: ground }]);
    expect(files.drawingsBeside(path.join(output, "posts", "other", "index.html"))).toEqual([]);
    await files.writeAll();
    expect(files.drawingsBeside(page)).toEqual([]);
  });

  it("keeps each build's queue apart", () => {
    const one = createMapFiles();
    const other = createMapFiles();
    one.queue(page, "map-1.svg", "<svg/>");
    expect(other.get(page, "map-1.svg")).toBeUndefined();
  });
});

describe("staleMapFiles", () => {
  const previous = [
    "_site/posts/a/map-1.svg",
    "_site/posts/a/map-2.svg",
    "_site/posts/b/map-3.svg",
  ];

  it("after a full build: every file no longer written", () => {
    expect(staleMapFiles(previous, ["_site/posts/a/map-1.svg"])).toEqual([
      "_site/posts/a/map-2.svg",
      "_site/posts/b/map-3.svg",
    ]);
  });

  it("after an incremental build: only those beside the pages written again, however the paths are spelled", () => {
    expect(
      staleMapFiles(
        previous,
        [],
        [{ outputPath: "./_site/posts/a/index.html" }, { outputPath: false }],
      ),
    ).toEqual(["_site/posts/a/map-1.svg", "_site/posts/a/map-2.svg"]);
  });

  it("after an incremental build: none beside a page that was not written again, though a file beside it was", () => {
    expect(
      staleMapFiles(
        previous,
        [],
        [{ outputPath: "./_site/posts/b/cite.bib" }, { outputPath: "_site/posts/b/cite.ris" }],
      ),
    ).toEqual([]);
  });
});

describe("a map's embed page, in a folder of its own", () => {
  it.each([
    ["_site/posts/a/map-40/index.html", "_site/posts/a"],
    ["_site/posts/a/map-eight-days/index.html", "_site/posts/a"],
    ["_site/posts/map-of-basra/map-1.svg", "_site/posts/map-of-basra"],
    ["_site/posts/a/map-40.geojson", "_site/posts/a"],
    ["_site/posts/map-1/map-2.svg", "_site/posts/map-1"],
    ["_site/posts/a/maps/index.html", "_site/posts/a/maps"],
  ])("%s belongs to the page in %s", (file, folder) => {
    expect(pageFolderOf(file)).toBe(folder);
  });

  it("is stale with its map after an incremental build of its page", () => {
    expect(
      staleMapFiles(
        [
          "_site/posts/a/map-4/index.html",
          "_site/posts/a/map-4.geojson",
          "_site/posts/b/map-5/index.html",
        ],
        [],
        [{ outputPath: "_site/posts/a/index.html" }],
      ),
    ).toEqual(["_site/posts/a/map-4/index.html", "_site/posts/a/map-4.geojson"]);
  });
});
