import { describe, expect, it } from "vitest";
import { postsNewestFirst } from "../../../src/content/collections.ts";
import { collectTags, tagPages, tagsOfPost, tagUrl } from "../../../src/taxonomy/tags.ts";
import { post, slugs } from "./posts.ts";

describe("collectTags", () => {
  const posts = postsNewestFirst([
    post("b-same-day", "2008-03-27", { tags: [" IRAQ ", "Oil"] }),
    post("oldest", "2008-03-20", { tags: ["iraq", "Iraq", "Mahdi  Army"] }),
    post("a-same-day", "2008-03-27", { tags: ["Iraq", "البصرة", "mahdi army"] }),
    post("newest", "2008-04-02", { tags: ["🔥"] }),
  ]);
  const { tags, problems } = collectTags(posts, "en");

  it("folds case and spacing into one tag spelt as the oldest post first wrote it", () => {
    expect(problems).toEqual([]);
    expect(tags.map((tag) => [tag.name, tag.slug, slugs(tag.posts)])).toEqual([
      ["🔥", "tag-1f7vzt7", ["newest"]],
      ["iraq", "iraq", ["a-same-day", "b-same-day", "oldest"]],
      ["Mahdi Army", "mahdi-army", ["a-same-day", "oldest"]],
      ["Oil", "oil", ["b-same-day"]],
      ["البصرة", "البصرة", ["a-same-day"]],
    ]);
  });

  it("takes the first spelling from the oldest post even when the list is given newest first", () => {
    const later = postsNewestFirst([
      post("new", "2009-01-01", { tags: ["IRAQ"] }),
      post("old", "2001-01-01", { tags: ["Iraq"] }),
    ]);
    expect(collectTags(later, "en").tags[0]?.name).toBe("Iraq");
  });

  it("reports two tags with one slug at the later first use, naming both posts", () => {
    const clash = postsNewestFirst([
      post("first", "2008-03-20", { tags: ["Iraq!"] }),
      post("second", "2008-03-27", { tags: ["Oil", "iraq?"] }),
      post("third", "2008-03-28", { tags: ["IRAQ?"] }),
    ]);
    const result = collectTags(clash, "en", (item, field) => ({
      file: item.inputPath.slice(2),
      line: 10 + Number(field[1]),
    }));
    expect(result.tags.map((tag) => [tag.name, slugs(tag.posts)])).toEqual([
      ["Iraq!", ["first"]],
      ["Oil", ["second"]],
    ]);
    expect(result.problems).toEqual([
      {
        file: "posts/second/index.md",
        line: 11,
        message:
          'tag "iraq?" has the URL /tags/iraq/, the same as tag "Iraq!" of posts/first/index.md:10; two tags cannot share a page',
        fix: "spell both the same way, or make them differ in letters or digits, not only in punctuation",
      },
    ]);
  });
});

describe("tagPages", () => {
  it("cuts each tag's posts into pages at /tags/<slug>/ and /tags/<slug>/page/<n>/", () => {
    const posts = postsNewestFirst(
      ["a", "b", "c"].map((slug, day) => post(slug, `2008-03-2${day}`, { tags: ["البصرة"] })),
    );
    const pages = tagPages(collectTags(posts, "en").tags, 2);
    expect(
      pages.map((page) => [page.url, slugs(page.posts), page.previousUrl, page.nextUrl, page.tag]),
    ).toEqual([
      [
        "/tags/البصرة/",
        ["c", "b"],
        undefined,
        "/tags/البصرة/page/2/",
        { name: "البصرة", slug: "البصرة", count: 3 },
      ],
      [
        "/tags/البصرة/page/2/",
        ["a"],
        "/tags/البصرة/",
        undefined,
        { name: "البصرة", slug: "البصرة", count: 3 },
      ],
    ]);
  });
});

describe("tagsOfPost", () => {
  it("gives a post's tags once each, in its order, as the index spells them", () => {
    const posts = [
      post("old", "2008-01-01", { tags: ["iraq", "Oil"] }),
      post("new", "2008-02-01", { tags: ["IRAQ", "Iraq", "oil", "Draft only"] }),
    ];
    const { tags } = collectTags(postsNewestFirst(posts), "en");
    expect(
      tagsOfPost(["IRAQ", " Iraq", "oil", "Not in the index"], tags).map((t) => t.name),
    ).toEqual(["iraq", "Oil"]);
    expect(tagsOfPost(undefined, tags)).toEqual([]);
  });

  it("answers from the list it is given, a list made after an edit included", () => {
    const before = collectTags([post("a", "2008-01-01", { tags: ["Oil"] })], "en").tags;
    const after = collectTags([post("a", "2008-01-01", { tags: ["OIL", "Iraq"] })], "en").tags;
    expect(tagsOfPost(["oil", "iraq"], before).map((t) => t.name)).toEqual(["Oil"]);
    expect(tagsOfPost(["oil", "iraq"], after).map((t) => t.name)).toEqual(["OIL", "Iraq"]);
  });
});

describe("tagUrl", () => {
  it.each([
    ["Mahdi Army", "/tags/mahdi-army/"],
    [" IRAQ ", "/tags/iraq/"],
    ["البصرة", "/tags/البصرة/"],
    ["🔥", "/tags/tag-1f7vzt7/"],
  ])("%s → %s", (name, url) => {
    expect(tagUrl(name)).toBe(url);
  });
});
