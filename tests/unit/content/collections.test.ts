import { describe, expect, it } from "vitest";
import { newestFirst, postsNewestFirst, type PostItem } from "../../../src/content/collections.ts";

const post = (inputPath: string, iso: string, url: string | false = "/x/"): PostItem => ({
  inputPath,
  date: new Date(iso),
  url,
});

describe("newestFirst", () => {
  it("puts later dates first and breaks ties by input path, whatever the starting order", () => {
    const posts = [
      post("./posts/b/index.md", "2008-03-27"),
      post("./posts/old/index.md", "2008-03-01"),
      post("./posts/a/index.md", "2008-03-27"),
      post("./posts/new/index.md", "2008-04-19"),
    ];
    const expected = [
      "./posts/new/index.md",
      "./posts/a/index.md",
      "./posts/b/index.md",
      "./posts/old/index.md",
    ];
    expect([...posts].sort(newestFirst).map((p) => p.inputPath)).toEqual(expected);
    expect(
      [...posts]
        .reverse()
        .sort(newestFirst)
        .map((p) => p.inputPath),
    ).toEqual(expected);
  });
});

describe("postsNewestFirst", () => {
  it("leaves out posts with no page (permalink: false)", () => {
    const listed = postsNewestFirst([
      post("./posts/a/index.md", "2008-03-27"),
      post("./posts/b/index.md", "2008-03-28", false),
    ]);
    expect(listed.map((p) => p.inputPath)).toEqual(["./posts/a/index.md"]);
  });
});
