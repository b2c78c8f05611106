import { describe, expect, it } from "vitest";
import { convertBody } from "../../../../src/import/body/convert.ts";
import { createLosses } from "../../../../src/import/html/losses.ts";
import { markLosses, withArticle } from "../../../../src/import/body/dropped-elements.ts";

describe("what the site cannot keep", () => {
  it("says an <object> and an <embed> were removed", () => {
    expect(
      convertBody('a <object data="x.swf"></object> b <embed src="y.swf">', "T").losses.map(
        (loss) => loss.message.split(" (")[0],
      ),
    ).toEqual(["an <object> was removed", "an <embed> was removed"]);
  });
});

describe("marking what the site cannot keep", () => {
  it.each([
    ["<script>", "a <script>"],
    ["<object>", "an <object>"],
    ["<iframe>", "an <iframe>"],
  ])("%s is read %s", (element, read) => {
    expect(withArticle(element)).toBe(read);
  });

  it("marks a <video> first, then links another site's frame and keeps a video player's for the video pass", () => {
    const losses = createLosses();
    const html = markLosses(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe><iframe src="//maps.example.org/x"></iframe><video><source src="/v.mp4"></video>',
      losses,
    );
    expect(html).toBe(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>WPLOSS1X<span class="legacy-embed" role="note">Embedded on the old site: <a href="https://maps.example.org/x">https://maps.example.org/x</a></span>WPLOSS0X',
    );
    expect(losses.messages[0]).toBe("a <video> with no address was removed. Fix: nothing to do");
  });
});

