import { describe, expect, it } from "vitest";
import {
  checkAliases,
  findAliasProblems,
  prefixedAliasWarning,
  readAlias,
} from "../../../../src/content/permalinks/aliases.ts";

describe("readAlias", () => {
  it.each([
    ["/2008/03/27/old-slug/", "/2008/03/27/old-slug/", "2008/03/27/old-slug/index.html"],
    ["/2008/03/27/old-slug", "/2008/03/27/old-slug", "2008/03/27/old-slug/index.html"],
    ["/archives/basra.html", "/archives/basra.html", "archives/basra.html"],
    [
      "/2008/03/%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9/",
      "/2008/03/البصرة/",
      "2008/03/البصرة/index.html",
    ],
    ["/2008/03/البصرة/", "/2008/03/البصرة/", "2008/03/البصرة/index.html"],
  ])("reads %s as the path %s, written to %s", (alias, sitePath, outputFile) => {
    expect(readAlias(alias)).toEqual({ ok: true, alias: { path: sitePath, outputFile } });
  });

  it.each([
    [
      "https://old.example.org/2008/03/27/old-slug/",
      "is a full URL, not a path of this site",
      "write the path only: /2008/03/27/old-slug/",
    ],
    [
      "//old.example.org/2008/old/",
      "is a full URL, not a path of this site",
      "write the path only: /2008/old/",
    ],
    [
      "javascript:alert(1)",
      "is a full URL, not a path of this site",
      "write the old path of this site, starting with /, e.g. /2008/03/27/old-slug/",
    ],
    [
      "2008/03/27/old-slug/",
      "does not start with /",
      "write it from the site's root: /2008/03/27/old-slug/",
    ],
    [
      "/?p=123",
      "has a ? query or # fragment, which a static site cannot redirect",
      "remove it: without its query it is the home page; list the post's old path instead, e.g. /2008/03/27/old-slug/",
    ],
    [
      "/#top",
      "has a ? query or # fragment, which a static site cannot redirect",
      "remove it: without its fragment it is the home page; list the post's old path instead, e.g. /2008/03/27/old-slug/",
    ],
    [
      "/2008/old/#comments",
      "has a ? query or # fragment, which a static site cannot redirect",
      "write the path only: /2008/old/",
    ],
    [
      "/2008/../../etc/",
      'has a "." or ".." segment, which could point outside the site',
      "write the old path as it was published, without . or ..",
    ],
    [
      "/2008/%2e%2e/x/",
      'has a "." or ".." segment, which could point outside the site',
      "write the old path as it was published, without . or ..",
    ],
    ["/2008\\old\\", "has a backslash", "write / between folders: /2008/old/"],
    ["/100%/", "has a % that is not a percent-encoded character", "write % as %25"],
    ["/", "is the home page", "remove it: the home page cannot redirect to a post"],
    ...["/feed.xml", "/sitemap.xml", "/robots.txt", "/feed.json", "/_redirects", "/FEED.XML/"].map(
      (alias) => [
        alias,
        `is the path of ${alias.toLowerCase().replace(/\/$/, "")}, a file the build writes itself`,
        "remove the alias: an old URL cannot take the place of that file",
      ],
    ),
    [
      "/assets/css/",
      "is in /assets/, a folder the build fills with its own files",
      "remove the alias, or write the post's old path outside that folder",
    ],
    [
      "/pagefind/",
      "is in /pagefind/, a folder the build fills with its own files",
      "remove the alias, or write the post's old path outside that folder",
    ],
    ...["/posts/", "/posts", "/posts/index.html", "/Posts/INDEX.HTML"].map((alias) => [
      alias,
      "is /posts/, the folder of every post, not one post's old path",
      "write the post's old path, e.g. /posts/old-slug/",
    ]),
    ...["/index.html", "/Index.HTML"].map((alias) => [
      alias,
      "is the home page's file",
      "remove it: the home page cannot redirect to a post",
    ]),
    [
      "/sitemap.xml/x/",
      "is inside /sitemap.xml, a file the build writes itself, which cannot also be a folder",
      "remove the alias, or write the post's old path outside that file's name",
    ],
    [
      "/index.html/old/",
      "is inside /index.html, a file the build writes itself, which cannot also be a folder",
      "remove the alias, or write the post's old path outside that file's name",
    ],
    ...["/tags/", "/tags/iraq/feed.xml", "/archive/", "/page/2/", "/Search/", "/series/x/"].map(
      (alias) => [
        alias,
        `is in /${alias.split("/")[1]!.toLowerCase()}/, where the build writes the site's own pages`,
        "remove the alias, or write the post's old path outside that folder",
      ],
    ),
    ["/\\evil\\", "has a backslash", "write / between folders: /evil/"],
    ...["/a%2f..%2fb/", "/assets%2Fx/", "/a%5c..%5cb/"].map((alias) => [
      alias,
      "has an encoded / or \\ (%2F, %5C), which some servers read as a folder separator",
      "write / between folders",
    ]),
    [
      "/%2e%2e/x/",
      'has a "." or ".." segment, which could point outside the site',
      "write the old path as it was published, without . or ..",
    ],
    [
      "/\\",
      "has a backslash",
      "write the post's old path with / between folders, e.g. /2008/03/27/old-slug/",
    ],
    ["\\2008\\old\\", "does not start with /", "write it from the site's root: /2008/old/"],
    [
      "feed.xml",
      "does not start with /",
      "write the post's old path from the site's root, e.g. /2008/03/27/old-slug/",
    ],
  ])("refuses %j: %s", (alias, message, fix) => {
    expect(readAlias(alias)).toMatchObject({ ok: false, message, fix });
  });

  it.each([
    ["https://old.example.org/x/", "alias-is-full-url"],
    ["2008/old/", "alias-not-from-root"],
    ["/?p=123", "alias-has-query-or-fragment"],
    ["/2008\\old\\", "alias-has-backslash"],
    ["/100%/", "alias-has-bad-percent"],
    ["/a%2f..%2fb/", "alias-has-encoded-separator"],
    ["/a%0Ab/", "alias-has-control-character"],
    ["/2008/../x/", "alias-has-dot-segment"],
    ["/", "alias-is-home-page"],
    ["/Index.HTML", "alias-is-home-page"],
    ["/feed.xml", "alias-is-build-file"],
    ["/sitemap.xml/x/", "alias-inside-build-file"],
    ["/assets/css/", "alias-in-build-folder"],
    ["/tags/iraq/", "alias-in-page-folder"],
    ["/posts/", "alias-is-posts-folder"],
  ])("gives the refusal of %j the code %s", (alias, code) => {
    expect(readAlias(alias)).toMatchObject({ ok: false, code });
  });
});

