import { describe, expect, it } from "vitest";
import { accessibleTables, convertBody, extractFootnotes } from "../../../src/import/body/convert.ts";
import { convertExport, sitePageOf } from "../../../src/import/post/convert-export.ts";
import { decodeExport, ImportError, parseWxr, type WxrItem } from "../../../src/import/export/wxr.ts";
import { wxrItem } from "../../helpers/wxr-item.ts";

describe("converting a WordPress body: what the second tester found", () => {
  it.each([
    [
      "words in brackets stay text",
      "He [the minister] denied it [photo by AP].",
      "He \\[the minister\\] denied it \\[photo by AP\\].",
    ],
    [
      "[php] inline is a code span",
      "Run [php]<?php echo 1; ?>[/php] once.",
      "Run `<?php echo 1; ?>` once.",
    ],
    [
      "[code lang] on its own lines is a fenced block with its language",
      '[code lang="js"]\nx = "<div>";\n\ny();\n[/code]',
      '```js\nx = "<div>";\n\ny();\n```',
    ],
    ["::: at the start of a line stays text", "::: lang ar\ntext", "\\::: lang ar\\\ntext"],
    [
      "{…} that would set attributes stays text",
      "Heading {#custom-id}",
      "Heading &#123;#custom-id}",
    ],
    [
      "a paragraph keeps its lang and dir",
      '<p dir="rtl" lang="he">שלום</p>',
      "שלום {lang=he dir=rtl}",
    ],
    ["style direction becomes dir", '<p style="direction:rtl">עוד</p>', "עוד {dir=rtl}"],
    [
      "a table with a blank line in a cell is one table, with no stray backslash",
      "<table>\n<tr><td>a\n\nb</td></tr>\n</table>",
      "<table><tbody><tr><td>a b</td></tr></tbody></table>",
    ],
    [
      "a Gutenberg table's caption becomes its <caption>, header cells get a scope",
      '<figure class="wp-block-table"><table><thead><tr><th>City</th></tr></thead><tbody><tr><td>Basra</td></tr></tbody></table><figcaption>Dead</figcaption></figure>',
      '<table><caption>Dead</caption><thead><tr><th scope="col">City</th></tr></thead><tbody><tr><td>Basra</td></tr></tbody></table>',
    ],
    [
      "a tel: link stays, its text unbroken",
      '<a href="tel:+4420">the desk</a>',
      "[the\u00a0desk](tel:+4420)",
    ],
    [
      "<details> stays HTML",
      "<details><summary>More</summary><p>Hidden.</p></details>",
      "<details><summary>More</summary><p>Hidden.</p></details>",
    ],
  ])("%s", (_what, html, markdown) => {
    expect(convertBody(html, "Basra").markdown).toBe(markdown);
  });

  it("makes WordPress 6.3 footnotes from the post meta, the plugins' and hand-written ones Markdown footnotes, numbered as cited", () => {
    const html =
      '<p>A<sup data-fn="f1" class="fn"><a href="#f1" id="f1-link">1</a></sup> B((Paren note.)) C[efn_note]Easy note.[/efn_note] D<sup><a href="#fn1" id="ref1">1</a></sup>.</p>\n<ol class="footnotes"><li id="fn1">By hand. <a href="#ref1">↩</a></li></ol>';
    expect(
      convertBody(html, "Basra", undefined, {
        footnotes: '[{"id":"f1","content":"From <em>meta</em>."}]',
      }).markdown,
    ).toBe(
      "A[^1] B[^2] C[^3] D[^4].\n\n[^1]: From _meta_.\n\n[^2]: Paren note.\n\n[^3]: Easy note.\n\n[^4]: By hand.",
    );
    expect(extractFootnotes('<sup data-fn="x">1</sup>', undefined)).toEqual({
      html: '<sup data-fn="x">1</sup>',
      notes: [],
    });
  });

  it("reports dropped media, frames and scripts, and a video's lost start time, with their lines", () => {
    const body = convertBody(
      'Intro.\n\n<audio src="http://old.example.org/a.mp3"></audio>\n\n<script>x()</script>Text.\n\n[embed]https://youtu.be/dQw4w9WgXcQ?t=30[/embed]',
      "Basra",
    );
    expect(body.markdown).toBe(
      'Intro.\n\nAudio on the old site: [http://old.example.org/a.mp3](http://old.example.org/a.mp3)\n\nText.\n\n{% video "https://www.youtube.com/watch?v=dQw4w9WgXcQ" "Video from “Basra”" %}',
    );
    expect(body.losses).toEqual([
      {
        line: 3,
        message:
          "the audio http://old.example.org/a.mp3 is a link to the old site, not played here. Fix: nothing to do, or copy the file into the post's folder and link to it",
      },
      {
        line: 5,
        message:
          "a <script> was removed (the site runs no scripts, styles or forms from posts). Fix: nothing to do, or describe what it showed",
      },
      {
        line: 7,
        message:
          "the video https://youtu.be/dQw4w9WgXcQ?t=30 started at 30s on the old site; the embed starts at the beginning. Fix: say in the text where to start watching",
      },
    ]);
  });

  it("adds a tbody and scopes to a hand-written table", () => {
    expect(accessibleTables("<table><tr><th>Year</th><td>2008</td></tr></table>")).toBe(
      '<table><tbody><tr><th scope="row">Year</th><td>2008</td></tr></tbody></table>',
    );
  });
});

