import { describe, expect, it } from "vitest";
import {
  createPlaceholders,
  restorePlaceholders,
} from "../../../../src/import/shortcodes/placeholders.ts";

describe("placeholders of converted shortcodes", () => {
  it("numbers placeholders in order and keeps their Markdown", () => {
    const placeholders = createPlaceholders();
    expect([placeholders.place("a", true), placeholders.place("b", false)]).toEqual([
      "WPSHORTCODE0X",
      "WPSHORTCODE1X",
    ]);
    expect(placeholders.replacements).toEqual([
      { placeholder: "WPSHORTCODE0X", markdown: "a", block: true },
      { placeholder: "WPSHORTCODE1X", markdown: "b", block: false },
    ]);
  });

  it.each([
    [
      "a block splits its paragraph, with no hard break left before it",
      "Text\\\nWPSHORTCODE0X",
      { placeholder: "WPSHORTCODE0X", markdown: '{% video "v" "t" %}', block: true },
      'Text\n\n{% video "v" "t" %}',
    ],
    [
      "an inline one stays where it stood",
      "Run WPSHORTCODE0X once.",
      { placeholder: "WPSHORTCODE0X", markdown: "`x`", block: false },
      "Run `x` once.",
    ],
    [
      "blank lines in fenced code are the code's",
      "WPSHORTCODE0X",
      { placeholder: "WPSHORTCODE0X", markdown: "```\na\n\n\n\nb\n```", block: true },
      "```\na\n\n\n\nb\n```",
    ],
  ])("%s", (_what, markdown, replacement, restored) => {
    expect(restorePlaceholders(markdown, [replacement])).toBe(restored);
  });
});
