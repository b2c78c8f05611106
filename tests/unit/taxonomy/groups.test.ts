import { describe, expect, it } from "vitest";
import {
  displayName,
  groupPosts,
  groupUrl,
  locateFile,
  sortByName,
  urlFolder,
  type GroupKind,
} from "../../../src/taxonomy/groups.ts";
import type { TaxonomyPost } from "../../../src/taxonomy/post.ts";
import { post, slugs } from "./posts.ts";

/** Tags as a kind of group, each found at the post's file without a line. */
const tags: GroupKind<TaxonomyPost> = {
  noun: "tag",
  field: "tags",
  namesOf: (item) => (item.data.tags ?? []).map((name, index) => ({ name, index })),
};

describe("groupPosts", () => {
  // Newest first, as collections.posts holds them.
  const posts = [
    post("newest", "2008-04-02", { tags: ["iraq", "Mahdi  Army"] }),
    post("middle", "2008-03-27", { tags: ["Basra", "IRAQ", "iraq"] }),
    post("oldest", "2008-03-20", { tags: ["Iraq", " "] }),
  ];
  const { groups, problems } = groupPosts(posts, tags);

  it("groups names that differ by case or spacing, spelt as first used in the oldest post", () => {
    expect(groups.map(({ key, name, slug }) => ({ key, name, slug }))).toEqual([
      { key: "iraq", name: "Iraq", slug: "iraq" },
      { key: "basra", name: "Basra", slug: "basra" },
      { key: "mahdi army", name: "Mahdi Army", slug: "mahdi-army" },
    ]);
    expect(problems).toEqual([]);
  });

  it("lists each group's posts newest first, a post naming a group twice once", () => {
    expect(groups.map((group) => slugs(group.posts))).toEqual([
      ["newest", "middle", "oldest"],
      ["middle"],
      ["newest"],
    ]);
  });

  it("reports two names with one slug at the later first use, naming both places", () => {
    const clash = groupPosts(
      [
        post("later", "2008-03-27", { tags: ["Basra", "iraq?"] }),
        post("earlier", "2008-03-20", { tags: ["Iraq!"] }),
      ],
      tags,
    );
    expect(clash.groups.map((group) => group.name)).toEqual(["Iraq!", "Basra"]);
    expect(clash.problems).toEqual([
      {
        file: "posts/later/index.md",
        message:
          'tag "iraq?" has the URL /tags/iraq/, the same as tag "Iraq!" of posts/earlier/index.md; two tags cannot share a page',
        fix: "spell both the same way, or make them differ in letters or digits, not only in punctuation",
      },
    ]);
  });

  it("places problems where the kind's locate says, with the field's path", () => {
    const asked: Array<readonly PropertyKey[]> = [];
    const clash = groupPosts(
      [
        post("later", "2008-03-27", { series: "Basra?" }),
        post("earlier", "2008-03-20", { series: "Basra!" }),
      ],
      {
        noun: "series",
        field: "series",
        namesOf: (item) => (item.data.series ? [{ name: item.data.series }] : []),
        locate: (item, at) => {
          asked.push(at);
          return { file: item.inputPath, line: 7 };
        },
      },
    );
    expect(asked).toEqual([["series"], ["series"]]);
    expect(clash.problems.map(({ file, line, message }) => ({ file, line, message }))).toEqual([
      {
        file: "./posts/later/index.md",
        line: 7,
        message:
          'series "Basra?" has the URL /series/basra/, the same as series "Basra!" of ./posts/earlier/index.md:7; two series cannot share a page',
      },
    ]);
  });
});

describe("locateFile", () => {
  it("names the post's file without ./ and without a line", () => {
    expect(locateFile(post("basra", "2008-03-27"), ["tags", 0])).toEqual({
      file: "posts/basra/index.md",
    });
  });
});

describe("displayName", () => {
  it.each([
    ["Mahdi Army", "Mahdi Army"],
    ["  Mahdi \t Army ", "Mahdi Army"],
    ["Umm\nQasr", "Umm Qasr"],
    ["البصرة", "البصرة"],
  ])("%j → %j", (name, shown) => {
    expect(displayName(name)).toBe(shown);
  });
});

describe("urlFolder", () => {
  it.each([
    ["tag", "tags"],
    ["author", "authors"],
    ["series", "series"],
  ])("%s → %s", (noun, folder) => {
    expect(urlFolder(noun)).toBe(folder);
  });
});

describe("groupUrl", () => {
  it.each([
    ["tag", "Mahdi Army", "/tags/mahdi-army/"],
    ["tag", "mahdi  ARMY", "/tags/mahdi-army/"],
    ["author", "James Glanz", "/authors/james-glanz/"],
    ["series", "Battle for the South", "/series/battle-for-the-south/"],
    ["series", "البصرة", "/series/البصرة/"],
    ["tag", "🔥", "/tags/tag-1f7vzt7/"],
    ["author", "🔥", "/authors/author-1f7vzt7/"],
  ])("%s %s → %s, the same when asked again", (noun, name, url) => {
    expect(groupUrl(noun, name)).toBe(url);
    expect(groupUrl(noun, name)).toBe(url);
  });
});

describe("sortByName", () => {
  const group = (name: string, slug = name.toLowerCase()) => ({ name, slug });

  it.each([
    ["English, ignoring case", "en", ["basra", "Amara", "Zubair"], ["Amara", "basra", "Zubair"]],
    ["numbers by value", "en", ["Week 10", "Week 2"], ["Week 2", "Week 10"]],
    ["German, ä with a", "de", ["Zoll", "Äpfel", "Apfel"], ["Apfel", "Äpfel", "Zoll"]],
    ["Swedish, ä after z", "sv", ["Zoll", "Äpfel", "Apfel"], ["Apfel", "Zoll", "Äpfel"]],
  ])("sorts in %s", (_, language, names, sorted) => {
    expect(
      sortByName(
        names.map((name) => group(name)),
        language,
      ).map((g) => g.name),
    ).toEqual(sorted);
  });

  it("orders names the collation holds equal by slug, and leaves its input as it was", () => {
    const input = [group("Iraq", "iraq-2"), group("IRAQ", "iraq-1")];
    expect(sortByName(input, "en").map((g) => g.slug)).toEqual(["iraq-1", "iraq-2"]);
    expect(input.map((g) => g.slug)).toEqual(["iraq-2", "iraq-1"]);
  });
});
