import { describe, expect, it } from "vitest";
import { ContentError } from "../../../src/errors.ts";
import { parseVideoUrl, VideoUrlError, videoUrlFix } from "../../../src/video/video-url.ts";

const youtube = {
  provider: "youtube",
  id: "dQw4w9WgXcQ",
  watchUrl: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
  embedUrl: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
};

describe("parseVideoUrl", () => {
  it.each([
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "http://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ",
    "https://youtu.be/dQw4w9WgXcQ",
    "https://youtu.be/dQw4w9WgXcQ?si=abc",
    "https://www.youtube.com/shorts/dQw4w9WgXcQ",
    "https://www.youtube.com/embed/dQw4w9WgXcQ",
    "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    " https://WWW.YouTube.com/watch?v=dQw4w9WgXcQ ",
    // YouTube's Flash embed code of 2006–2010, as WordPress posts of the time hold it.
    "http://www.youtube.com/v/dQw4w9WgXcQ",
    "http://www.youtube.com/v/dQw4w9WgXcQ&hl=en&fs=1",
    "http://www.youtube.com/v/dQw4w9WgXcQ?fs=1&hl=en_US",
  ])("reads the YouTube video of %s", (url) => {
    expect(parseVideoUrl(url)).toEqual(youtube);
  });

  it.each([
    [
      "https://vimeo.com/76979871",
      {
        id: "76979871",
        watchUrl: "https://vimeo.com/76979871",
        embedUrl: "https://player.vimeo.com/video/76979871?dnt=1",
      },
    ],
    [
      "https://player.vimeo.com/video/76979871",
      {
        id: "76979871",
        watchUrl: "https://vimeo.com/76979871",
        embedUrl: "https://player.vimeo.com/video/76979871?dnt=1",
      },
    ],
    [
      "https://vimeo.com/channels/staffpicks/76979871",
      {
        id: "76979871",
        watchUrl: "https://vimeo.com/76979871",
        embedUrl: "https://player.vimeo.com/video/76979871?dnt=1",
      },
    ],
    [
      "http://vimeo.com/moogaloop.swf?clip_id=76979871&server=vimeo.com&show_title=1",
      {
        id: "76979871",
        watchUrl: "https://vimeo.com/76979871",
        embedUrl: "https://player.vimeo.com/video/76979871?dnt=1",
      },
    ],
    [
      "https://vimeo.com/76979871/1a2b3c4d5e",
      {
        id: "76979871",
        watchUrl: "https://vimeo.com/76979871/1a2b3c4d5e",
        embedUrl: "https://player.vimeo.com/video/76979871?h=1a2b3c4d5e&dnt=1",
      },
    ],
  ])("reads the Vimeo video of %s", (url, expected) => {
    expect(parseVideoUrl(url)).toEqual({ provider: "vimeo", ...expected });
  });

  it.each([
    ["https://dailymotion.com/video/x7", "dailymotion.com is not a video host Dispatch embeds"],
    [
      "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
      "youtube.com.evil.example is not a video host Dispatch embeds",
    ],
    ["not a url", '"not a url" is not a URL'],
    ["javascript:alert(1)", '"javascript:alert(1)" is not an http(s) URL'],
    [
      "https://www.youtube.com/watch?v=short",
      "https://www.youtube.com/watch?v=short does not name a YouTube video (an id of 11 letters, digits, - or _)",
    ],
    [
      "https://www.youtube.com/channel/UCabc",
      "https://www.youtube.com/channel/UCabc does not name a YouTube video (an id of 11 letters, digits, - or _)",
    ],
    [
      "https://vimeo.com/about",
      "https://vimeo.com/about does not name a Vimeo video (a number such as 76979871)",
    ],
    [
      "http://www.youtube.com/v/short&hl=en",
      "http://www.youtube.com/v/short&hl=en does not name a YouTube video (an id of 11 letters, digits, - or _)",
    ],
    [
      "http://vimeo.com/moogaloop.swf?server=vimeo.com",
      "http://vimeo.com/moogaloop.swf?server=vimeo.com does not name a Vimeo video (a number such as 76979871)",
    ],
  ])("refuses %s, saying why", (url, reason) => {
    expect(() => parseVideoUrl(url)).toThrow(VideoUrlError);
    try {
      parseVideoUrl(url);
    } catch (error) {
      expect((error as VideoUrlError).reason).toBe(reason);
    }
  });

  it("reports a refused URL as a content problem at the tag's file and line, with the fix", () => {
    const at = { file: "posts/basra/index.md", line: 12 };
    let thrown: unknown;
    try {
      parseVideoUrl("https://vimeo.com/about", at);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as VideoUrlError).problems).toEqual([
      {
        file: "posts/basra/index.md",
        line: 12,
        message:
          "{% video %}: https://vimeo.com/about does not name a Vimeo video (a number such as 76979871)",
        fix: videoUrlFix,
      },
    ]);
    expect((thrown as Error).message).toBe(
      `posts/basra/index.md:12: {% video %}: https://vimeo.com/about does not name a Vimeo video (a number such as 76979871). Fix: ${videoUrlFix}`,
    );
  });
});
