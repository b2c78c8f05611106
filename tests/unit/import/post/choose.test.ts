import { describe, expect, it } from "vitest";
import { convertExport } from "../../../../src/import/post/convert-export.ts";
import { skippedSummary } from "../../../../src/import/report.ts";
import { type WxrExport, type WxrItem } from "../../../../src/import/export/wxr.ts";
import { wxrItem } from "../../../helpers/wxr-item.ts";
import { chooseItems } from "../../../../src/import/post/choose.ts";

const item = wxrItem;

function exportOf(...items: WxrItem[]): WxrExport {
  return { siteUrl: "http://old.example.org", authors: new Map(), items };
}

describe("which items become posts", () => {
  it("counts a private post as private, and a reusable block as one, not as drafts", () => {
    const { posts, skipped } = convertExport(
      exportOf(
        item({ id: "1", status: "private" }),
        item({ id: "2", status: "draft", postName: "d" }),
        item({ id: "55", postType: "wp_block", title: "Box" }),
      ),
    );
    expect(posts).toEqual([]);
    expect(skippedSummary(skipped)).toBe("Skipped 3 items: 1 private, 1 draft, 1 reusable block.");
  });
});

describe("choosing the items that become posts", () => {
  it.each([
    [{ status: "publish" }, false, undefined],
    [{ status: "future" }, false, undefined],
    [{ status: "draft" }, false, "draft"],
    [{ status: "draft" }, true, undefined],
    [{ status: "pending" }, false, "draft"],
    [{ status: "private" }, false, "private"],
    [{ status: "publish", password: "pw" }, false, "password-protected"],
    [{ status: "trash" }, true, "trash"],
    [{ status: "" }, true, "no status"],
    [{ postType: "page" }, true, "page"],
    [{ postType: "" }, true, "no post type"],
    [{ postDate: "0000-00-00 00:00:00" }, true, "no date"],
  ])("an item %j, drafts %s: skipped as %s", (fields, drafts, reason) => {
    const { skipped } = chooseItems([item(fields)], drafts);
    expect(skipped[0]?.reason).toBe(reason);
  });

  it("makes a password-protected or private post a draft, and gives repeated ids #2", () => {
    const { chosen } = chooseItems(
      [item({ password: "pw" }), item({ status: "private", title: "" }), item({ title: "Third" })],
      true,
    );
    expect(
      chosen.map(({ item: { id }, title, draft, duplicateOf }) => ({
        id,
        title,
        draft,
        duplicateOf,
      })),
    ).toEqual([
      { id: "1", title: "Basra", draft: true, duplicateOf: undefined },
      {
        id: "1#2",
        title: "Untitled (WordPress post 1)",
        draft: true,
        duplicateOf: { id: "1", title: "Basra" },
      },
      { id: "1#3", title: "Third", draft: false, duplicateOf: { id: "1", title: "Basra" } },
    ]);
  });
});