describe("embeds and their captions", () => {
  it.each([
    [
      "a tweet (Twitter) after a paragraph keeps its caption, links included",
      '<!-- wp:paragraph -->\n<p>The minister wrote:</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:embed {"url":"https://twitter.com/minister/status/123","type":"rich","providerNameSlug":"twitter"} -->\n<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\nhttps://twitter.com/minister/status/123\n</div><figcaption class="wp-element-caption">The minister\'s <a href="https://example.org/x">statement</a></figcaption></figure>\n<!-- /wp:embed -->',
      'The minister wrote:\n\n<figure><span class="legacy-embed" role="note">Embedded on the old site: <a href="https://twitter.com/minister/status/123">https://twitter.com/minister/status/123</a></span><figcaption>The minister\'s <a href="https://example.org/x">statement</a></figcaption></figure>',
      [
        "3: an embed of https://twitter.com/minister/status/123 (twitter) is a link to it. Fix: nothing to do, or quote what it showed",
      ],
    ],
    [
      "a post on X keeps its caption",
      '<!-- wp:embed {"url":"https://x.com/minister/status/124","type":"rich","providerNameSlug":"x"} -->\n<figure class="wp-block-embed is-type-rich is-provider-x wp-block-embed-x"><div class="wp-block-embed__wrapper">\nhttps://x.com/minister/status/124\n</div><figcaption class="wp-element-caption">On X</figcaption></figure>\n<!-- /wp:embed -->',
      '<figure><span class="legacy-embed" role="note">Embedded on the old site: <a href="https://x.com/minister/status/124">https://x.com/minister/status/124</a></span><figcaption>On X</figcaption></figure>',
      [
        "1: an embed of https://x.com/minister/status/124 (x) is a link to it. Fix: nothing to do, or quote what it showed",
      ],
    ],
    [
      "an Instagram post keeps its caption",
      '<!-- wp:embed {"url":"https://www.instagram.com/p/abc/","type":"rich","providerNameSlug":"instagram"} -->\n<figure class="wp-block-embed is-type-rich is-provider-instagram wp-block-embed-instagram"><div class="wp-block-embed__wrapper">\nhttps://www.instagram.com/p/abc/\n</div><figcaption class="wp-element-caption">A photo from Basra</figcaption></figure>\n<!-- /wp:embed -->',
      '<figure><span class="legacy-embed" role="note">Embedded on the old site: <a href="https://www.instagram.com/p/abc/">https://www.instagram.com/p/abc/</a></span><figcaption>A photo from Basra</figcaption></figure>',
      [
        "1: an embed of https://www.instagram.com/p/abc/ (instagram) is a link to it. Fix: nothing to do, or quote what it showed",
      ],
    ],
    [
      "a Facebook post keeps its caption",
      '<!-- wp:embed {"url":"https://www.facebook.com/page/posts/1","type":"rich","providerNameSlug":"facebook"} -->\n<figure class="wp-block-embed is-type-rich is-provider-facebook wp-block-embed-facebook"><div class="wp-block-embed__wrapper">\nhttps://www.facebook.com/page/posts/1\n</div><figcaption class="wp-element-caption">The ministry\'s post</figcaption></figure>\n<!-- /wp:embed -->',
      '<figure><span class="legacy-embed" role="note">Embedded on the old site: <a href="https://www.facebook.com/page/posts/1">https://www.facebook.com/page/posts/1</a></span><figcaption>The ministry\'s post</figcaption></figure>',
      [
        "1: an embed of https://www.facebook.com/page/posts/1 (facebook) is a link to it. Fix: nothing to do, or quote what it showed",
      ],
    ],
    [
      "a SoundCloud track keeps its caption",
      '<!-- wp:embed {"url":"https://soundcloud.com/a/b","type":"rich","providerNameSlug":"soundcloud"} -->\n<figure class="wp-block-embed is-type-rich is-provider-soundcloud wp-block-embed-soundcloud"><div class="wp-block-embed__wrapper">\nhttps://soundcloud.com/a/b\n</div><figcaption class="wp-element-caption">The interview, in Arabic</figcaption></figure>\n<!-- /wp:embed -->',
      '<figure><span class="legacy-embed" role="note">Embedded on the old site: <a href="https://soundcloud.com/a/b">https://soundcloud.com/a/b</a></span><figcaption>The interview, in Arabic</figcaption></figure>',
      [
        "1: an embed of https://soundcloud.com/a/b (soundcloud) is a link to it. Fix: nothing to do, or quote what it showed",
      ],
    ],
    [
      "a Spotify episode keeps its caption",
      '<!-- wp:embed {"url":"https://open.spotify.com/episode/xyz","type":"rich","providerNameSlug":"spotify"} -->\n<figure class="wp-block-embed is-type-rich is-provider-spotify wp-block-embed-spotify"><div class="wp-block-embed__wrapper">\nhttps://open.spotify.com/episode/xyz\n</div><figcaption class="wp-element-caption">Episode 4</figcaption></figure>\n<!-- /wp:embed -->',
      '<figure><span class="legacy-embed" role="note">Embedded on the old site: <a href="https://open.spotify.com/episode/xyz">https://open.spotify.com/episode/xyz</a></span><figcaption>Episode 4</figcaption></figure>',
      [
        "1: an embed of https://open.spotify.com/episode/xyz (spotify) is a link to it. Fix: nothing to do, or quote what it showed",
      ],
    ],
    [
      "an embed of another site (WordPress 5.0's core-embed block) keeps its caption",
      '<!-- wp:core-embed/wordpress {"url":"https://example.org/p?a=1&amp;b=2"} -->\n<figure class="wp-block-embed-wordpress wp-block-embed is-type-wp-embed"><div class="wp-block-embed__wrapper">\nhttps://example.org/p?a=1&amp;b=2\n</div><figcaption>Another blog</figcaption></figure>\n<!-- /wp:core-embed/wordpress -->',
      '<figure><span class="legacy-embed" role="note">Embedded on the old site: <a href="https://example.org/p?a=1&amp;b=2">https://example.org/p?a=1&amp;b=2</a></span><figcaption>Another blog</figcaption></figure>',
      [
        "1: an embed of https://example.org/p?a=1&b=2 is a link to it. Fix: nothing to do, or quote what it showed",
      ],
    ],
    [
      "an embed with no caption is the note alone",
      '<!-- wp:embed {"url":"https://twitter.com/a/status/1","type":"rich","providerNameSlug":"twitter"} -->\n<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\nhttps://twitter.com/a/status/1\n</div></figure>\n<!-- /wp:embed -->',
      "Embedded on the old site: [https://twitter.com/a/status/1](https://twitter.com/a/status/1)",
      [
        "1: an embed of https://twitter.com/a/status/1 (twitter) is a link to it. Fix: nothing to do, or quote what it showed",
      ],
    ],
    [
      "an embed with a blank caption is the note alone",
      '<!-- wp:embed {"url":"https://twitter.com/a/status/1","type":"rich","providerNameSlug":"twitter"} -->\n<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\nhttps://twitter.com/a/status/1\n</div><figcaption class="wp-element-caption"> <br> </figcaption></figure>\n<!-- /wp:embed -->',
      "Embedded on the old site: [https://twitter.com/a/status/1](https://twitter.com/a/status/1)",
      [
        "1: an embed of https://twitter.com/a/status/1 (twitter) is a link to it. Fix: nothing to do, or quote what it showed",
      ],
    ],
    [
      "a Vimeo embed's caption is its title, the caption's link reported",
      '<!-- wp:embed {"url":"https://vimeo.com/76979871"} -->\n<figure class="wp-block-embed is-type-video is-provider-vimeo"><div class="wp-block-embed__wrapper">\nhttps://vimeo.com/76979871\n</div><figcaption>The talk, <a href="https://example.org/t">transcript</a></figcaption></figure>\n<!-- /wp:embed -->',
      '{% video "https://vimeo.com/76979871" "The talk, transcript" %}',
      [
        "1: the caption of a video linked to https://example.org/t; the caption is now the video's title, which is text, so the link was dropped. Fix: add the link to the text around the video",
      ],
    ],
    [
      "an image block keeps its caption",
      '<!-- wp:image {"id":5} -->\n<figure class="wp-block-image"><img src="https://old.example.org/a.jpg" alt="A" class="wp-image-5"/><figcaption>Basra at night</figcaption></figure>\n<!-- /wp:image -->',
      '<figure class="wp-block-image"><a href="https://old.example.org/a.jpg">Image: A</a><figcaption>Basra at night</figcaption></figure>',
      [],
    ],
    [
      "an audio block keeps its caption, the file reported",
      '<!-- wp:audio {"id":7} -->\n<figure class="wp-block-audio"><audio controls src="https://old.example.org/a.mp3"></audio><figcaption>The interview</figcaption></figure>\n<!-- /wp:audio -->',
      '<figure class="wp-block-audio"><span class="legacy-embed" role="note">Audio on the old site: <a href="https://old.example.org/a.mp3">https://old.example.org/a.mp3</a></span><figcaption>The interview</figcaption></figure>',
      [
        "1: the audio https://old.example.org/a.mp3 is a link to the old site, not played here. Fix: nothing to do, or copy the file into the post's folder and link to it",
      ],
    ],
    [
      "a video block keeps its caption, the file reported",
      '<!-- wp:video {"id":8} -->\n<figure class="wp-block-video"><video controls src="https://old.example.org/v.mp4"></video><figcaption>The march</figcaption></figure>\n<!-- /wp:video -->',
      '<figure class="wp-block-video"><span class="legacy-embed" role="note">Video on the old site: <a href="https://old.example.org/v.mp4">https://old.example.org/v.mp4</a></span><figcaption>The march</figcaption></figure>',
      [
        "1: the video https://old.example.org/v.mp4 is a link to the old site, not played here. Fix: put it on a video site and embed it with {% video %}, or keep the link",
      ],
    ],
    [
      "a file block is its link, without the repeated Download button",
      '<!-- wp:file {"id":9,"href":"https://old.example.org/r.pdf"} -->\n<div class="wp-block-file"><a href="https://old.example.org/r.pdf">The report</a><a href="https://old.example.org/r.pdf" class="wp-block-file__button" download>Download</a></div>\n<!-- /wp:file -->',
      "[The report](https://old.example.org/r.pdf)",
      [],
    ],
    [
      "a classic [embed] of a page on its own line is a block of its own",
      "Text\n[embed]https://twitter.com/a/status/9[/embed]\nMore",
      'Text\n\n<span class="legacy-embed" role="note" data-wordpress-shortcode="embed">Embedded on the old site: <a href="https://twitter.com/a/status/9">https://twitter.com/a/status/9</a></span>\n\nMore',
      [],
    ],
  ])("%s", (_what, html, markdown, losses) => {
    const body = convertBody(html, "Basra");
    expect(body.markdown).toBe(markdown);
    expect(body.losses.map((loss) => `${loss.line}: ${loss.message}`)).toEqual(losses);
  });
});

