import { describe, expect, it } from "vitest";
import { createLosses, placeLosses } from "../../../../src/import/html/losses.ts";

describe("losses: what the import drops, and the line it was on", () => {
  it("gives each loss a mark of letters and digits, numbered in order", () => {
    const losses = createLosses();
    expect([losses.mark("first"), losses.mark("second")]).toEqual(["WPLOSS0X", "WPLOSS1X"]);
    expect(losses.messages).toEqual(["first", "second"]);
  });

  it.each([
    [
      "a mark on a line of text stays on that line",
      "Intro.\n\nText WPLOSS0X here.",
      { markdown: "Intro.\n\nText  here.", losses: [{ line: 3, message: "m0" }] },
    ],
    [
      "a line left empty by its mark after a blank line goes; the mark moves to the next line",
      "Intro.\n\nWPLOSS0X\n\nNext.",
      { markdown: "Intro.\n\nNext.", losses: [{ line: 3, message: "m0" }] },
    ],
    [
      "a mark at the very end goes to the last line, trailing blank lines removed",
      "Intro.\n\nWPLOSS0X\n\n",
      { markdown: "Intro.", losses: [{ line: 1, message: "m0" }] },
    ],
    [
      "blank lines in fenced code are kept",
      "```\na\n\n\nb\n```\n\nAfter WPLOSS0X",
      { markdown: "```\na\n\n\nb\n```\n\nAfter", losses: [{ line: 8, message: "m0" }] },
    ],
    [
      "a hard break left ending a paragraph by a removed mark goes; code and a literal backslash stay",
      "Text:\\\nWPLOSS0X\n\n```\nx\\\n\n```\n\nC:\\\\\n\nEnd\\",
      {
        markdown: "Text:\n\n```\nx\\\n\n```\n\nC:\\\\\n\nEnd",
        losses: [{ line: 2, message: "m0" }],
      },
    ],
  ])("%s", (_what, markdown, placed) => {
    expect(placeLosses(markdown, ["m0"])).toEqual(placed);
  });
});
