import { describe, expect, it } from "vitest";
import { convertExport } from "../../../../src/import/post/convert-export.ts";
import { skippedSummary } from "../../../../src/import/report.ts";
import { type WxrExport, type WxrItem } from "../../../../src/import/export/wxr.ts";
import { wxrItem } from "../../../helpers/wxr-item.ts";

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
