import { describe, expect, it } from "vitest";
import {
  headNotices,
  itemNotices,
  outsideBlogNotice,
  refusedAliasNotice,
} from "../../../../src/import/post/notices.ts";
import { wxrItem } from "../../../helpers/wxr-item.ts";

const chosen = (fields: Parameters<typeof wxrItem>[0] = {}) => ({
  item: wxrItem(fields),
  title: "Basra",
  date: "2008-03-27T10:00:00+00:00",
  draft: false,
});

describe("what the report says about a post", () => {
  it("says nothing of a post with a title, one series and its own folder", () => {
    const entry = { ...chosen(), slug: "basra", series: ["S"], alias: "/2008/03/27/basra/" };
    expect(headNotices(entry, ["---", 'title: "Basra"'], undefined, entry.alias)).toEqual([]);
    expect(itemNotices(entry, [])).toEqual([]);
  });

  it("says a folder was taken, without the redirect when the old URL was refused", () => {
    const entry = { ...chosen(), slug: "basra-2", series: [], alias: "/2008/03/27/basra/" };
    expect(headNotices(entry, ["---", "title: x", "slug: x"], "basra", undefined)).toEqual([
      {
        line: 3,
        message:
          "the folder basra/ is taken by a post this blog's import did not write (your own, or another blog's import), so this post is in basra-2/, at /posts/basra-2/. Fix: if basra/ is this same post, delete one of the two folders and keep the alias /2008/03/27/basra/ in the one you keep; otherwise nothing to do",
      },
    ]);
  });

  it("reports a password, a repeated id and comments, on their lines (a featured image is not its)", () => {
    const entry = {
      ...chosen({
        id: "9#2",
        password: "pw",
        comments: 2,
        meta: new Map([["_thumbnail_id", "12"]]),
      }),
      duplicateOf: { id: "9", title: "First" },
    };
    const lines = ["---", "title: x", "draft: true", "---", ""];
    expect(itemNotices(entry, lines)).toEqual([
      {
        line: 3,
        message:
          "the post was password-protected on the old site, so it is imported as a draft. Fix: remove draft: true to publish it for everyone",
      },
      {
        line: 2,
        message:
          'the export has another post with wp:post_id 9 ("First"); both are imported, this one recorded as 9#2. Fix: nothing to do',
      },
      {
        line: 2,
        message:
          "2 comments were not imported (the site shows no comments). Fix: nothing to do, or quote one in the post",
      },
    ]);
  });

  it("says an old URL was refused, or is outside the old blog's folder", () => {
    expect(refusedAliasNotice("/feed.xml", "it is the path of /feed.xml", 6)).toEqual({
      line: 6,
      message:
        "the old URL /feed.xml was not kept in aliases: it is the path of /feed.xml, so the build would refuse it; that old URL will not redirect. Fix: nothing to do, or redirect it on your host by hand",
    });
    expect(outsideBlogNotice("http://o.org/news/x/", "/blog/", "/news/x/", 7)).toEqual({
      line: 7,
      message:
        "the old URL http://o.org/news/x/ is outside the old blog's folder /blog/, so its alias /news/x/ is a path under this site's root, which may not be where the old URL was. Fix: check the alias, or remove it",
    });
  });
});
