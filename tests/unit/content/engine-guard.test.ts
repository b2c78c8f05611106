import { describe, expect, it } from "vitest";
import { isStrayPostFile } from "../../../src/content/engine-guard.ts";

describe("isStrayPostFile", () => {
  it.each([
    ["./posts/basra/index.md", false],
    ["posts/basra/index.md", false],
    ["./pages/index.njk", false],
    ["./posts/basra/notes.MD", true],
    ["./posts/basra/INDEX.MD", true],
    ["./posts/basra/Index.md", true],
    ["./posts/loose.md", true],
    ["./posts/a/b/index.md", true],
    [undefined, false],
  ])("%s → %s", (inputPath, stray) => {
    expect(isStrayPostFile(inputPath)).toBe(stray);
  });
});
