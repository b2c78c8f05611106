import { describe, expect, it } from "vitest";
import { convertBody } from "../../../../src/import/body/convert.ts";

const note =
  '<span class="legacy-embed" role="note">The video embedded in the original post is not available.</span>';
const youtube = '{% video "https://www.youtube.com/watch?v=dQw4w9WgXcQ" "Video from “Basra”" %}';

describe("a Flash video that is gone", () => {
  it("is reported with its line, the shortcode as written and the fix", () => {
    const body = convertBody(
      'Before.\n\n[kml_flashembed movie="http://example.org/clip.swf" /]\n\nAfter.',
      "Basra",
    );
    expect(body.markdown).toBe(`Before.\n\n${note}\n\nAfter.`);
    expect(body.losses).toEqual([
      {
        line: 3,
        message:
          '[kml_flashembed movie="http://example.org/clip.swf" /] embedded a Flash video that is gone and names no video site\'s address, so readers see a note that it is not available. Fix: link the video if you can find it (a YouTube or Vimeo address alone on a line becomes the video), or delete the note',
      },
    ]);
  });
});

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
      "[embed] of another site: a marked link, reported",
      "[embed]https://example.org/story[/embed]",
      '<span class="legacy-embed" role="note" data-wordpress-shortcode="embed">Embedded on the old site: <a href="https://example.org/story">https://example.org/story</a></span>',
    ],
    [
      "an [embed] inside a [caption]: the figure with its caption, then the video",
      '[caption id="a1"][embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed] A caption around an embed[/caption]',
      `<figure>\n<figcaption>A caption around an embed</figcaption>\n</figure>\n\n${youtube}`,
    ],
    [
      "a [caption] never closed (its closing tag past a blank line): a marked note, the text kept",
      '[caption id="a1"]<img src="http://ex.org/a.jpg" alt="An A" /> Never closed\n\nEnd [/caption] stray close.',
      '<span class="legacy-embed" role="note" data-wordpress-shortcode="caption">Not converted from WordPress: the shortcode caption id=&quot;a1&quot;</span>[Image: An A](http://ex.org/a.jpg) Never closed\n\nEnd stray close.',
    ],
    [
      "[[caption]] and [[gallery]…[/gallery]] (WordPress's literal form): the shortcode's text",
      "Write [[caption]] or [[gallery]x[/gallery]].",
      "Write \\[caption\\] or \\[gallery\\]x\\[/gallery\\].",
    ],
    [
      "Gutenberg blocks: no stray backslash from the block comments",
      "<!-- wp:paragraph -->\n<p>One.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Two.</p>\n<!-- /wp:paragraph -->",
      "One.\n\nTwo.",
    ],
    [
      "a Gutenberg embed block: the video, titled by its caption",
      '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ"} -->\n<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n</div><figcaption class="wp-element-caption">Sadr&#8217;s speech &amp; after</figcaption></figure>\n<!-- /wp:embed -->',
      '{% video "https://www.youtube.com/watch?v=dQw4w9WgXcQ" "Sadr’s speech & after" %}',
    ],
    [
      "<pre> with blank lines and indentation: a fenced code block, intact",
      "Before\n\n<pre>a\n\n  b</pre>\n\nAfter",
      "Before\n\n```\na\n\n  b\n```\n\nAfter",
    ],
    [
      "Gutenberg wp:code: a fenced code block, intact",
      '<!-- wp:code -->\n<pre class="wp-block-code"><code>if (a &lt; b) {\n\n  return "x";\n}</code></pre>\n<!-- /wp:code -->',
      '```\nif (a < b) {\n\n  return "x";\n}\n```',
    ],
    [
      "text that describes HTML stays text: < and entity-like & are written as entities",
      "write &lt;script&gt;alert(1)&lt;/script&gt; or &lt;img src=x onerror=alert(1)&gt;; &amp; &lt;b&gt; a &lt; b, AT&amp;T, &amp;amp;",
      "write &lt;script>alert(1)&lt;/script> or &lt;img src=x onerror=alert(1)>; & &lt;b> a < b, AT&T, &amp;amp;",
    ],
    [
      "a {% map %} or {% video %} written in WordPress is a code span: shown as written, not run",
      'Write {% map "../../../etc/passwd" %} here.\n\n{% video "https://vimeo.com/1" "x" %}',
      'Write `{% map "../../../etc/passwd" %}` here.\n\n`{% video "https://vimeo.com/1" "x" %}`',
    ],
    [
      "{% in a table cell stays text",
      '<table><tr><td>{% map "x" %}</td></tr></table>',
      '<table><tbody><tr><td>&#123;% map "x" %}</td></tr></tbody></table>',
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
});