describe("addresses WordPress showed as embeds (oEmbed)", () => {
  it.each([
    [
      "a tweet's address alone on a line between lines of text is a note of its own, reported",
      "He wrote:\nhttps://twitter.com/a/status/1\nThen.",
      "He wrote:\n\nEmbedded on the old site: [https://twitter.com/a/status/1](https://twitter.com/a/status/1)\n\nThen.",
      [
        "3: an embed of https://twitter.com/a/status/1 is a link to it. Fix: nothing to do, or quote what it showed",
      ],
    ],
    [
      "an Instagram post's address alone in a <p> is a note, reported",
      "<p>https://www.instagram.com/p/abc/</p>",
      "Embedded on the old site: [https://www.instagram.com/p/abc/](https://www.instagram.com/p/abc/)",
      [
        "1: an embed of https://www.instagram.com/p/abc/ is a link to it. Fix: nothing to do, or quote what it showed",
      ],
    ],
    [
      "the address of a site WordPress does not embed stays text",
      "See\nhttps://example.org/page\nok",
      "See\\\nhttps://example.org/page\\\nok",
      [],
    ],
    [
      "an address in a <pre> stays code",
      "<pre>\nhttps://twitter.com/a/status/1\n</pre>",
      "```\nhttps://twitter.com/a/status/1\n```",
      [],
    ],
    [
      "an address inside a line stays text",
      "See https://twitter.com/a/status/1 now",
      "See https://twitter.com/a/status/1 now",
      [],
    ],
    [
      "a Gutenberg embed block without a provider class keeps its caption",
      '<!-- wp:embed {"url":"https://twitter.com/a/status/1"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://twitter.com/a/status/1\n</div><figcaption>cap</figcaption></figure>\n<!-- /wp:embed -->',
      '<figure><span class="legacy-embed" role="note">Embedded on the old site: <a href="https://twitter.com/a/status/1">https://twitter.com/a/status/1</a></span><figcaption>cap</figcaption></figure>',
      [
        "1: an embed of https://twitter.com/a/status/1 is a link to it. Fix: nothing to do, or quote what it showed",
      ],
    ],
  ])("%s", (_what, html, markdown, losses) => {
    const body = convertBody(html, "Basra");
    expect(body.markdown).toBe(markdown);
    expect(body.losses.map((loss) => `${loss.line}: ${loss.message}`)).toEqual(losses);
  });
});

