import { describe, expect, it } from "vitest";
import type { Post } from "../../../src/content/post.ts";
import { servedPage } from "../../../src/cli/preview.ts";

/** A post of folder `posts/<folder>` published at `url` (`undefined`: `permalink: false`). */
function post(folder: string, url: string | undefined): Post {
  return {
    file: `posts/${folder}/index.md`,
    folder: `posts/${folder}`,
    permalink: url === undefined ? undefined : { url },
  } as unknown as Post;
}

describe("servedPage", () => {
  it.each<[string, string, string | undefined, string, ReturnType<typeof servedPage>]>([
    [
      "a post at its folder's URL",
      "basra",
      "/posts/basra/",
      "/",
      {
        inputPath: "./posts/basra/index.md",
        outputPath: "_site/posts/basra/index.html",
        fileSlug: "basra",
        url: "/posts/basra/",
      },
    ],
    [
      "under a path prefix",
      "basra",
      "/posts/basra-battle/",
      "/blog/",
      {
        inputPath: "./posts/basra/index.md",
        outputPath: "_site/posts/basra-battle/index.html",
        fileSlug: "basra",
        url: "/blog/posts/basra-battle/",
      },
    ],
    [
      "a slug in Arabic script, percent-encoded as browsers show it",
      "basra",
      "/posts/البصرة/",
      "/",
      {
        inputPath: "./posts/basra/index.md",
        outputPath: "_site/posts/البصرة/index.html",
        fileSlug: "basra",
        url: "/posts/%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9/",
      },
    ],
    [
      "a permalink naming an .html file",
      "old",
      "/2008/old.html",
      "/",
      {
        inputPath: "./posts/old/index.md",
        outputPath: "_site/2008/old.html",
        fileSlug: "old",
        url: "/2008/old.html",
      },
    ],
    ["permalink: false", "hidden", undefined, "/", undefined],
  ])("%s", (_, folder, url, prefix, expected) => {
    expect(servedPage(post(folder, url), "_site", prefix)).toEqual(expected);
  });
});
