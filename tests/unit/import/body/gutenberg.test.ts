import { describe, expect, it } from "vitest";
import { convertBody } from "../../../../src/import/body/convert.ts";

describe("Gutenberg's reusable blocks", () => {
  it("puts a reusable block's content in place, and reports one missing from the export", () => {
    const body = convertBody(
      'Before.\n\n<!-- wp:block {"ref":55} /-->\n\n<!-- wp:block {"ref":56} /-->\n\nAfter.',
      "T",
      undefined,
      {
        reusableBlocks: new Map([
          ["55", "<!-- wp:paragraph --><p>Block <strong>text</strong></p><!-- /wp:paragraph -->"],
        ]),
      },
    );
    expect(body.markdown).toBe("Before.\n\nBlock **text**\n\nAfter.");
    expect(body.losses).toEqual([
      {
        line: 5,
        message:
          'the reusable block 56 (<!-- wp:block {"ref":56} /-->) is not in the export, so what it showed was left out. Fix: copy its text from the old site (Appearance → Patterns, or Reusable blocks) into the post, or export it with the posts (Tools → Export → All content)',
      },
    ]);
  });
});
