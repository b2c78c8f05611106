import { describe, expect, it } from "vitest";
import { parseAttributes } from "../../../src/shortcodes/attributes.ts";
import { decideVideoShortcode, videoAt, videoTitle } from "../../../src/shortcodes/videos.ts";

const youtube = {
  provider: "youtube",
  id: "dQw4w9WgXcQ",
  watchUrl: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
  embedUrl: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
};
const vimeo = {
  provider: "vimeo",
  id: "76979871",
  watchUrl: "https://vimeo.com/76979871",
  embedUrl: "https://player.vimeo.com/video/76979871?dnt=1",
};

describe("decideVideoShortcode", () => {
  it.each<[string, string, string | undefined, unknown]>([
    [
      "kml_flashembed",
      'movie="http://www.youtube.com/v/dQw4w9WgXcQ&hl=en&fs=1"',
      undefined,
      {
        kind: "video",
        video: youtube,
        title: "Video from “Basra”",
        url: "http://www.youtube.com/v/dQw4w9WgXcQ&hl=en&fs=1",
      },
    ],
    [
      "kml_flashembed",
      'movie="http://example.org/clip.swf"',
      "<p>Watch it <a href=x>here</a></p>",
      { kind: "alternative", content: "<p>Watch it <a href=x>here</a></p>" },
    ],
    ["kml_flashembed", 'movie="http://example.org/clip.swf"', " ", { kind: "not-available" }],
    ["kml_flashembed", 'movie=""', undefined, { kind: "not-available" }],
    [
      "youtube",
      `id="dQw4w9WgXcQ" title='The "speech"'`,
      undefined,
      { kind: "video", video: youtube, title: "The 'speech'", url: undefined },
    ],
    [
      "youtube",
      "=http://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;w=425",
      undefined,
      {
        kind: "video",
        video: youtube,
        title: "Video from “Basra”",
        url: "http://www.youtube.com/watch?v=dQw4w9WgXcQ&w=425",
      },
    ],
    [
      "vimeo",
      "76979871",
      undefined,
      { kind: "video", video: vimeo, title: "Video from “Basra”", url: "76979871" },
    ],
    [
      "embed",
      "",
      " https://vimeo.com/76979871 ",
      {
        kind: "video",
        video: vimeo,
        title: "Video from “Basra”",
        url: "https://vimeo.com/76979871",
      },
    ],
    [
      "embed",
      "",
      "https://example.org/report?a=1&amp;b=2",
      { kind: "page", url: "https://example.org/report?a=1&b=2" },
    ],
    ["embed", "", "not a URL", { kind: "none" }],
    ["youtube", "", undefined, { kind: "none" }],
  ])("[%s %s]%s", (name, attributes, content, decision) => {
    expect(decideVideoShortcode(name, parseAttributes(attributes), content, "Basra")).toEqual(
      decision,
    );
  });

  it("titles a video of a post without a title Video", () => {
    const decision = decideVideoShortcode("vimeo", parseAttributes("76979871"), undefined, " ");
    expect(decision).toMatchObject({ kind: "video", title: "Video" });
  });
});

describe("videoAt", () => {
  it.each([
    ["http://www.youtube.com/v/dQw4w9WgXcQ&hl=en_US&fs=1", youtube],
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=30", youtube],
    ["https://vimeo.com/76979871", vimeo],
    ["http://example.org/clip.swf", undefined],
    [undefined, undefined],
  ])("%s", (url, video) => {
    expect(videoAt(url)).toEqual(video);
  });
});

describe("videoTitle", () => {
  it.each([
    ['The "speech"', "The 'speech'"],
    ["  Two\n lines ", "Two lines"],
    ["", "Video"],
  ])("%j → %j", (title, expected) => {
    expect(videoTitle(title)).toBe(expected);
  });
});
