import { describe, expect, it } from "vitest";
import { createLosses } from "../../../../src/import/html/losses.ts";
import {
  absoluteAddress,
  oldSiteMedia,
  playerHtml,
} from "../../../../src/import/shortcodes/player-markup.ts";

describe("a player's parts", () => {
  it.each([
    ["http://o.org/a.mp3", "http://o.org/a.mp3"],
    ["//o.org/a.mp3?x=1&amp;y=2", "https://o.org/a.mp3?x=1&y=2"],
    ["  https://o.org/a.mp3 ", "https://o.org/a.mp3"],
    ["/wp-content/a.mp3", undefined],
    ["javascript:alert(1)", undefined],
    ["file:///etc/passwd", undefined],
  ])("the address %s is read as %s", (written, read) => {
    expect(absoluteAddress(written)).toBe(read);
  });

  it("escapes names and captions", () => {
    expect(
      playerHtml({
        kind: "video",
        src: 'a"b.mp4',
        poster: "p&q.jpg",
        caption: "<script>x()</script>One",
      }),
    ).toBe(
      '<figure><video controls preload="none" src="a&quot;b.mp4" poster="p&amp;q.jpg"><a href="a&quot;b.mp4">Download the video</a></video><figcaption>One</figcaption></figure>',
    );
  });

  it.each([
    [
      { src: "a.vtt", kind: "Subtitles", srclang: "en", label: "English" },
      '<track kind="subtitles" srclang="en" label="English" src="a.vtt">',
    ],
    [
      { src: "a.vtt", kind: "karaoke", label: '{% x %} "y"', default: true },
      '<track label="&#123;% x %} &quot;y&quot;" src="a.vtt" default>',
    ],
  ])("writes the track %j", (track, html) => {
    expect(playerHtml({ kind: "video", src: "v.mp4", caption: "", tracks: [track] })).toBe(
      `<figure><video controls preload="none" src="v.mp4">${html}<a href="v.mp4">Download the video</a></video></figure>`,
    );
  });

  it("marks a file left on the old site, escaping its address", () => {
    const losses = createLosses();
    expect(oldSiteMedia("audio", 'http://o.org/a.mp3?"x"', losses)).toBe(
      'WPLOSS0X<span class="legacy-embed" role="note">Audio on the old site: <a href="http://o.org/a.mp3?&quot;x&quot;">http://o.org/a.mp3?&quot;x&quot;</a></span>',
    );
  });
});
