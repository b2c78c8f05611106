import { describe, expect, it } from "vitest";
import { sitePageOf } from "../../../../src/import/post/aliases.ts";
import { refusalReason, refusedAliases } from "../../../../src/import/post/aliases.ts";
import { wxrItem } from "../../../helpers/wxr-item.ts";

describe("old URLs the build would refuse as aliases", () => {
  it("finds the site's pages an old URL would replace", () => {
    const permalinks = ["/archive/", "/tags/{{ tag.slug }}/feed.xml", "/feed.xml"];
    expect(sitePageOf("/archive/", permalinks)).toBe("/archive/");
    expect(sitePageOf("/tags/iraq/", permalinks)).toBe("/tags/{{ tag.slug }}/feed.xml");
    expect(sitePageOf("/2008/03/27/x/", permalinks)).toBeUndefined();
  });
});

const post = (id: string, slug: string, alias: string | undefined) => ({
  item: wxrItem({ id }),
  slug,
  alias,
});

describe("why an old URL is refused, in the import's words", () => {
  it("refuses the later of two clashing old URLs, a build file, a post's URL and a site page", () => {
    const refused = refusedAliases(
      [
        post("1", "upper", "/2008/UPPER/"),
        post("2", "lower", "/2008/upper/"),
        post("3", "feed", "/feed.xml"),
        post("4", "taken", "/posts/mine/"),
        post("5", "tags", "/tags/iraq/"),
        post("6", "same", "/posts/same/"),
        post("7", "fine", "/2008/fine/"),
      ],
      new Set(["mine"]),
      ["/tags/{{ tag.slug }}/"],
    );
    expect([...refused]).toEqual([
      [
        "2",
        'it is also an alias at upper/index.md ("/2008/UPPER/", which differs only in upper and lower case: one file on a disk that ignores case); an old URL can redirect to one post only',
      ],
      ["3", "it is the path of /feed.xml, a file the build writes itself"],
      ["4", "it is the URL of the post mine/index.md, so the redirect would replace it"],
      ["5", "it is in /tags/, where the build writes the site's own pages"],
    ]);
  });

  it.each([
    [
      { code: "alias-is-post-url-but-for-case", post: { file: "1", url: "/posts/a/" } },
      "it differs from /posts/a/, the URL of the post a/index.md, only in upper and lower case, so on a disk that ignores case (macOS, Windows) the redirect would replace it",
    ],
    [
      { code: "alias-inside-post-folder", post: { file: "1", url: "/posts/a/" } },
      "it is inside /posts/a/, the folder of the post a/index.md, where its page and files (images, maps) are published, so the redirect would take the place of one of them",
    ],
    [
      {
        code: "alias-clashes-with-alias",
        other: { file: "1", line: 0, index: 0, value: "/x/" },
        caseOnly: false,
      },
      "it is also an alias at a/index.md; an old URL can redirect to one post only",
    ],
    [{ code: "alias-has-backslash", reason: "has a backslash" }, "it has a backslash"],
  ] as const)("words %j", (fields, reason) => {
    const problem = { file: "2", line: 0, alias: "/x/", index: 0, message: "", ...fields };
    expect(refusalReason(problem, (file) => (file === "1" ? "a/index.md" : file))).toBe(reason);
  });
});