describe("reading and converting an export: what the second tester found", () => {
  it("refuses a file declared UTF-8 that is Latin-1, naming the line, and a gzip file", () => {
    const bytes = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<t>Caf'),
      Buffer.from([0xe9]),
      Buffer.from("</t>"),
    ]);
    expect(() => decodeExport(bytes, "export.xml")).toThrow(
      new ImportError(
        'export.xml:2: the export says its encoding is UTF-8, but this line has bytes that are not UTF-8, so its accented letters would come out as "\uFFFD"; the file was probably saved in Latin-1 (ISO-8859-1 or windows-1252). Fix: write the encoding it has in its first line, such as <?xml version="1.0" encoding="windows-1252"?>, or save it as UTF-8',
      ),
    );
    expect(() => decodeExport(Uint8Array.from([0x1f, 0x8b, 8, 0]), "e.xml.gz")).toThrow(
      new ImportError(
        "e.xml.gz is compressed (gzip), not the .xml file itself. Fix: unzip it first (gunzip e.xml.gz, or double-click it), and give the .xml file inside",
      ),
    );
  });

  const item = (fields: Partial<WxrItem>): WxrItem =>
    wxrItem({
      title: "T",
      link: "http://old.example.org/2008/03/27/t/",
      content: "x",
      postName: "t",
      ...fields,
    });

  it("unescapes titles and skips a password-protected post unless drafts are asked for, then makes it a draft", () => {
    const wxr = {
      siteUrl: "http://old.example.org",
      authors: new Map([["desk", "Desk &amp; Wire"]]),
      items: [
        item({ title: "Q&amp;A &#8211; the &#8220;surge&#8221;" }),
        item({
          id: "2",
          postName: "p",
          link: "http://old.example.org/2008/03/27/p/",
          password: "hunter2",
        }),
      ],
    };
    const plain = convertExport(wxr);
    expect(plain.posts.map((post) => post.text.split("\n").slice(1, 4))).toEqual([
      ['title: "Q&A – the “surge”"', 'date: "2008-03-27T10:00:00+00:00"', 'author: "Desk & Wire"'],
    ]);
    expect(plain.skipped).toEqual([{ id: "2", title: "T", reason: "password-protected" }]);
    const drafts = convertExport(wxr, { drafts: true });
    expect(drafts.posts[1]?.notices).toEqual([
      {
        line: 7,
        message:
          "the post was password-protected on the old site, so it is imported as a draft. Fix: remove draft: true to publish it for everyone",
      },
    ]);
  });

  it("imports both posts of a duplicated wp:post_id under distinct ids", () => {
    const { posts } = convertExport({
      siteUrl: "http://old.example.org",
      authors: new Map(),
      items: [
        item({ postName: "a", link: "http://old.example.org/a/" }),
        item({ postName: "b", link: "http://old.example.org/b/" }),
      ],
    });
    expect(posts.map((post) => [post.id, post.slug])).toEqual([
      ["1", "a"],
      ["1#2", "b"],
    ]);
  });

  it("finds the site's pages an old URL would replace", () => {
    const permalinks = ["/archive/", "/tags/{{ tag.slug }}/feed.xml", "/feed.xml"];
    expect(sitePageOf("/archive/", permalinks)).toBe("/archive/");
    expect(sitePageOf("/tags/iraq/", permalinks)).toBe("/tags/{{ tag.slug }}/feed.xml");
    expect(sitePageOf("/2008/03/27/x/", permalinks)).toBeUndefined();
  });

  it("reads post meta, comments and a password from the export", () => {
    const wxr = parseWxr(
      "<rss><channel><wp:wxr_version>1.2</wp:wxr_version><item><wp:post_id>9</wp:post_id><wp:post_password>pw</wp:post_password><wp:postmeta><wp:meta_key>footnotes</wp:meta_key><wp:meta_value>[]</wp:meta_value></wp:postmeta><wp:comment><wp:comment_id>1</wp:comment_id></wp:comment></item></channel></rss>",
      "e.xml",
    );
    expect([
      wxr.items[0]?.password,
      wxr.items[0]?.meta.get("footnotes"),
      wxr.items[0]?.comments,
    ]).toEqual(["pw", "[]", 1]);
  });
});
