import { describe, expect, it } from "vitest";
import { inputFile, type EleventyEnv } from "../../../src/markdown/env.ts";

describe("inputFile", () => {
  it.each<[EleventyEnv, string]>([
    [{ page: { inputPath: "./posts/basra/index.md" } }, "posts/basra/index.md"],
    [{ page: { inputPath: "posts/basra/index.md" } }, "posts/basra/index.md"],
    [{ page: { inputPath: "./pages/./about.md" } }, "pages/./about.md"],
    [{ page: {} }, "(unknown file)"],
    [{}, "(unknown file)"],
  ])("reads %j as %j", (env, file) => {
    expect(inputFile(env)).toBe(file);
  });
});
