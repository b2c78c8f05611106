import { describe, expect, it } from "vitest";
import { convertBody } from "../../../../src/import/body/convert.ts";
import { autoParagraphs } from "../../../../src/import/body/paragraphs.ts";

describe("paragraphs of the classic editor (WordPress's wpautop)", () => {
  it.each([
    ["text between blank lines is a paragraph", "One.\n\nTwo.", "<p>One.</p>\n<p>Two.</p>"],
    ["a single line break is a <br />", "One\ntwo", "<p>One<br />\ntwo</p>"],
    [
      "a list on the line after text starts a block, with no <br> in it",
      "Points:\n<ol>\n<li>a</li>\n<li>b</li>\n</ol>",
      "<p>Points:</p>\n<ol>\n<li>a</li>\n<li>b</li>\n</ol>",
    ],
    [
      "a blockquote's text gets paragraphs",
      "<blockquote>a\n\nb</blockquote>",
      "<blockquote><p>a</p>\n<p>b</p></blockquote>",
    ],
    ["an <hr> ends the paragraph before and after it", "a<hr>b", "<p>a</p>\n<hr>\n<p>b</p>"],
    [
      "a <pre> is kept byte for byte, its blank lines too",
      "Before\n<pre>a\n\n  b</pre>\nAfter",
      "<p>Before</p>\n<pre>a\n\n  b</pre>\n<p>After</p>",
    ],
    [
      "a table is one block, even with a blank line in a cell",
      "<table><tr><td>a\n\nb</td></tr></table>",
      "<table><tr><td>a\n\nb</td></tr></table>",
    ],
    ["CRLF and CR are newlines", "a\r\nb\r\rc", "<p>a<br />\nb</p>\n<p>c</p>"],
    [
      "a tag that looks like the kept blocks' tokens is the author's text",
      '<div data-kept-k="0"></div>a\n<pre>x</pre>',
      '<div data-kept-k="0"></div>\n<p>a</p>\n<pre>x</pre>',
    ],
    [
      "a Gutenberg block's content is kept as saved; text outside blocks gets paragraphs",
      "<!--kept-block-->\n<div>a\nb</div>\n<!--/kept-block-->\n\nc\nd",
      "<div>a\nb</div>\n<p>c<br />\nd</p>",
    ],
  ])("%s", (_what, html, paragraphs) => {
    expect(autoParagraphs(html)).toBe(paragraphs);
  });

  it("makes a block shortcode's placeholder a paragraph of its own, and leaves an inline one in its line", () => {
    expect(
      autoParagraphs("Text\nWPSHORTCODE0X\nmore WPSHORTCODE1X end", {
        blockPlaceholders: ["WPSHORTCODE0X"],
      }),
    ).toBe("<p>Text</p>\n<p>WPSHORTCODE0X</p>\n<p>more WPSHORTCODE1X end</p>");
  });
});