describe("checkAliases", () => {
  it("reports bad aliases and clashes with a post or another alias, naming both files", () => {
    expect(
      checkAliases([
        {
          file: "posts/basra/index.md",
          url: "/posts/basra/",
          aliases: [
            { value: "/2008/03/27/old-slug/", line: 6 },
            { value: "2008/old/", line: 7 },
          ],
        },
        {
          file: "posts/timeline/index.md",
          url: "/posts/timeline/",
          aliases: [
            { value: "/2008/03/27/old-slug", line: 5 },
            { value: "/posts/basra/", line: 6 },
            { value: "/2008/03/31/timeline/", line: 7 },
          ],
        },
      ]),
    ).toEqual([
      {
        file: "posts/basra/index.md",
        line: 7,
        message: 'front matter field "aliases.1": "2008/old/" does not start with /',
        fix: "write it from the site's root: /2008/old/",
      },
      {
        file: "posts/timeline/index.md",
        line: 5,
        message:
          'front matter field "aliases.0": "/2008/03/27/old-slug" is also an alias at posts/basra/index.md:6; an old URL can redirect to one post only',
        fix: "keep the alias in one post and remove it from the other",
      },
      {
        file: "posts/timeline/index.md",
        line: 6,
        message:
          'front matter field "aliases.1": "/posts/basra/" is the URL of the post posts/basra/index.md, so the redirect would replace it',
        fix: "remove the alias",
      },
    ]);
  });
});

