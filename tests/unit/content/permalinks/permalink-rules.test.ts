import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../../../src/content/front-matter/read.ts";
import {
  checkPermalinkField,
  permalinkProblem,
} from "../../../../src/content/permalinks/permalink-rules.ts";

const removeLine = "or remove the line to publish the post at /posts/<its folder>/";

describe("permalinkProblem", () => {
  it.each([
    false,
    "/about/",
    "about/",
    "/2008/03/27/old-slug/",
    "/posts/basra/",
    "/posts/basra/index.html",
    "/notes.html",
    "/البصرة/",
    "/Users/me/",
    `/${"a".repeat(255)}/`,
  ])("accepts %j", (value) => {
    expect(permalinkProblem(value)).toBeUndefined();
  });

  it.each([
    [
      "/x/ ",
      "has a space or line break at its start or end, which would be part of its folder's name",
      "remove it: permalink: /x/",
    ],
    [
      " /about/\n",
      "has a space or line break at its start or end, which would be part of its folder's name",
      "remove it: permalink: /about/",
    ],
    [
      `/${"a".repeat(300)}/`,
      "has a part of 300 bytes between two slashes, more than the 255 a file or folder name may have on most disks",
      "shorten it, e.g. permalink: /about/",
    ],
    [
      `/${"ب".repeat(128)}.html`,
      "has a part of 261 bytes between two slashes, more than the 255 a file or folder name may have on most disks",
      "shorten it, e.g. permalink: /about/",
    ],
    [
      "../../outside.html",
      'has a "." or ".." segment, which could put the page outside the output folder or over another page',
      "write the path from the site's root without . or .., e.g. permalink: /about/",
    ],
    [
      "/posts/../../x/",
      'has a "." or ".." segment, which could put the page outside the output folder or over another page',
      "write the path from the site's root without . or .., e.g. permalink: /about/",
    ],
    [
      "/%2e%2e/x.html",
      "has a %: servers decode percent-escapes (%2e%2e is ..), so the page would be served at another path",
      "write the characters themselves, without %, e.g. permalink: /about/",
    ],
    [
      "/caf%C3%A9/",
      "has a %: servers decode percent-escapes (%2e%2e is ..), so the page would be served at another path",
      "write the characters themselves: permalink: /café/",
    ],
    ["/a\\b/", "has a backslash", "write / between folders: permalink: /a/b/"],
    ["\\..\\x.html", "has a backslash", "write / between folders, e.g. permalink: /about/"],
    [
      "C:/site/x.html",
      "is a URL or a path on a computer, not a path of this site",
      "write the path from the site's root, e.g. permalink: /about/",
    ],
    [
      "file:///etc/x.html",
      "is a URL or a path on a computer, not a path of this site",
      "write the path from the site's root, e.g. permalink: /about/",
    ],
    [
      "//evil.example/x/",
      "starts with //, which browsers read as the name of another host",
      "write the path from the site's root, e.g. permalink: /about/",
    ],
    [
      "/{{ page.fileSlug }}/",
      "has template syntax, which is never run: a permalink is a plain path",
      "write the path itself, e.g. permalink: /about/",
    ],
    [
      "/x/?a=1",
      "has a ? query or # fragment, which no file can answer",
      "write the path only: permalink: /x/",
    ],
    ["/a\u0007/", "has a control character", "remove it"],
    [
      "/assets/css/site.css",
      "is in /assets/, a folder the build fills with its own files; a post's page may not take its place",
      `choose a path of its own, e.g. permalink: /about/, ${removeLine}`,
    ],
    [
      "/pagefind/pagefind.js",
      "is in /pagefind/, a folder the build fills with its own files; a post's page may not take its place",
      `choose a path of its own, e.g. permalink: /about/, ${removeLine}`,
    ],
    [
      "/_headers",
      "is the path of /_headers, a file the build writes itself; a post's page may not take its place",
      `choose a path of its own, e.g. permalink: /about/, ${removeLine}`,
    ],
    [
      "/feed.xml",
      "is the path of /feed.xml, a file the build writes itself; a post's page may not take its place",
      `choose a path of its own, e.g. permalink: /about/, ${removeLine}`,
    ],
    [
      "/404.html",
      "is the path of /404.html, a file the build writes itself; a post's page may not take its place",
      `choose a path of its own, e.g. permalink: /about/, ${removeLine}`,
    ],
    [
      "/tags/iraq/",
      "is in /tags/, where the build writes the site's own pages; a post's page may not take its place",
      `choose a path of its own, e.g. permalink: /about/, ${removeLine}`,
    ],
    [
      "/",
      "is the home page; a post's page may not take its place",
      `choose a path of its own, e.g. permalink: /about/, ${removeLine}`,
    ],
    [
      "/index.html",
      "is the home page's file; a post's page may not take its place",
      `choose a path of its own, e.g. permalink: /about/, ${removeLine}`,
    ],
    [
      "/posts/",
      "is /posts/, the folder of every post; a post's page may not take its place",
      `choose a path of its own, e.g. permalink: /about/, ${removeLine}`,
    ],
    [
      "/about",
      "does not end in / or .html: a post is a page, written as index.html in a folder",
      "end it with /: permalink: /about/",
    ],
    [
      "/posts/basra/share.png",
      "does not end in / or .html: a post is a page, written as index.html in a folder",
      "end it with /, e.g. permalink: /about/",
    ],
    [
      true,
      "is true, not a path",
      `write the page's path from the site's root, e.g. permalink: /about/, ${removeLine}`,
    ],
    [
      { build: "/x/" },
      "is a mapping, not a path",
      `write the page's path from the site's root, e.g. permalink: /about/, ${removeLine}`,
    ],
    [null, "is empty", `write the page's path, e.g. permalink: /about/, ${removeLine}`],
  ])("refuses %j", (value, message, fix) => {
    expect(permalinkProblem(value)).toEqual({ message, fix });
  });
});

describe("checkPermalinkField", () => {
  it("reports on the permalink's line, quoting it", () => {
    const source = "---\ntitle: T\ndate: 2008-03-27\npermalink: ../../x.html\n---\n";
    expect(
      checkPermalinkField(readFrontMatter(source, "posts/x/index.md"), "posts/x/index.md"),
    ).toEqual([
      {
        file: "posts/x/index.md",
        line: 4,
        message:
          'front matter field "permalink": "../../x.html" has a "." or ".." segment, which could put the page outside the output folder or over another page',
        fix: "write the path from the site's root without . or .., e.g. permalink: /about/",
      },
    ]);
  });

  it("says nothing of a post without a permalink or with a good one", () => {
    for (const source of ["---\ntitle: T\n---\n", "---\ntitle: T\npermalink: /about/\n---\n"]) {
      expect(
        checkPermalinkField(readFrontMatter(source, "posts/x/index.md"), "posts/x/index.md"),
      ).toEqual([]);
    }
  });
});
