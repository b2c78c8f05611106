import { describe, expect, it } from "vitest";
import { outputFileKey, outputFileOf } from "../../../../src/content/permalinks/alias-paths.ts";

describe("outputFileOf", () => {
  it.each([
    ["/posts/basra/", "posts/basra/index.html"],
    ["/old", "old/index.html"],
    ["/old.htm", "old.htm"],
    ["/", "index.html"],
  ])("writes %s to %s", (sitePath, file) => {
    expect(outputFileOf(sitePath)).toBe(file);
  });
});

describe("outputFileKey", () => {
  it.each([
    ["POSTS/Basra/index.html", "posts/basra/index.html"],
    ["cafe\u0301/index.html", "caf\u00e9/index.html"],
  ])("%j is one file with %j on a disk that ignores case", (file, key) => {
    expect(outputFileKey(file)).toBe(key);
  });
});
