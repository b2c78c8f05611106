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

describe("a Gutenberg embed of another site", () => {
  it.each([
    [
      '<figure class="wp-block-embed is-provider-twitter"><div class="wp-block-embed__wrapper">\nhttps://twitter.com/a/status/1\n</div><figcaption>UNDP <em>announcing</em></figcaption></figure>',
      '<figure>WPLOSS0X<span class="legacy-embed" role="note">Embedded on the old site: <a href="https://twitter.com/a/status/1">https://twitter.com/a/status/1</a></span><figcaption>UNDP <em>announcing</em></figcaption></figure>',
    ],
    [
      '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">https://twitter.com/a/status/1</div></figure>',
      'WPLOSS0X<span class="legacy-embed" role="note">Embedded on the old site: <a href="https://twitter.com/a/status/1">https://twitter.com/a/status/1</a></span>',
    ],
  ])("is a note linking to it, its caption kept: %s", (html, marked) => {
    const losses = createLosses();
    expect(markLosses(html, losses)).toBe(marked);
    expect(losses.messages).toEqual([
      "an embed of https://twitter.com/a/status/1 is a link to it. Fix: nothing to do, or quote what it showed",
    ]);
  });
});
