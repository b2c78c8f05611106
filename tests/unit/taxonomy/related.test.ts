import { describe, expect, it } from "vitest";
import { postsNewestFirst } from "../../../src/content/collections.ts";
import {
  haversineKm,
  relatedPosts,
  relatedPostsAt,
  relatedScore,
} from "../../../src/taxonomy/related.ts";
import { post, slugs } from "./posts.ts";

const basra = { name: "Basra", coordinates: [47.81, 30.515] };
const zubair = { name: "Zubair", coordinates: [47.7, 30.39] };
const baghdad = { name: "Baghdad", coordinates: [44.36, 33.31] };

const subject = post("subject", "2008-03-27", {
  tags: ["Iraq", "Basra", "Oil"],
  series: "Battle for the South",
  location: basra,
});
const posts = postsNewestFirst([
  subject,
  // 2 tags (4) + series (3) = 7
  post("two-tags-series", "2008-03-01", {
    tags: [" IRAQ ", "basra"],
    series: "battle for the  south",
  }),
  // Zubair is 17.4 km away (2) + 1 tag (2) = 4
  post("near-one-tag", "2008-03-10", { tags: ["Oil"], location: zubair }),
  // same place name, far coordinates (2) + 1 tag (2) = 4, newer than near-one-tag
  post("same-name-one-tag", "2008-03-20", {
    tags: ["iraq"],
    location: { name: " basra ", coordinates: [0, 0] },
  }),
  // 4 as well, same date as same-name-one-tag: after it by input path
  post("tie-by-path", "2008-03-20", { tags: ["Oil", "Basra"] }),
  // series only: 3
  post("series-only", "2008-04-01", { series: "Battle for the South" }),
  // 1 tag: 2
  post("one-tag", "2008-02-01", { tags: ["Oil"], location: baghdad }),
  // nothing shared: 0
  post("unrelated", "2008-03-26", { tags: ["Syria"], location: baghdad }),
]);

describe("relatedScore", () => {
  it.each([
    ["two-tags-series", 7],
    ["near-one-tag", 4],
    ["same-name-one-tag", 4],
    ["tie-by-path", 4],
    ["series-only", 3],
    ["one-tag", 2],
    ["unrelated", 0],
  ])("%s scores %i", (slug, score) => {
    const other = posts.find((item) => item.inputPath === `./posts/${slug}/index.md`)!;
    expect(relatedScore(subject, other)).toBe(score);
  });

  it("counts a tag a post repeats in other spellings once", () => {
    const repeated = post("repeated", "2008-01-01", { tags: ["Oil", "OIL", " oil "] });
    expect(relatedScore(subject, repeated)).toBe(2);
  });
});

describe("relatedPosts", () => {
  it("ranks by score, ties newest first then by input path, without the post itself", () => {
    expect(slugs(relatedPosts(subject, posts, 10))).toEqual([
      "two-tags-series",
      "same-name-one-tag",
      "tie-by-path",
      "near-one-tag",
      "series-only",
      "one-tag",
    ]);
  });

  it("keeps the best `limit`", () => {
    expect(slugs(relatedPosts(subject, posts, 3))).toEqual([
      "two-tags-series",
      "same-name-one-tag",
      "tie-by-path",
    ]);
  });

  it("leaves out the posts the page links to already, the next best taking their places", () => {
    const linked = new Set(["./posts/two-tags-series/index.md", "./posts/tie-by-path/index.md"]);
    expect(slugs(relatedPosts(subject, posts, 3, linked))).toEqual([
      "same-name-one-tag",
      "near-one-tag",
      "series-only",
    ]);
  });

  it("lists nothing when no post shares anything", () => {
    const lonely = post("lonely", "2008-01-01", { tags: ["Antarctica"] });
    expect(relatedPosts(lonely, [...posts, lonely], 3)).toEqual([]);
  });
});

describe("relatedPostsAt", () => {
  it("finds the post by its input path and ranks as relatedPosts does", () => {
    expect(slugs(relatedPostsAt("./posts/subject/index.md", posts, 3))).toEqual([
      "two-tags-series",
      "same-name-one-tag",
      "tie-by-path",
    ]);
  });

  it("lists nothing for an input path no post of the list has", () => {
    expect(relatedPostsAt("./posts/draft/index.md", posts, 3)).toEqual([]);
  });

  it("ranks a list in any order newest first on equal scores, as a sorted list", () => {
    const shuffled = [
      posts[5],
      posts[2],
      posts[7],
      posts[0],
      posts[4],
      posts[1],
      posts[6],
      posts[3],
    ];
    expect(slugs(relatedPostsAt("./posts/subject/index.md", shuffled as typeof posts, 10))).toEqual(
      [
        "two-tags-series",
        "same-name-one-tag",
        "tie-by-path",
        "near-one-tag",
        "series-only",
        "one-tag",
      ],
    );
  });

  it.each([
    ["./posts/near-one-tag/index.md", ["subject", "tie-by-path", "one-tag"]],
    ["./posts/series-only/index.md", ["subject", "two-tags-series"]],
    ["./posts/subject/index.md", ["two-tags-series", "same-name-one-tag", "tie-by-path"]],
  ])("gives %s its own posts when asked for post after post of one list", (inputPath, expected) => {
    // Each call starts from no score: what the calls before it counted is not carried over.
    relatedPostsAt("./posts/one-tag/index.md", posts, 3);
    expect(slugs(relatedPostsAt(inputPath, posts, 3))).toEqual(expected);
  });
});

describe("haversineKm", () => {
  it("measures great-circle distances between [longitude, latitude] positions", () => {
    expect(haversineKm(basra.coordinates, zubair.coordinates)).toBeCloseTo(17.45, 1);
    expect(haversineKm(basra.coordinates, baghdad.coordinates)).toBeCloseTo(450.09, 1);
    expect(haversineKm([0, 0], [180, 0])).toBeCloseTo(Math.PI * 6371.0088, 6);
  });

  it("counts places 50 km apart as one place and 51 km apart as two", () => {
    // One degree of latitude is 111.195 km on this sphere.
    const at = (km: number) => ({ name: "x", coordinates: [47.81, 30.515 + km / 111.195] });
    const near = post("near", "2008-01-01", { location: at(49.9) });
    const far = post("far", "2008-01-01", { location: at(50.1) });
    expect([relatedScore(subject, near), relatedScore(subject, far)]).toEqual([2, 0]);
  });
});
