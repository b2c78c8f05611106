import { describe, expect, it } from "vitest";
import { readerPath } from "../../../../src/content/front-matter/field-path.ts";

describe("readerPath", () => {
  it.each<[PropertyKey[], string]>([
    [["title"], "title"],
    [["tags", 0], "tags.1"],
    [["citations", 1, "publisher"], "citations.2.publisher"],
    [["location", "coordinates", 1], "location.coordinates.2"],
    [["image", "src"], "image.src"],
    [[], ""],
  ])("names %j as %j, list items counted from 1", (path, name) => {
    expect(readerPath(path)).toBe(name);
  });
});
