import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../../src/errors.ts";
import { createMarkdown } from "../../../src/markdown/index.ts";
import { parseVideoTag } from "../../../src/markdown/video-tag.ts";
import { openStreetMapTiles } from "../../../src/site.ts";
import { writePost } from "../../helpers/post-file.ts";

const md = createMarkdown({ tiles: openStreetMapTiles });
const front = ["---", "title: Basra", "date: 2008-03-27", "---", ""];

describe("parseVideoTag", () => {
  it.each([
    [
      '{% video "https://youtu.be/dQw4w9WgXcQ" "The port" %}',
      { url: "https://youtu.be/dQw4w9WgXcQ", title: "The port" },
    ],
    ['  {%video "https://vimeo.com/1" "T"%}  ', { url: "https://vimeo.com/1", title: "T" }],
    ['{% video "https://youtu.be/dQw4w9WgXcQ" %}', undefined],
    ['{% video https://youtu.be/dQw4w9WgXcQ "T" %}', undefined],
    ['{% map "x.kml" %}', undefined],
  ])("%s", (line, tag) => {
    expect(parseVideoTag(line)).toEqual(tag);
  });
});

describe("the {% video %} tag", () => {
  it("renders a figure with the title linked to the video, a hidden play button and no request to the provider", () => {
    const post = writePost([
      ...front,
      "Before.",
      "",
      '{% video "https://www.youtube.com/watch?v=dQw4w9WgXcQ" "Fighting in Basra & <Umm Qasr>" %}',
    ]);
    const html = md.render(post.body, post.env);
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const figure = document.querySelector("figure")!;
    expect(figure.id).toBe("video-basra-8");
    expect(figure.getAttribute("data-embed-url")).toBe(
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    );
    expect(figure.getAttribute("data-video-title")).toBe("Fighting in Basra & <Umm Qasr>");
    const link = figure.querySelector("figcaption a")!;
    expect(link.getAttribute("href")).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    expect(link.textContent).toBe("Fighting in Basra & <Umm Qasr>");
    expect(figure.querySelector("figcaption")!.textContent).toBe(
      "Fighting in Basra & <Umm Qasr> (video on YouTube)",
    );
    const button = figure.querySelector("button")!;
    expect(button.hasAttribute("hidden")).toBe(true);
    expect(button.textContent).toBe("Play video (loads YouTube)");
    expect(button.getAttribute("aria-describedby")).toBe("video-basra-8-title");
    expect(html).not.toMatch(/<(iframe|img|script)/);
  });

  it.each([
    [
      '{% video "https://dailymotion.com/video/x7" "T" %}',
      "{% video %}: dailymotion.com is not a video host Dispatch embeds. Fix: use the video's address on YouTube (https://www.youtube.com/watch?v=ID, https://youtu.be/ID) or Vimeo (https://vimeo.com/ID); other hosts are not embedded, link to them instead",
    ],
    [
      '{% video "https://youtu.be/dQw4w9WgXcQ" %}',
      'this {% video %} tag cannot be read: {% video "https://youtu.be/dQw4w9WgXcQ" %}. Fix: write it on a line of its own as {% video "https://www.youtube.com/watch?v=ID" "Title of the video" %}, a YouTube or Vimeo URL and a title, each in double quotes',
    ],
    [
      '{% video "https://youtu.be/dQw4w9WgXcQ" " " %}',
      'this {% video %} tag has no title. Fix: write it on a line of its own as {% video "https://www.youtube.com/watch?v=ID" "Title of the video" %}, a YouTube or Vimeo URL and a title, each in double quotes; the title names the video for readers who cannot play it',
    ],
  ])("stops the build at %s with the file, the line and the fix", (line, message) => {
    const post = writePost([...front, "Before.", "", line]);
    expect(() => md.render(post.body, post.env)).toThrow(ContentError);
    expect(() => md.render(post.body, post.env)).toThrow(`${post.file}:8: ${message}`);
  });
});
