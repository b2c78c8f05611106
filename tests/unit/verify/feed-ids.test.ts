import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { duplicateFeedIds, projectFeedIds, type PostFeedId } from "../../../src/verify/feed-ids.ts";

const site = { url: "https://example.org", pathPrefix: "/blog/" };

/** A project whose posts are `posts/<folder>/index.md` with these front-matter lines. */
function project(posts: Record<string, string[]>): string {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-feed-ids-"));
  for (const [folder, lines] of Object.entries(posts)) {
    mkdirSync(path.join(root, "posts", folder), { recursive: true });
    writeFileSync(
      path.join(root, "posts", folder, "index.md"),
      ["---", ...lines, "---", "", "Text.", ""].join("\n"),
    );
  }
  return root;
}

describe("projectFeedIds", () => {
  it("reads each post's id: and its line, else its absolute URL; a post without a page has none", () => {
    const root = project({
      basra: ["title: Basra", "date: 2008-03-27", 'id: "http://old.example.org/?p=12"'],
      zubair: ["title: Zubair", "date: 2008-03-28", "slug: az-zubair"],
      hidden: ["title: Hidden", "date: 2008-03-29", "permalink: false"],
    });
    mkdirSync(path.join(root, "posts/basra/data"));
    writeFileSync(path.join(root, "posts/basra/data/index.md"), "not a post");
    expect(projectFeedIds(root, site)).toEqual([
      { file: "posts/basra/index.md", id: "http://old.example.org/?p=12", line: 4 },
      {
        file: "posts/zubair/index.md",
        id: "https://example.org/blog/posts/az-zubair/",
        line: undefined,
      },
    ]);
  });

  it("is empty for a project without posts/", () => {
    expect(projectFeedIds(mkdtempSync(path.join(tmpdir(), "dispatch-feed-ids-")), site)).toEqual(
      [],
    );
  });
});

describe("duplicateFeedIds", () => {
  const a: PostFeedId = { file: "posts/a/index.md", id: "http://old.example.org/?p=12", line: 4 };
  const b: PostFeedId = { file: "posts/b/index.md", id: "http://old.example.org/?p=12", line: 5 };
  const c: PostFeedId = {
    file: "posts/c/index.md",
    id: "https://example.org/posts/c/",
    line: undefined,
  };
  const d: PostFeedId = { file: "posts/d/index.md", id: "https://example.org/posts/c/", line: 3 };
  const e: PostFeedId = {
    file: "posts/e/index.md",
    id: "https://example.org/posts/e/",
    line: undefined,
  };

  it.each<[string, PostFeedId[], { file: string; line: number; message: string; fix: string }[]]>([
    ["ids all different", [a, c, e], []],
    [
      "two id: lines",
      [a, b],
      [
        {
          file: "posts/b/index.md",
          line: 5,
          message:
            'the feed id "http://old.example.org/?p=12" (the id feed readers know the post by) is also the feed id of posts/a/index.md (id: on line 4); feed readers would show only one of the two posts',
          fix: "keep the id on the post feed readers already know by it and remove this id: line (the post's feed id is then its URL), or give it another absolute URI",
        },
      ],
    ],
    [
      "an id: that is another post's URL",
      [c, d],
      [
        {
          file: "posts/d/index.md",
          line: 3,
          message:
            'the feed id "https://example.org/posts/c/" (the id feed readers know the post by) is also the feed id of posts/c/index.md (its URL); feed readers would show only one of the two posts',
          fix: "keep the id on the post feed readers already know by it and remove this id: line (the post's feed id is then its URL), or give it another absolute URI",
        },
      ],
    ],
    [
      "a URL another post's id: names",
      [d, c],
      [
        {
          file: "posts/c/index.md",
          line: 1,
          message:
            'the feed id "https://example.org/posts/c/" (this post\'s URL, the id feed readers know the post by) is also the feed id of posts/d/index.md (id: on line 3); feed readers would show only one of the two posts',
          fix: "remove or change the id: line of posts/d/index.md, which names this post's URL",
        },
      ],
    ],
  ])("%s", (_case, posts, expected) => {
    expect(duplicateFeedIds(posts)).toEqual(expected);
  });
});
