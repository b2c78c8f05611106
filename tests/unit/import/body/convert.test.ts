import { describe, expect, it } from "vitest";
import { convertBody } from "../../../../src/import/body/convert.ts";

describe("converting a post's body to Markdown", () => {
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

  it("turns a post's images into Markdown links, captions' first in the list", () => {
    const body = convertBody(
      'Before\n\n<img src="http://ex.org/a.jpg" alt="Tanks" />\n\n[caption]<img src="http://ex.org/b.jpg" alt="Smoke" /> Smoke[/caption]',
      "Basra",
    );
    expect(body.markdown).toBe(
      'Before\n\n[Image: Tanks](http://ex.org/a.jpg)\n\n<figure>\n<a href="http://ex.org/b.jpg">Image: Smoke</a>\n<figcaption>Smoke</figcaption>\n</figure>',
    );
    expect(body.imageLinks).toEqual(["http://ex.org/b.jpg", "http://ex.org/a.jpg"]);
  });

  it("imports text whose elements nest more than 500 deep as plain text, escaped, and reports it", () => {
    const body = convertBody(`Some <b>text</b> &lt;b&gt; *x*\n${"<div>".repeat(600)}end`, "Basra");
    expect(body.markdown).toBe("Some text &lt;b> \\*x\\* end");
    expect(body.losses).toEqual([
      {
        line: 1,
        message:
          "this text nests HTML elements more than 500 deep, too deep to convert, so it was imported as plain text, without paragraphs, links or formatting. Fix: format the text again",
      },
    ]);
  });

  it("converts elements nested 400 deep", () => {
    const body = convertBody(`Some <b>text</b>\n${"<blockquote>".repeat(400)}end`, "Basra");
    expect(body.markdown).toBe(`Some **text**\n\n${"> ".repeat(400)}end`);
    expect(body.losses).toEqual([]);
  });
});