describe("ordered lists whose numbering Markdown cannot keep", () => {
  it.each([
    [
      "a list counted down, after a line of text",
      "Top two:\n<ol reversed>\n<li>b</li>\n<li>a</li>\n</ol>",
      "Top two:\n\n1.  b\n2.  a",
      [
        "3: an ordered list counted down is numbered 1, 2, 3 here. Fix: nothing to do, or write the numbers in the items' text",
      ],
    ],
    [
      "a list numbered with letters, and one with Roman numerals by its style",
      '<ol type="A"><li>x</li></ol>\n\n<ol style="list-style-type: lower-roman;"><li>y</li></ol>',
      "1.  x\n\n1)  y",
      [
        "1: an ordered list numbered with letters (A) is numbered 1, 2, 3 here. Fix: nothing to do, or write the numbers in the items' text",
        "3: an ordered list numbered with Roman numerals (lower-roman) is numbered 1, 2, 3 here. Fix: nothing to do, or write the numbers in the items' text",
      ],
    ],
    [
      "an item that sets its own number",
      '<ol>\n<li>a</li>\n<li value="7">g</li>\n</ol>',
      "1.  a\n2.  g",
      [
        "2: a list item numbered 7 on the old site is numbered in turn here. Fix: nothing to do, or write the number in the item's text",
      ],
    ],
    ["a list from 4 keeps its number, unreported", '<ol start="4"><li>d</li></ol>', "4.  d", []],
  ])("%s", (_what, html, markdown, losses) => {
    const body = convertBody(html, "Basra");
    expect(body.markdown).toBe(markdown);
    expect(body.losses.map((loss) => `${loss.line}: ${loss.message}`)).toEqual(losses);
  });
});

describe("an <audio> or <video> whose file has no local copy", () => {
  it.each([
    [
      '<audio controls src="http://o.org/a.mp3"></audio>',
      '<span class="legacy-embed" role="note">Audio on the old site: <a href="http://o.org/a.mp3">http://o.org/a.mp3</a></span>',
      "the audio http://o.org/a.mp3 is a link to the old site, not played here. Fix: nothing to do, or copy the file into the post's folder and link to it",
    ],
    [
      '<video controls><source src="//o.org/v.mp4?a=1&amp;b=2" type="video/mp4"></video>',
      '<span class="legacy-embed" role="note">Video on the old site: <a href="https://o.org/v.mp4?a=1&amp;b=2">https://o.org/v.mp4?a=1&amp;b=2</a></span>',
      "the video https://o.org/v.mp4?a=1&b=2 is a link to the old site, not played here. Fix: put it on a video site and embed it with {% video %}, or keep the link",
    ],
  ])("%s is a note linking to its old address, reported", (html, note, message) => {
    const losses = createLosses();
    expect(markLosses(html, losses)).toBe(`WPLOSS0X${note}`);
    expect(losses.messages).toEqual([message]);
  });
});
