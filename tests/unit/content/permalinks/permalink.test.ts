import { describe, expect, it } from "vitest";
import {
  duplicatePermalinks,
  nestedPermalinks,
  isPostSource,
  ownPermalink,
  postSlug,
  postUrl,
  slugProblem,
} from "../../../../src/content/permalinks/permalink.ts";

describe("postSlug and postUrl", () => {
  it.each([
    [
      "./posts/continuing-battle-for-the-south-basra/index.md",
      undefined,
      "/posts/continuing-battle-for-the-south-basra/",
    ],
    ["posts/Basra Timeline/index.md", undefined, "/posts/basra-timeline/"],
    ["posts/old-folder/index.md", "basra", "/posts/basra/"],
    ["posts/old-folder/index.md", "البصرة", "/posts/البصرة/"],
    ["posts/البصرة/index.md", undefined, "/posts/البصرة/"],
    ["posts/x/index.md", "", "/posts/x/"],
    // café with a separate accent mark (NFD): the same URL as with é (NFC).
    ["posts/x/index.md", "cafe\u0301", "/posts/caf\u00e9/"],
  ])("publishes %s with slug %j at %s", (inputPath, slug, url) => {
    expect(postUrl(inputPath, slug)).toBe(url);
  });

  it("never gives an empty slug, even for a folder with no letter or digit", () => {
    expect(postSlug("posts/🔥/index.md")).toMatch(/^post-[0-9a-z]+$/);
  });

  it("knows a post's source from other pages", () => {
    expect(isPostSource("./posts/basra/index.md")).toBe(true);
    expect(isPostSource("posts/basra/index.md")).toBe(true);
    expect(isPostSource("./pages/archive.njk")).toBe(false);
    expect(isPostSource("./posts/basra/notes/index.md")).toBe(false);
    expect(isPostSource("./posts/basra/notes.md")).toBe(false);
  });
});

describe("slugProblem", () => {
  it("accepts a slug whose accent is a separate mark (NFD), the same URL as the composed letter", () => {
    expect(slugProblem("cafe\u0301")).toBeUndefined();
    expect(slugProblem("Cafe\u0301")?.suggestion).toBe("caf\u00e9");
  });

  it.each(["basra", "battle-for-the-south", "البصرة", "2008-03-27-basra"])("accepts %s", (slug) => {
    expect(slugProblem(slug)).toBeUndefined();
  });

  it.each([
    ["Basra", "basra"],
    ["battle for the south", "battle-for-the-south"],
    ["basra--2", "basra-2"],
    ["/posts/basra/", "posts-basra"],
    ["البَصْرَة", "البصرة"],
  ])("refuses %j and says what it should be: %s", (slug, suggestion) => {
    expect(slugProblem(slug)).toEqual({
      message:
        "is not a slug: a slug is lower-case letters and digits of any script, joined by single hyphens",
      suggestion,
    });
  });
});

