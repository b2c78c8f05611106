import { describe, expect, it } from "vitest";
import { containsVideo, renderVideoFigure } from "../../../src/video/figure.ts";
import type { Video } from "../../../src/video/video-url.ts";

const youtube: Video = {
  provider: "youtube",
  id: "dQw4w9WgXcQ",
  watchUrl: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
  embedUrl: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
};
const vimeo: Video = {
  provider: "vimeo",
  id: "76979871",
  watchUrl: "https://vimeo.com/76979871/abc123",
  embedUrl: "https://player.vimeo.com/video/76979871?h=abc123&dnt=1",
};

describe("renderVideoFigure", () => {
  it("writes the facade: the player's URL as data, a hidden play button, the title linked to the video", () => {
    expect(renderVideoFigure(youtube, "The port at dawn", "video-basra-12")).toBe(
      '<figure class="video-embed" id="video-basra-12" data-dispatch-video data-embed-url="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" data-video-title="The port at dawn">\n' +
        '<div class="video-embed__frame"><button type="button" class="video-embed__play" aria-describedby="video-basra-12-title" hidden>Play video <span class="video-embed__loads">(loads YouTube)</span></button></div>\n' +
        '<figcaption class="video-embed__caption" id="video-basra-12-title"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">The port at dawn</a> <span class="video-embed__provider">(video on YouTube)</span></figcaption>\n' +
        "</figure>\n",
    );
  });

  it.each([
    ["the title", "Basra & <Umm Qasr>", "x", 'data-video-title="Basra &amp; &lt;Umm Qasr&gt;"'],
    ["the title in the link", 'A "quoted" title', "x", ">A &quot;quoted&quot; title</a>"],
    [
      "the embed URL's ampersand",
      "T",
      "x",
      'data-embed-url="https://player.vimeo.com/video/76979871?h=abc123&amp;dnt=1"',
    ],
    ["the id", "T", 'v"1', 'id="v&quot;1"'],
  ])("escapes %s", (_, title, id, expected) => {
    expect(renderVideoFigure(vimeo, title, id)).toContain(expected);
  });

  it("names the provider in the button and the caption", () => {
    const html = renderVideoFigure(vimeo, "T", "v");
    expect(html).toContain("(loads Vimeo)");
    expect(html).toContain("(video on Vimeo)");
  });
});

describe("containsVideo", () => {
  it.each([
    ["a page with a video figure", renderVideoFigure(youtube, "T", "v"), true],
    ["a page without one", "<p>No video here</p>", false],
    ["an empty page", "", false],
    ["a value that is not HTML", undefined, false],
    ["a number", 42, false],
  ])("%s → %s", (_, html, expected) => {
    expect(containsVideo(html)).toBe(expected);
  });
});
