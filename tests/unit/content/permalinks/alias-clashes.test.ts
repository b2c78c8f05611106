import { describe, expect, it } from "vitest";
import {
  postPlaceProblem,
  postPlaces,
  takenProblem,
} from "../../../../src/content/permalinks/alias-clashes.ts";

const posts = [
  { file: "posts/a/index.md", url: "/posts/a/", aliases: [] },
  { file: "posts/b/index.md", url: "/posts/b.html", aliases: [] },
];

describe("the places of posts and the clashes of aliases", () => {
  it("keys each post's page, and the folder of one published as index.html", () => {
    const places = postPlaces(posts);
    expect([...places.pages.keys()]).toEqual(["posts/a/index.html", "posts/b.html"]);
    expect([...places.folders.keys()]).toEqual(["posts/a"]);
  });

  it.each([
    ["posts/a/index.html", "alias-is-post-url"],
    ["POSTS/A/index.html", "alias-is-post-url-but-for-case"],
    ["posts/a/photo.png", "alias-inside-post-folder"],
    ["posts/b/x/index.html", undefined],
  ])("an alias written to %s: %s", (outputFile, code) => {
    expect(postPlaceProblem(postPlaces(posts), outputFile, "F")?.code).toBe(code);
  });

  it.each([
    [
      "posts/a/index.md",
      "2008/old/index.html",
      {
        code: "alias-listed-twice",
        other: { file: "posts/a/index.md", line: 4, index: 0, value: "/2008/old/" },
        caseOnly: false,
        message:
          'F is the same old URL as aliases.0 ("/2008/old/", line 4); the post lists it twice',
        fix: "remove one of the two",
      },
    ],
    [
      "posts/b/index.md",
      "2008/OLD/index.html",
      {
        code: "alias-clashes-with-alias",
        other: { file: "posts/a/index.md", line: 4, index: 0, value: "/2008/old/" },
        caseOnly: true,
        message:
          'F is also an alias at posts/a/index.md:4 ("/2008/old/", which differs only in upper and lower case: one file on a disk that ignores case); an old URL can redirect to one post only',
        fix: "keep the alias in one post and remove it from the other",
      },
    ],
  ])("an alias of %s written to %s, where another alias is", (file, outputFile, problem) => {
    const other = {
      file: "posts/a/index.md",
      line: 4,
      index: 0,
      outputFile: "2008/old/index.html",
      value: "/2008/old/",
    };
    expect(takenProblem(other, file, outputFile, "F")).toEqual(problem);
  });
});