describe("checkAliases on a disk that ignores case, and within one post", () => {
  it("refuses an alias that is another post's URL in other case, and names an alias listed twice", () => {
    expect(
      checkAliases([
        { file: "posts/basra/index.md", url: "/posts/basra/", aliases: [] },
        {
          file: "posts/timeline/index.md",
          url: "/posts/timeline/",
          aliases: [
            { value: "/POSTS/Basra/", line: 5 },
            { value: "/2008/old", line: 6 },
            { value: "/2008/old/", line: 7 },
            { value: "/2008/Old/", line: 8 },
          ],
        },
        {
          file: "posts/other/index.md",
          url: "/posts/other/",
          aliases: [{ value: "/2008/OLD/", line: 4 }],
        },
      ]),
    ).toEqual([
      {
        file: "posts/timeline/index.md",
        line: 5,
        message:
          'front matter field "aliases.0": "/POSTS/Basra/" differs from /posts/basra/, the URL of the post posts/basra/index.md, only in upper and lower case, so on a disk that ignores case (macOS, Windows) the redirect would replace it',
        fix: "remove the alias",
      },
      {
        file: "posts/timeline/index.md",
        line: 7,
        message:
          'front matter field "aliases.2": "/2008/old/" is the same old URL as aliases.1 ("/2008/old", line 6); the post lists it twice',
        fix: "remove one of the two",
      },
      {
        file: "posts/timeline/index.md",
        line: 8,
        message:
          'front matter field "aliases.3": "/2008/Old/" is the same old URL as aliases.1 ("/2008/old", line 6) but for upper and lower case; the post lists it twice',
        fix: "remove one of the two",
      },
      {
        file: "posts/other/index.md",
        line: 4,
        message:
          'front matter field "aliases.0": "/2008/OLD/" is also an alias at posts/timeline/index.md:6 ("/2008/old", which differs only in upper and lower case: one file on a disk that ignores case); an old URL can redirect to one post only',
        fix: "keep the alias in one post and remove it from the other",
      },
    ]);
  });
});

describe("checkAliases and the files published beside a post", () => {
  it("refuses an alias inside a post's folder, where its images and static maps are copied", () => {
    expect(
      checkAliases([
        {
          file: "posts/pic/index.md",
          url: "/posts/pic/",
          aliases: [
            { value: "/posts/pic/photo.png", line: 4 },
            { value: "/posts/PIC/map-25.svg", line: 5 },
          ],
        },
        {
          file: "posts/other/index.md",
          url: "/posts/other.html",
          aliases: [
            { value: "/posts/pic/images/", line: 4 },
            { value: "/posts/other-old/", line: 5 },
          ],
        },
      ]),
    ).toEqual([
      {
        file: "posts/pic/index.md",
        line: 4,
        message:
          'front matter field "aliases.0": "/posts/pic/photo.png" is inside /posts/pic/, the folder of the post posts/pic/index.md, where its page and files (images, maps) are published, so the redirect would take the place of one of them',
        fix: "remove the alias",
      },
      {
        file: "posts/pic/index.md",
        line: 5,
        message:
          'front matter field "aliases.1": "/posts/PIC/map-25.svg" is inside /posts/pic/, the folder of the post posts/pic/index.md, where its page and files (images, maps) are published, so the redirect would take the place of one of them',
        fix: "remove the alias",
      },
      {
        file: "posts/other/index.md",
        line: 4,
        message:
          'front matter field "aliases.0": "/posts/pic/images/" is inside /posts/pic/, the folder of the post posts/pic/index.md, where its page and files (images, maps) are published, so the redirect would take the place of one of them',
        fix: "remove the alias",
      },
    ]);
  });
});

/** A problem without its printed text: its code and fields only. */
function omitText(problem: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(problem).filter(([key]) => key !== "message" && key !== "fix"),
  );
}

