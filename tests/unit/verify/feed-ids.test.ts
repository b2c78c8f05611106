import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { duplicateFeedIds, projectFeedIds, type PostFeedId } from "../../../src/verify/feed-ids.ts";

const site = { url: "https://example.org", timeZone: "Asia/Baghdad" };

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
  it("reads each post's id: and its line, else its tag URI (the date as written, whatever the zone); a post without a page has none", () => {
    const root = project({
      basra: ["title: Basra", "date: 2008-03-27", 'id: "http://old.example.org/?p=12"'],
      zubair: ["title: Zubair", "date: 2008-03-28T23:30:00Z", "slug: az-zubair"],
      moved: [
        "title: Moved",
        "date: 2008-03-29",
        "slug: umm-qasr-port",
        "aliases: [/2008/03/29/x/, /posts/umm-qasr/]",
      ],
      البصرة: ["title: Arabic", "date: 2008-03-30"],
      hidden: ["title: Hidden", "date: 2008-03-29", "permalink: false"],
      undated: ["title: Undated", "date: soon"],
    });
    mkdirSync(path.join(root, "posts/basra/data"));
    writeFileSync(path.join(root, "posts/basra/data/index.md"), "not a post");
    expect(projectFeedIds(root, site)).toEqual([
      { file: "posts/basra/index.md", id: "http://old.example.org/?p=12", line: 4 },
      {
        file: "posts/moved/index.md",
        id: "tag:example.org,2008-03-29:umm-qasr",
        line: undefined,
        dateLine: 3,
      },
      {
        file: "posts/zubair/index.md",
        id: "tag:example.org,2008-03-28:az-zubair",
        line: undefined,
        dateLine: 3,
      },
      {
        file: "posts/البصرة/index.md",
        id: "tag:example.org,2008-03-30:%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9",
        line: undefined,
        dateLine: 3,
      },
    ]);
    expect(
      projectFeedIds(root, { ...site, url: "https://dispatch.test", tagAuthority: "example.org" }),
    ).toEqual(projectFeedIds(root, site));
    expect(projectFeedIds(root, { ...site, timeZone: "Pacific/Kiritimati" })).toEqual(
      projectFeedIds(root, site),
    );
  });

  it("finds two posts of one day whose default ids are one", () => {
    const root = project({
      basra: ["title: Basra", "date: 2008-03-27", "permalink: /special/basra/"],
      other: ["title: Other", "date: 2008-03-27", "slug: basra"],
    });
    expect(duplicateFeedIds(projectFeedIds(root, site))).toEqual([
      {
        file: "posts/other/index.md",
        line: 3,
        message:
          'the feed id "tag:example.org,2008-03-27:basra" (made from this post\'s date and first slug, the id feed readers know the post by) is also the feed id of posts/basra/index.md (made from its date and first slug); feed readers would show only one of the two posts',
        fix: 'give this post an id of its own, e.g. id: "tag:example.org,2008-03-27:basra-2" in its front matter (when feed readers already know this post by the shared id, write that id: line in posts/basra/index.md instead)',
      },
    ]);
  });

  it("throws the tag authority's problem", () => {
    expect(() =>
      projectFeedIds(project({ a: ["title: A", "date: 2008-03-27"] }), {
        ...site,
        tagAuthority: "Example.org",
      }),
    ).toThrow('src/site.ts: the tag authority "Example.org"');
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
    id: "tag:example.org,2008-03-27:c",
    line: undefined,
    dateLine: 3,
  };
  const d: PostFeedId = { file: "posts/d/index.md", id: "tag:example.org,2008-03-27:c", line: 3 };
  const e: PostFeedId = {
    file: "posts/e/index.md",
    id: "tag:example.org,2008-03-27:e",
    line: undefined,
  };
  const f: PostFeedId = { ...c, file: "posts/f/index.md", dateLine: 2 };

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
          fix: "keep the id on the post feed readers already know by it and remove this id: line (the post's feed id is then made from its date and first slug), or give it another absolute URI",
        },
      ],
    ],
    [
      "an id: that is another post's default id",
      [c, d],
      [
        {
          file: "posts/d/index.md",
          line: 3,
          message:
            'the feed id "tag:example.org,2008-03-27:c" (the id feed readers know the post by) is also the feed id of posts/c/index.md (made from its date and first slug); feed readers would show only one of the two posts',
          fix: "keep the id on the post feed readers already know by it and remove this id: line (the post's feed id is then made from its date and first slug), or give it another absolute URI",
        },
      ],
    ],
    [
      "a default id another post's id: names",
      [d, c],
      [
        {
          file: "posts/c/index.md",
          line: 3,
          message:
            'the feed id "tag:example.org,2008-03-27:c" (made from this post\'s date and first slug, the id feed readers know the post by) is also the feed id of posts/d/index.md (id: on line 3); feed readers would show only one of the two posts',
          fix: "remove or change the id: line of posts/d/index.md, which names this post's feed id",
        },
      ],
    ],
    [
      "two default ids",
      [c, f],
      [
        {
          file: "posts/f/index.md",
          line: 2,
          message:
            'the feed id "tag:example.org,2008-03-27:c" (made from this post\'s date and first slug, the id feed readers know the post by) is also the feed id of posts/c/index.md (made from its date and first slug); feed readers would show only one of the two posts',
          fix: 'give this post an id of its own, e.g. id: "tag:example.org,2008-03-27:c-2" in its front matter (when feed readers already know this post by the shared id, write that id: line in posts/c/index.md instead)',
        },
      ],
    ],
  ])("%s", (_case, posts, expected) => {
    expect(duplicateFeedIds(posts)).toEqual(expected);
  });
});
