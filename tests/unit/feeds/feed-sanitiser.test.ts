import { describe, expect, it } from "vitest";
import { sanitiseFeedHtml } from "../../../src/feeds/feed-sanitiser.ts";

describe("sanitiseFeedHtml", () => {
  it.each([
    ["a paragraph with a link", '<p>See <a href="https://example.org/">the report</a>.</p>'],
    ["a relative link", '<a href="/posts/basra/">Basra</a>'],
    ["a mailto: link", '<a href="mailto:desk@example.org">Write</a>'],
    ["an image by https", '<img src="https://example.org/photo.jpg" alt="Port" width="640" />'],
    [
      "footnotes in a section",
      '<section class="footnotes"><ol><li id="fn1">Note</li></ol></section>',
    ],
    ["an audio file", '<audio src="talk.mp3" controls></audio>'],
    ["a table", '<table><tr><th scope="col">Day</th></tr><tr><td>27 March</td></tr></table>'],
    ["language and direction", '<p lang="ar" dir="rtl">البصرة</p>'],
  ])("keeps %s", (_, html) => {
    expect(sanitiseFeedHtml(html)).toBe(html);
  });

  it("keeps a video with its sources and captions, writing out their end tags", () => {
    expect(
      sanitiseFeedHtml(
        '<video src="clip.mp4" poster="still.jpg" controls><source src="clip.webm" type="video/webm"><track src="en.vtt" kind="captions" srclang="en" label="English" default></video>',
      ),
    ).toBe(
      '<video src="clip.mp4" poster="still.jpg" controls><source src="clip.webm" type="video/webm"></source><track src="en.vtt" kind="captions" srclang="en" label="English" default></track></video>',
    );
  });

  it.each([
    ["a script, with its text", "<p>a</p><script>alert(1)</script>", "<p>a</p>"],
    ["a style element, with its text", "<style>p{}</style><p>a</p>", "<p>a</p>"],
    ["an iframe, with its text", '<iframe srcdoc="<b>x</b>">fallback</iframe>', ""],
    ["an event handler", '<p onclick="alert(1)">a</p>', "<p>a</p>"],
    ["a style attribute", '<p style="color:red">a</p>', "<p>a</p>"],
    ["a javascript: link's href", '<a href="javascript:alert(1)">a</a>', "<a>a</a>"],
    ["a data: image's src", '<img src="data:image/png;base64,AAAA" alt="x" />', '<img alt="x" />'],
    ["a srcset", '<img src="a.jpg" srcset="b.jpg 2x" alt="" />', '<img src="a.jpg" alt="" />'],
    ["a javascript: poster", '<video poster="javascript:alert(1)"></video>', "<video></video>"],
    ["an <svg>, keeping its text", '<svg onload="alert(1)"><text>Map</text></svg>', "Map"],
    ["a form's button, keeping its text", "<form><button>Send</button></form>", "Send"],
    ["a <base>", '<base href="https://evil.example/" /><p>a</p>', "<p>a</p>"],
    ["a <title>, with its text", "<title>Page</title><p>a</p>", "<p>a</p>"],
  ])("removes %s", (_, html, sanitised) => {
    expect(sanitiseFeedHtml(html)).toBe(sanitised);
  });
});
