import { describe, expect, it } from "vitest";
import {
  newestFirst,
  postsGlob,
  postsNewestFirst,
  sortedPosts,
  type PostItem,
} from "../../../src/content/collections.ts";

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

describe("sortedPosts", () => {
  /** A collection API over `items` that counts the globs it is asked for. */
  const api = (items: PostItem[]) => ({
    items,
    globs: [] as string[],
    getFilteredByGlob(glob: string) {
      this.globs.push(glob);
      return [...this.items];
    },
  });
  const a = post("./posts/a/index.md", "2008-03-27");
  const b = post("./posts/b/index.md", "2008-04-01");
  const hidden = post("./posts/hidden/index.md", "2008-05-01", false);

  it("gives the posts with a page newest first, the same list to every collection of a build", () => {
    const build = api([a, b, hidden]);
    const first = sortedPosts(build);
    expect(first.map((p) => p.inputPath)).toEqual(["./posts/b/index.md", "./posts/a/index.md"]);
    expect(sortedPosts(build)).toBe(first);
    expect(build.globs).toEqual([postsGlob, postsGlob]);
  });

  it("sorts again when the API's posts change, and gives another build its own list", () => {
    const build = api([a]);
    const first = sortedPosts(build);
    build.items = [a, b];
    expect(sortedPosts(build).map((p) => p.inputPath)).toEqual([
      "./posts/b/index.md",
      "./posts/a/index.md",
    ]);
    expect(first.map((p) => p.inputPath)).toEqual(["./posts/a/index.md"]);
    expect(sortedPosts(api([b]))).toEqual([b]);
  });
});