describe("findAliasProblems, for callers that word problems their own way", () => {
  it("names the code, the alias, the post or other alias, and whether only case differs", () => {
    const problems = findAliasProblems([
      { file: "a.md", url: "/posts/a/", aliases: [{ value: "/feed.xml", line: 3 }] },
      {
        file: "b.md",
        url: "/posts/b/",
        aliases: [
          { value: "/posts/a/", line: 4 },
          { value: "/POSTS/A/", line: 5 },
          { value: "/posts/a/x.png", line: 6 },
          { value: "/old/", line: 7 },
          { value: "/old", line: 8 },
        ],
      },
      { file: "c.md", url: "/posts/c/", aliases: [{ value: "/OLD/", line: 2 }] },
    ]);
    expect(problems.map((problem) => omitText(problem))).toEqual([
      {
        file: "a.md",
        line: 3,
        alias: "/feed.xml",
        index: 0,
        code: "alias-is-build-file",
        reason: "is the path of /feed.xml, a file the build writes itself",
      },
      {
        file: "b.md",
        line: 4,
        alias: "/posts/a/",
        index: 0,
        code: "alias-is-post-url",
        post: { file: "a.md", url: "/posts/a/" },
      },
      {
        file: "b.md",
        line: 5,
        alias: "/POSTS/A/",
        index: 1,
        code: "alias-is-post-url-but-for-case",
        post: { file: "a.md", url: "/posts/a/" },
      },
      {
        file: "b.md",
        line: 6,
        alias: "/posts/a/x.png",
        index: 2,
        code: "alias-inside-post-folder",
        post: { file: "a.md", url: "/posts/a/" },
      },
      {
        file: "b.md",
        line: 8,
        alias: "/old",
        index: 4,
        code: "alias-listed-twice",
        other: { file: "b.md", line: 7, index: 3, value: "/old/" },
        caseOnly: false,
      },
      {
        file: "c.md",
        line: 2,
        alias: "/OLD/",
        index: 0,
        code: "alias-clashes-with-alias",
        other: { file: "b.md", line: 7, index: 3, value: "/old/" },
        caseOnly: true,
      },
    ]);
  });

  it("gives the same messages and fixes as checkAliases", () => {
    const posts = [
      { file: "a.md", url: "/posts/a/", aliases: [{ value: "/posts/a/", line: 3 }] },
      { file: "b.md", url: "/posts/b/", aliases: [{ value: "posts/b", line: 3 }] },
    ];
    expect(findAliasProblems(posts).map(({ message, fix }) => `${message}; ${fix}`)).toEqual([
      'front matter field "aliases.0": "/posts/a/" is the URL of the post a.md, so the redirect would replace it; remove the alias',
      'front matter field "aliases.0": "posts/b" does not start with /; write it from the site\'s root: /posts/b',
    ]);
    expect(checkAliases(posts).map(({ message }) => message)).toEqual(
      findAliasProblems(posts).map(({ message }) => message),
    );
  });
});

describe("prefixedAliasWarning", () => {
  const at = { file: "posts/basra/index.md", line: 5, index: 0 };

  it.each([
    ["/posts/old/", "/", undefined],
    ["/posts/old/", "/blog/", undefined],
    ["/blogs/posts/old/", "/blog/", undefined],
    ["/blog-old/x/", "/blog/", undefined],
    [
      "/blog/posts/old/",
      "/blog/",
      'front matter field "aliases.0": "/blog/posts/old/" starts with the path prefix /blog/, which the build adds to every alias: it would redirect /blog/blog/posts/old/, not /blog/posts/old/. Fix: write it without the prefix: /posts/old/',
    ],
    [
      "/basra-blog/2008/03/27/old.html",
      "/basra-blog/",
      'front matter field "aliases.0": "/basra-blog/2008/03/27/old.html" starts with the path prefix /basra-blog/, which the build adds to every alias: it would redirect /basra-blog/basra-blog/2008/03/27/old.html, not /basra-blog/2008/03/27/old.html. Fix: write it without the prefix: /2008/03/27/old.html',
    ],
    [
      "/a/b/posts/old/",
      "a/b",
      'front matter field "aliases.0": "/a/b/posts/old/" starts with the path prefix /a/b/, which the build adds to every alias: it would redirect /a/b/a/b/posts/old/, not /a/b/posts/old/. Fix: write it without the prefix: /posts/old/',
    ],
    [
      "/blog",
      "/blog/",
      'front matter field "aliases.0": "/blog" starts with the path prefix /blog/, which the build adds to every alias: it would redirect /blog/blog, not /blog. Fix: write the post\'s old path without the prefix /blog/, e.g. /posts/old-slug/',
    ],
  ])("%s under the prefix %s", (alias, prefix, expected) => {
    const warning = prefixedAliasWarning({ ...at, path: alias }, prefix);
    expect(warning && `${warning.message}. Fix: ${warning.fix}`).toBe(expected);
    if (warning) expect([warning.file, warning.line]).toEqual([at.file, at.line]);
  });
});
