import { describe, expect, it } from "vitest";
import { skippedSummary } from "../../../src/import/report.ts";

describe("the summary of skipped items", () => {
  it.each([
    [["draft"], "Skipped 1 item: 1 draft."],
    [["draft", "page", "draft", "trash", "trash"], "Skipped 5 items: 2 drafts, 1 page, 2 trash."],
    [
      ["attachment", "attachment", "nav_menu_item"],
      "Skipped 3 items: 2 attachments, 1 nav_menu_item.",
    ],
  ])("%j → %s", (reasons, sentence) => {
    expect(skippedSummary(reasons.map((reason) => ({ id: "1", title: "T", reason })))).toBe(
      sentence,
    );
  });
});
