import { describe, expect, it } from "vitest";
import { postsNewestFirst } from "../../../src/content/collections.ts";
import { adjacentPosts } from "../../../src/taxonomy/adjacent.ts";
import { post } from "./posts.ts";

const posts = postsNewestFirst([
  post("b-same-day", "2008-03-27"),
  post("oldest", "2008-03-20"),
  post("a-same-day", "2008-03-27"),
  post("newest", "2008-04-02"),
]);
const around = (slug: string) => {
  const { previous, next } = adjacentPosts(`./posts/${slug}/index.md`, posts);
  return [previous?.url, next?.url];
};

describe("adjacentPosts", () => {
  it("gives the post before and after in time; same-date posts in input-path order", () => {
    // In time: oldest, a-same-day, b-same-day, newest (as series parts are numbered).
    expect(around("newest")).toEqual(["/posts/b-same-day/", undefined]);
    expect(around("b-same-day")).toEqual(["/posts/a-same-day/", "/posts/newest/"]);
    expect(around("a-same-day")).toEqual(["/posts/oldest/", "/posts/b-same-day/"]);
    expect(around("oldest")).toEqual([undefined, "/posts/a-same-day/"]);
  });

  it("gives nothing for a post not in the list", () => {
    expect(adjacentPosts("./posts/draft/index.md", posts)).toEqual({});
  });
});
