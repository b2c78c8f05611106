import { describe, expect, it } from "vitest";
import { convertBody, smileys } from "../../../src/import/body/convert.ts";
import { convertExport, skippedSummary } from "../../../src/import/post/convert-export.ts";
import type { WxrExport, WxrItem } from "../../../src/import/export/wxr.ts";
import { wxrItem } from "../../helpers/wxr-item.ts";

const item = wxrItem;

function exportOf(...items: WxrItem[]): WxrExport {
  return { siteUrl: "http://old.example.org", authors: new Map(), items };
}

describe("converting a WordPress body: what the third tester found", () => {
  it("notes VideoPress and other WordPress.com shortcodes instead of printing them", () => {
    const body = convertBody("[wpvideo abc123]\n\nSee [spotify id=x] and [the minister].", "T");
    expect(body.unconverted).toEqual([
      { name: "wpvideo", text: "[wpvideo abc123]" },
      { name: "spotify", text: "[spotify id=x]" },
    ]);
    expect(body.markdown).toBe(
      '<span class="legacy-embed" role="note" data-wordpress-shortcode="wpvideo">Not converted from WordPress: the shortcode wpvideo abc123</span>\n\n' +
        'See <span class="legacy-embed" role="note" data-wordpress-shortcode="spotify">Not converted from WordPress: the shortcode spotify id=x</span> and \\[the minister\\].',
    );
  });

  it("unwraps a Divi page with one report line naming what showed something of its own", () => {
    const body = convertBody(
      '[et_pb_section fb_built="1"][et_pb_row][et_pb_column type="4_4"][et_pb_text]<p>First.</p>\n\n<p>Second.</p>[/et_pb_text][et_pb_button button_url="http://x.org" button_text="Go"][/et_pb_button][/et_pb_column][/et_pb_row][/et_pb_section]',
      "T",
    );
    expect(body.markdown).toBe("First.\n\nSecond.");
    expect(body.unconverted).toEqual([]);
    expect(body.losses).toEqual([
      {
        line: 1,
        message:
          "the page builder's layout shortcodes (et_pb_section, et_pb_row, et_pb_column, et_pb_text…) were removed and the text they held kept; what et_pb_button showed of its own (a button, an image, a divider…) is not shown. Fix: check that the post reads as it should",
      },
    ]);
  });

  it("unwraps WPBakery rows and a Shortcodes Ultimate highlight, keeping the text inline", () => {
    const body = convertBody(
      "[vc_row][vc_column][vc_column_text]Hello [su_highlight]world[/su_highlight].[/vc_column_text][/vc_column][/vc_row]",
      "T",
    );
    expect(body.markdown).toBe("Hello world.");
    expect(body.losses.map((loss) => loss.message)).toEqual([
      "the page builder's layout shortcodes (vc_row, vc_column, vc_column_text, su_highlight) were removed and the text they held kept. Fix: check that the post reads as it should",
    ]);
  });

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

  it("makes smiley images emoji, or their text when there is no emoji", () => {
    expect(
      smileys(
        'Hi <img src="http://o.org/wp-includes/images/smilies/icon_smile.gif" alt=":)" class="wp-smiley" /> ' +
          '<img src="https://s.w.org/images/core/emoji/15.0.3/72x72/1f1ee-1f1f6.png" alt="x" class="wp-smiley"> ' +
          '<img src="/wp-includes/images/smilies/mrgreen.png" alt=":mrgreen:" class="wp-smiley"> <img src="a.jpg" alt="A">',
      ),
    ).toBe('Hi 🙂 🇮🇶 :mrgreen: <img src="a.jpg" alt="A">');
    expect(
      convertBody(
        'Good <img src="http://o.org/wp-includes/images/smilies/icon_wink.gif" alt=";)" class="wp-smiley" />',
        "T",
      ).markdown,
    ).toBe("Good 😉");
  });

  it("keeps two blank lines in a [sourcecode] block", () => {
    expect(
      convertBody('[sourcecode language="python"]\na = 1\n\n\nb = 2\n[/sourcecode]', "T").markdown,
    ).toBe("```python\na = 1\n\n\nb = 2\n```");
  });

  it("says an <object> and an <embed> were removed", () => {
    expect(
      convertBody('a <object data="x.swf"></object> b <embed src="y.swf">', "T").losses.map(
        (loss) => loss.message.split(" (")[0],
      ),
    ).toEqual(["an <object> was removed", "an <embed> was removed"]);
  });
});

describe("converting a WordPress export: what the third tester found", () => {
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

  it("inlines the export's reusable block into the post that uses it", () => {
    const { posts } = convertExport(
      exportOf(
        item({ content: 'Intro.\n\n<!-- wp:block {"ref":55} /-->' }),
        item({ id: "55", postType: "wp_block", title: "Box", content: "<p>Subscribe.</p>" }),
      ),
    );
    expect(posts[0]?.text.split("---\n")[2]).toBe("\nIntro.\n\nSubscribe.\n");
    expect(posts[0]?.notices).toEqual([]);
  });

  it("reports an untitled post", () => {
    const { posts } = convertExport(exportOf(item({ title: "", postName: "" })));
    expect(posts[0]?.slug).toBe("untitled-wordpress-post-1");
    expect(posts[0]?.notices).toEqual([
      {
        line: 2,
        message:
          'the post has no title in the export, so it is titled "Untitled (WordPress post 1)". Fix: write its title after title:',
      },
    ]);
  });

  it("writes a series plugin's term as series:, and reports a second one", () => {
    const { posts } = convertExport(
      exportOf(
        item({
          terms: [
            { domain: "series", nicename: "siege", name: "Siege of Basra" },
            { domain: "post_tag", nicename: "iraq", name: "Iraq" },
            { domain: "series", nicename: "south", name: "The South &amp; Oil" },
          ],
        }),
      ),
    );
    const lines = posts[0]?.text.split("\n") ?? [];
    expect(lines.slice(4, 6)).toEqual(['tags: ["Iraq"]', 'series: "Siege of Basra"']);
    expect(posts[0]?.notices).toEqual([
      {
        line: 6,
        message:
          'the post was in 2 series ("Siege of Basra", "The South & Oil"); a post belongs to one here, so it is in "Siege of Basra". Fix: nothing to do, or write the series it belongs to after series:',
      },
    ]);
  });

  it("says when an author's own folder made the post take another, every time it is imported", () => {
    const options = { reservedSlugs: new Set(["basra"]) };
    const first = convertExport(exportOf(item({})), options);
    expect(first.posts[0]?.slug).toBe("basra-2");
    const notice = {
      line: 5,
      message:
        "the folder basra/ is taken by a post the import did not write, so this post is in basra-2/, at /posts/basra-2/, and its old URL /2008/03/27/basra/ redirects there. Fix: if basra/ is this same post, delete one of the two folders and keep the alias /2008/03/27/basra/ in the one you keep; otherwise nothing to do",
    };
    expect(first.posts[0]?.notices).toEqual([notice]);
    const again = convertExport(exportOf(item({})), {
      ...options,
      previousSlugs: new Map([["1", "basra-2"]]),
    });
    expect(again.posts[0]?.text).toBe(first.posts[0]?.text);
    expect(again.posts[0]?.notices).toEqual([notice]);
  });
});
