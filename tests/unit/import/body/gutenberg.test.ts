import { describe, expect, it } from "vitest";
import { convertBody } from "../../../../src/import/body/convert.ts";
import { createLosses } from "../../../../src/import/html/losses.ts";
import {
  inlineReusableBlocks,
  markBlockContent,
  removeComments,
} from "../../../../src/import/body/gutenberg.ts";

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

describe("Gutenberg's block marks", () => {
  it("removes block comments, which are not content", () => {
    expect(removeComments("<!-- wp:paragraph -->\n<p>A</p>\n<!-- /wp:paragraph -->")).toBe(
      "\n<p>A</p>\n",
    );
  });

  it("puts blocks in blocks, and stops at five deep", () => {
    const losses = createLosses();
    const blocks = new Map([["1", 'in <!-- wp:block {"ref":1} /-->']]);
    const html = inlineReusableBlocks('<!-- wp:block {"ref":"1"} /-->', blocks, losses);
    expect(html.replace(/\s+/g, " ").trim()).toBe("in in in in in WPLOSS0X");
    expect(losses.messages[0]?.split(" (")[0]).toBe("the reusable block 1");
  });

  it.each([
    [
      "a top-level block's content is marked, its inner blocks with it",
      '<!-- wp:list {"ordered":true} --><ol><li>a<!-- wp:list --><ul><li>b</li></ul><!-- /wp:list --></li></ol><!-- /wp:list -->',
      '\n\n<!--kept-block--><!-- wp:list {"ordered":true} --><ol><li>a<!-- wp:list --><ul><li>b</li></ul><!-- /wp:list --></li></ol><!-- /wp:list --><!--/kept-block-->\n\n',
    ],
    [
      "text outside blocks, a freeform and a shortcode block are not marked",
      "free\n<!-- wp:freeform -->f<!-- /wp:freeform --><!-- wp:core/shortcode -->s<!-- /wp:core/shortcode -->",
      "free\n<!-- wp:freeform -->f<!-- /wp:freeform --><!-- wp:core/shortcode -->s<!-- /wp:core/shortcode -->",
    ],
    [
      "a block with no content is not marked",
      "<!-- wp:latest-posts /-->",
      "<!-- wp:latest-posts /-->",
    ],
    ["classic content is returned as it is", "a\n<!-- note -->\nb", "a\n<!-- note -->\nb"],
  ])("%s", (_what, html, marked) => {
    expect(markBlockContent(html)).toBe(marked);
  });

  it.each([
    ["<!--more--> on its own line ends a paragraph", "a\n<!--more-->\nb", "a\n\n\nb"],
    ["<!--more Read on--> inside a line is removed", "a<!--more Read on--> b", "a b"],
    [
      "<!--more--> before text on its line is removed, the text kept",
      "<!--more--> b <!-- c -->\n<!-- d -->",
      " b \n",
    ],
    ["<!--nextpage--> ends a paragraph", "a<!--nextpage-->b", "a\n\nb"],
    ["a comment never closed is left as it is", "a<!-- b -->c <!-- d", "ac <!-- d"],
    [
      "the marks of blocks' content stay",
      "<!--kept-block--><!-- wp:html -->x<!-- /wp:html --><!--/kept-block-->",
      "<!--kept-block-->x<!--/kept-block-->",
    ],
  ])("%s", (_what, html, removed) => {
    expect(removeComments(html)).toBe(removed);
  });
});