describe("the exact Markdown of classic and Gutenberg posts", () => {
  it.each([
    [
      "the reported post: a line of text, then a nine-point <ol> on the next line, then text",
      "The statement had nine points:\n<ol>\n<li>Withdraw.</li>\n<li>Release the prisoners.</li>\n<li>Hold elections.</li>\n<li>Four.</li>\n<li>Five.</li>\n<li>Six.</li>\n<li>Seven.</li>\n<li>Eight.</li>\n<li>Nine.</li>\n</ol>\nThe army said no.",
      "The statement had nine points:\n\n1.  Withdraw.\n2.  Release the prisoners.\n3.  Hold elections.\n4.  Four.\n5.  Five.\n6.  Six.\n7.  Seven.\n8.  Eight.\n9.  Nine.\n\nThe army said no.",
    ],
    [
      "a <ul> on the line after text, last in the post",
      "Points:\n<ul>\n<li>One</li>\n<li>Two</li>\n</ul>",
      "Points:\n\n-   One\n-   Two",
    ],
    [
      "a list first in the post, text on the next line",
      "<ul>\n<li>One</li>\n</ul>\nThen text.",
      "-   One\n\nThen text.",
    ],
    [
      "a list after a blank line, last in the post",
      "Text.\n\n<ol>\n<li>One</li>\n</ol>",
      "Text.\n\n1.  One",
    ],
    [
      "a list on the same line as the text around it",
      "Text:<ol><li>One</li><li>Two</li></ol>More.",
      "Text:\n\n1.  One\n2.  Two\n\nMore.",
    ],
    [
      'an <ol start="3"> keeps its numbering',
      'From three:\n<ol start="3">\n<li>Three</li>\n<li>Four</li>\n</ol>',
      "From three:\n\n3.  Three\n4.  Four",
    ],
    [
      "a nested list indents under its item",
      "Plan:\n<ol>\n<li>North\n<ul>\n<li>Basra</li>\n<li>Umm Qasr</li>\n</ul>\n</li>\n<li>South</li>\n</ol>",
      "Plan:\n\n1.  North\n    -   Basra\n    -   Umm Qasr\n2.  South",
    ],
    [
      "two lists next to each other without a blank line",
      "<ul>\n<li>a</li>\n</ul>\n<ol>\n<li>b</li>\n</ol>",
      "-   a\n\n1.  b",
    ],
    [
      "a table between two lines of text",
      "Casualties:\n<table>\n<tr><th>City</th><th>Dead</th></tr>\n<tr><td>Basra</td><td>12</td></tr>\n</table>\nSource: UN.",
      'Casualties:\n\n<table><tbody><tr><th scope="col">City</th><th scope="col">Dead</th></tr><tr><td>Basra</td><td>12</td></tr></tbody></table>\n\nSource: UN.',
    ],
    [
      "a blockquote after text: its text gets paragraphs and line breaks",
      "He wrote:\n<blockquote>First paragraph.\n\nSecond paragraph,\non two lines.</blockquote>\nEnd.",
      "He wrote:\n\n> First paragraph.\n>\n> Second paragraph,\\\n> on two lines.\n\nEnd.",
    ],
    [
      "a <pre> between two lines of text, kept byte for byte",
      "Run:\n<pre>  indented\n\nafter a blank line</pre>\nDone.",
      "Run:\n\n```\n  indented\n\nafter a blank line\n```\n\nDone.",
    ],
    [
      "a heading between two lines of text",
      "Intro line\n<h2>Background</h2>\nText under it.",
      "Intro line\n\n## Background\n\nText under it.",
    ],
    ["an <hr /> between two lines of text", "Above\n<hr />\nBelow", "Above\n\n---\n\nBelow"],
    [
      "a <div>'s text gets paragraphs",
      '<div class="note">In a div\n\nsecond</div>',
      "In a div\n\nsecond",
    ],
    [
      "a single newline is a line break, <br /> at a line's end is one, two <br> end a paragraph",
      "Line one\nLine two<br />\nLine three<br><br>New paragraph",
      "Line one\\\nLine two\\\nLine three\n\nNew paragraph",
    ],
    [
      "paragraphs already written as <p> stay, loose text after them becomes one",
      "<p>Already a paragraph.</p>\n<p>Another.</p>\nLoose text.",
      "Already a paragraph.\n\nAnother.\n\nLoose text.",
    ],
    [
      "blank lines with spaces, several blank lines and spaces around text",
      "  \n\n   Lead with spaces.   \n\n\n\nSecond.  \n",
      "Lead with spaces.\n\nSecond.",
    ],
    ["<!--more--> on its own line ends a paragraph", "Lead.\n<!--more-->\nRest.", "Lead.\n\nRest."],
    ["<!--more--> inside a line is removed", "Lead.<!--more--> Rest.", "Lead. Rest."],
    [
      "<!--nextpage--> ends a paragraph",
      "Page one.<!--nextpage-->Page two.",
      "Page one.\n\nPage two.",
    ],
    [
      "CRLF line endings read as newlines",
      "Points:\r\n<ul>\r\n<li>One</li>\r\n<li>Two</li>\r\n</ul>\r\nEnd.\r\n\r\nNext.",
      "Points:\n\n-   One\n-   Two\n\nEnd.\n\nNext.",
    ],
    [
      "an [embed] of a page on its own line between lines of text",
      "Before\n[embed]https://example.org/page[/embed]\nAfter",
      'Before\n\n<span class="legacy-embed" role="note" data-wordpress-shortcode="embed">Embedded on the old site: <a href="https://example.org/page">https://example.org/page</a></span>\n\nAfter',
    ],
    [
      "a YouTube URL on its own line between lines of text",
      "Watch:\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\nThen read.",
      'Watch:\n\n{% video "https://www.youtube.com/watch?v=dQw4w9WgXcQ" "Video from “Basra”" %}\n\nThen read.',
    ],
    [
      "Gutenberg: a paragraph, an ordered list with start and a nested list, a Custom HTML block (no paragraphs added)",
      '<!-- wp:paragraph -->\n<p>The statement had nine points:</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:list {"ordered":true,"start":2} -->\n<ol start="2"><li>Two</li><li>Three<!-- wp:list -->\n<ul><li>Sub</li></ul>\n<!-- /wp:list --></li></ol>\n<!-- /wp:list -->\n\n<!-- wp:html -->\n<div>raw\nhtml</div>\n<!-- /wp:html -->',
      "The statement had nine points:\n\n2.  Two\n3.  Three\n    -   Sub\n\nraw html",
    ],
    [
      "Gutenberg: text outside blocks (a classic block) and a shortcode block get paragraphs",
      "<!-- wp:paragraph -->\n<p>Block.</p>\n<!-- /wp:paragraph -->\n\nClassic line one\nClassic line two\n<ul>\n<li>item</li>\n</ul>\n\n<!-- wp:shortcode -->\nShort one\n\nShort two\n<!-- /wp:shortcode -->",
      "Block.\n\nClassic line one\\\nClassic line two\n\n-   item\n\nShort one\n\nShort two",
    ],
    [
      "Gutenberg: a quote block with two paragraphs and its citation",
      '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><p>One.</p><p>Two.</p><cite>Minister</cite></blockquote>\n<!-- /wp:quote -->',
      "> One.\n>\n> Two.\n>\n> Minister",
    ],
    [
      "Gutenberg: a code block with a blank line and indentation",
      '<!-- wp:code -->\n<pre class="wp-block-code"><code>a\n\n  b &lt;c&gt;</code></pre>\n<!-- /wp:code -->',
      "```\na\n\n  b <c>\n```",
    ],
    [
      "Gutenberg: a heading block next to a table block",
      '<!-- wp:heading -->\n<h2 class="wp-block-heading">Head</h2>\n<!-- /wp:heading -->\n\n<!-- wp:table -->\n<figure class="wp-block-table"><table><tbody><tr><td>a</td></tr></tbody></table></figure>\n<!-- /wp:table -->',
      "## Head\n\n<table><tbody><tr><td>a</td></tr></tbody></table>",
    ],
    [
      "a table first, a blockquote last, no blank lines",
      "<table><tr><td>a</td></tr></table>\nText\n<blockquote>Quote</blockquote>",
      "<table><tbody><tr><td>a</td></tr></tbody></table>\n\nText\n\n> Quote",
    ],
    [
      "a <pre> first and a heading last",
      "<pre>code\n\n  more</pre>\nText\n<h3>End</h3>",
      "```\ncode\n\n  more\n```\n\nText\n\n### End",
    ],
    [
      "blocks next to each other with no line break between",
      "<ul><li>a</li></ul><ol><li>b</li></ol><blockquote>q</blockquote><h3>h</h3><pre>p</pre><table><tr><td>t</td></tr></table><hr>Text",
      "-   a\n\n1.  b\n\n> q\n\n### h\n\n```\np\n```\n\n<table><tbody><tr><td>t</td></tr></tbody></table>\n\n---\n\nText",
    ],
    [
      "a [code] shortcode on the lines after text",
      'Run this:\n[code lang="js"]\nx = 1;\n\ny();\n[/code]\nThen more.',
      "Run this:\n\n```js\nx = 1;\n\ny();\n```\n\nThen more.",
    ],
    [
      "a list in a blockquote",
      "<blockquote>He listed:\n<ul>\n<li>a</li>\n</ul>\n</blockquote>",
      "> He listed:\n>\n> -   a",
    ],
    [
      "a list item's line break",
      "<ul>\n<li>first line\nsecond line</li>\n</ul>",
      "-   first line\\\n    second line",
    ],
    ["a list after a heading", "<h3>Points</h3>\n<ol>\n<li>a</li>\n</ol>", "### Points\n\n1.  a"],
    [
      "a list after a bold line",
      "<strong>Points:</strong>\n<ol>\n<li>a</li>\n<li>b</li>\n</ol>",
      "**Points:**\n\n1.  a\n2.  b",
    ],
    [
      "two lists of one kind next to each other stay two lists",
      '<ol>\n<li>a</li>\n</ol>\n<ol start="2">\n<li>b</li>\n</ol>',
      "1.  a\n\n2)  b",
    ],
    [
      "Gutenberg with CRLF line endings: a paragraph, then a classic block's text and list",
      "<!-- wp:paragraph -->\r\n<p>Points:</p>\r\n<!-- /wp:paragraph -->\r\n\r\nClassic points:\r\n<ol>\r\n<li>One</li>\r\n<li>Two</li>\r\n</ol>\r\n\r\n<!-- wp:list -->\r\n<ul><li>a</li><li>b</li></ul>\r\n<!-- /wp:list -->",
      "Points:\n\nClassic points:\n\n1.  One\n2.  Two\n\n-   a\n-   b",
    ],
    [
      "Gutenberg: a YouTube embed between paragraphs keeps its caption as the title",
      '<!-- wp:paragraph -->\n<p>Before.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:embed {"url":"https://youtu.be/dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} -->\n<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper">\nhttps://youtu.be/dQw4w9WgXcQ\n</div><figcaption>The speech</figcaption></figure>\n<!-- /wp:embed -->\n\n<!-- wp:paragraph -->\n<p>After.</p>\n<!-- /wp:paragraph -->',
      'Before.\n\n{% video "https://www.youtube.com/watch?v=dQw4w9WgXcQ" "The speech" %}\n\nAfter.',
    ],
  ])("%s", (_what, html, markdown) => {
    const body = convertBody(html, "Basra");
    expect(body.markdown).toBe(markdown);
    expect(body.losses).toEqual([]);
  });
});