describe("duplicatePermalinks", () => {
  it("names both files when two posts write the same URL", () => {
    expect(
      duplicatePermalinks([
        { file: "posts/basra/index.md", line: 1, url: "/posts/basra/", fromSlugField: false },
        { file: "posts/other/index.md", line: 4, url: "/posts/basra/", fromSlugField: true },
        { file: "posts/third/index.md", line: 3, url: "/posts/third-post/", fromSlugField: true },
        { file: "posts/fourth/index.md", line: 5, url: "/posts/third-post/", fromSlugField: true },
        { file: "posts/Basra/index.md", line: 1, url: "/posts/basra/", fromSlugField: false },
      ]),
    ).toEqual([
      {
        file: "posts/other/index.md",
        line: 4,
        message:
          "the post's URL /posts/basra/ is also the URL of posts/basra/index.md (its folder's name); two posts cannot share a URL",
        fix: "give this post another slug, e.g. slug: basra-2",
      },
      {
        file: "posts/fourth/index.md",
        line: 5,
        message:
          "the post's URL /posts/third-post/ is also the URL of posts/third/index.md:3 (its slug); two posts cannot share a URL",
        fix: "give this post another slug, e.g. slug: third-post-2",
      },
      {
        file: "posts/Basra/index.md",
        line: 1,
        message:
          "the post's URL /posts/basra/ is also the URL of posts/basra/index.md (its folder's name); two posts cannot share a URL",
        fix: "add a slug to one of them, e.g. slug: basra-2, or rename its folder",
      },
    ]);
  });

  it("counts a post's own permalink, /x/ and /x/index.html as one page, and ignores case", () => {
    expect(
      duplicatePermalinks([
        { file: "posts/basra/index.md", line: 1, url: "/posts/basra/", fromSlugField: false },
        {
          file: "posts/copy/index.md",
          line: 4,
          url: "/posts/basra/index.html",
          fromSlugField: false,
          fromPermalinkField: true,
        },
        {
          file: "posts/upper/index.md",
          line: 5,
          url: "/POSTS/Basra/",
          fromSlugField: true,
          fromPermalinkField: true,
        },
        {
          file: "posts/old/index.md",
          line: 3,
          url: "/old/",
          fromSlugField: false,
          fromPermalinkField: true,
        },
        { file: "posts/old-2/index.md", line: 1, url: "/old/", fromSlugField: false },
      ]),
    ).toEqual([
      {
        file: "posts/copy/index.md",
        line: 4,
        message:
          "the post's URL /posts/basra/index.html is the same page as /posts/basra/, the URL of posts/basra/index.md (its folder's name); two posts cannot share a URL",
        fix: "give this post another permalink, e.g. permalink: /posts/basra-2/, or remove it",
      },
      {
        file: "posts/upper/index.md",
        line: 5,
        message:
          "the post's URL /POSTS/Basra/ is the same page as /posts/basra/, the URL of posts/basra/index.md (its folder's name); two posts cannot share a URL",
        fix: "give this post another permalink, e.g. permalink: /posts/Basra-2/, or remove it",
      },
      {
        file: "posts/old-2/index.md",
        line: 1,
        message:
          "the post's URL /old/ is also the URL of posts/old/index.md:3 (its permalink); two posts cannot share a URL",
        fix: "add a slug to one of them, e.g. slug: old-2, or rename its folder",
      },
    ]);
  });

  it.each([
    [false, false],
    ["/archives/basra/", "/archives/basra/"],
    ["archives/basra.html", "/archives/basra.html"],
    ["/posts/{{ title | slugify }}/", undefined],
    [undefined, undefined],
  ])("reads the permalink %j as %j", (permalink, expected) => {
    expect(ownPermalink(permalink)).toBe(expected);
  });

  it("finds nothing when every URL is different", () => {
    expect(
      duplicatePermalinks([
        { file: "posts/a/index.md", line: 1, url: "/posts/a/", fromSlugField: false },
        { file: "posts/b/index.md", line: 1, url: "/posts/b/", fromSlugField: false },
      ]),
    ).toEqual([]);
  });
});

describe("nestedPermalinks", () => {
  const basra = {
    file: "posts/basra/index.md",
    line: 1,
    url: "/posts/basra/",
    fromSlugField: false,
  };
  const inside = (url: string) => ({
    file: "posts/evil/index.md",
    line: 4,
    url,
    fromSlugField: false,
    fromPermalinkField: true,
  });
  const message = (url: string) =>
    `the post's URL ${url} is inside /posts/basra/, the folder of posts/basra/index.md (its folder's name), where its page and files (images, maps, share picture) are published; the two would overwrite each other`;

  it.each([
    ["/posts/basra/share.png/", "share.png"],
    ["/posts/basra/map-25-ground.json/", "map-25-ground.json"],
    ["/Posts/BASRA/notes.html", "notes"],
    ["/posts/basra/a/b/", "b"],
  ])("refuses %s, inside another post's folder", (url, base) => {
    expect(nestedPermalinks([basra, inside(url)])).toEqual([
      {
        file: "posts/evil/index.md",
        line: 4,
        message: message(url),
        fix: `give this post a path of its own, e.g. permalink: /posts/${base}/`,
      },
    ]);
  });

  it.each(["/posts/basra-2/", "/posts/basra.html", "/analysis/basra/", "/posts/basra/"])(
    "leaves %s alone (its own folder, or beside the other's)",
    (url) => {
      expect(nestedPermalinks([basra, inside(url)])).toEqual([]);
    },
  );
});
