import { describe, expect, it } from "vitest";
import { staleMapFiles } from "../../../src/maps/files.ts";

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
});
