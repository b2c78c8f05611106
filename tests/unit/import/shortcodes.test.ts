import { describe, expect, it } from "vitest";
import { convertBody } from "../../../src/import/body.ts";
import { parseAttributes } from "../../../src/import/shortcodes.ts";

const note =
  '<span class="legacy-embed" role="note">The video embedded in the original post is not available.</span>';
const youtube = '{% video "https://www.youtube.com/watch?v=dQw4w9WgXcQ" "Video from “Basra”" %}';

describe("WordPress shortcodes become Dispatch Markdown", () => {
  it.each([
    [
      "[kml_flashembed] with no movie, ending a paragraph: the not-available note on its own line",
      'Below is a piece by Al Jazeera English. [kml_flashembed movie="" width="425" height="350" wmode="transparent" /]',
      `Below is a piece by Al Jazeera English.\n\n${note}`,
    ],
    [
      "[kml_flashembed] of a YouTube movie, curly quotes: the video embed",
      "[kml_flashembed movie=”http://www.youtube.com/v/dQw4w9WgXcQ” /]",
      youtube,
    ],
    [
      "[kml_flashembed] of another host, paired with alternative content: the content",
      '[KML_FLASHEMBED movie="http://example.org/clip.swf"]<a href="http://example.org/clip">Watch the clip</a>[/KML_FLASHEMBED]',
      "[Watch the clip](http://example.org/clip)",
    ],
    [
      "[kml_flashembed] paired with empty content: the note",
      '[kml_flashembed movie="http://example.org/clip.swf"] [/kml_flashembed]',
      note,
    ],
    [
      "[caption] with curly quotes: a figure with the image as a link to its full size, and its caption",
      'Text\n\n[caption id=“attachment_7” align=“alignleft” width=“300”]<a href="http://ex.org/big.jpg"><img src="http://ex.org/small.jpg" alt="Smoke" onerror="x()" /></a> Smoke over <em>Basra</em>[/caption]\n\nMore',
      'Text\n\n<figure>\n<a href="http://ex.org/big.jpg">Image: Smoke</a>\n<figcaption>Smoke over <em>Basra</em></figcaption>\n</figure>\n\nMore',
    ],
    [
      "[caption] with the old caption attribute",
      '[caption caption="Basra, 2008"]<img src="http://ex.org/a.jpg" alt="" />[/caption]',
      '<figure>\n<a href="http://ex.org/a.jpg">Image</a>\n<figcaption>Basra, 2008</figcaption>\n</figure>',
    ],
    [
      "escaped \\[embed\\] of YouTube: the video embed",
      "\\[embed\\]https://www.youtube.com/watch?v=dQw4w9WgXcQ\\[/embed\\]",
      youtube,
    ],
    [
      "[embed] of another site: a link",
      "[embed]https://example.org/story[/embed]",
      "<https://example.org/story>",
    ],
    [
      "[youtube=URL] (WordPress.com) with &amp;w=",
      "[youtube=http://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;w=425]",
      youtube,
    ],
    [
      '[youtube id="…"]',
      '[youtube id="dQw4w9WgXcQ" title="Residents speak"]',
      '{% video "https://www.youtube.com/watch?v=dQw4w9WgXcQ" "Residents speak" %}',
    ],
    [
      "[vimeo ID]",
      "[vimeo 76979871]",
      '{% video "https://vimeo.com/76979871" "Video from “Basra”" %}',
    ],
    [
      "a bare Vimeo URL alone on a line, between lines of a paragraph",
      "Watch:\nhttps://vimeo.com/76979871\nThen read on.",
      'Watch:\n\n{% video "https://vimeo.com/76979871" "Video from “Basra”" %}\n\nThen read on.',
    ],
    [
      "a YouTube player iframe",
      '<iframe width="560" height="315" src="//www.youtube.com/embed/dQw4w9WgXcQ" frameborder="0"></iframe>',
      youtube,
    ],
    [
      "[gallery]: a marked note",
      'Photos:\n\n[gallery ids="4,5,6"]',
      'Photos:\n\n<span class="legacy-embed" role="note" data-wordpress-shortcode="gallery">Not converted from WordPress: the shortcode gallery ids=&quot;4,5,6&quot;</span>',
    ],
    [
      "an unknown paired shortcode: a marked note, its content kept",
      "[pullquote align=right]Basra is the key[/pullquote]",
      '<span class="legacy-embed" role="note" data-wordpress-shortcode="pullquote">Not converted from WordPress: the shortcode pullquote align=right</span>Basra is the key',
    ],
    [
      "brackets that are not shortcodes stay text",
      "He said [sic] it was over. [Editor's note: updated]",
      "He said \\[sic\\] it was over. \\[Editor's note: updated\\]",
    ],
    [
      "raw HTML is sanitised: scripts, handlers and styles go; a table stays HTML",
      '<p onclick="steal()">Hi <script>alert(1)</script><b style="color:red">bold</b> <a href="javascript:alert(1)">x</a></p>\n<table><tr><td>a</td></tr></table>',
      "Hi **bold** x\n\n<table><tbody><tr><td>a</td></tr></tbody></table>",
    ],
  ])("%s", (_what, html, markdown) => {
    expect(convertBody(html, "Basra").markdown).toBe(markdown);
  });

  it("lists the shortcodes it did not convert, in order, as written", () => {
    const { unconverted } = convertBody(
      '[gallery ids="4"]\n\n\\[poll id=2\\]\n\n[caption]<img src="a.jpg" alt="">x[/caption]',
      "Basra",
    );
    expect(unconverted).toEqual([
      { name: "gallery", text: '[gallery ids="4"]' },
      { name: "poll", text: "\\[poll id=2\\]" },
    ]);
  });
});

describe("parseAttributes", () => {
  it.each([
    [
      "id=\"a\" width=300 caption='x y'",
      { named: { id: "a", width: "300", caption: "x y" }, positional: [] },
    ],
    [
      "movie=”http://x/y.swf” wmode=“transparent”",
      { named: { movie: "http://x/y.swf", wmode: "transparent" }, positional: [] },
    ],
    ["title=‘Sadr’s men’", { named: { title: "Sadr’s men" }, positional: [] }],
    ["=http://youtu.be/x&amp;w=2", { named: {}, positional: ["http://youtu.be/x&w=2"] }],
    [" 76979871 Width=400", { named: { width: "400" }, positional: ["76979871"] }],
  ])("%s", (text, attributes) => {
    expect(parseAttributes(text)).toEqual(attributes);
  });
});
