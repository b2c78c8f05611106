import { describe, expect, it } from "vitest";
import { createLosses } from "../../../../src/import/html/losses.ts";
import { createPlaceholders } from "../../../../src/import/shortcodes/placeholders.ts";
import {
  bareVideos,
  captionLinksLoss,
  gutenbergEmbedVideos,
  shortcodeVideo,
  startTimeLoss,
  videoAt,
  videoTagFor,
} from "../../../../src/import/shortcodes/videos.ts";

describe("videos as {% video %} tags", () => {
  it.each([
    [
      "youtube",
      "https://youtu.be/dQw4w9WgXcQ",
      undefined,
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    ],
    ["youtube", undefined, "dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"],
    ["vimeo", "76979871", undefined, "https://vimeo.com/76979871"],
    ["vimeo", undefined, "76979871", "https://vimeo.com/76979871"],
    ["embed", "https://example.org/page", undefined, undefined],
  ])("[%s] with URL %s and id %s is the video %s", (name, url, id, watchUrl) => {
    expect(shortcodeVideo(name, url, id)?.watchUrl).toBe(watchUrl);
  });

  it("writes the tag with a title without double quotes, or Video", () => {
    const video = videoAt("https://vimeo.com/76979871");
    expect(video && videoTagFor(video, ' The "surge"\n now ')).toBe(
      `{% video "https://vimeo.com/76979871" "The 'surge' now" %}`,
    );
    expect(video && videoTagFor(video, "  ")).toBe(
      '{% video "https://vimeo.com/76979871" "Video" %}',
    );
  });

  it.each([
    ["https://youtu.be/x?t=30", "the video https://youtu.be/x?t=30 started at 30s on the old site"],
    [
      "https://youtu.be/x?a=1&amp;start=1m30s",
      "the video https://youtu.be/x?a=1&start=1m30s started at 1m30s on the old site",
    ],
  ])("reports the start time of %s", (url, said) => {
    const losses = createLosses();
    expect(startTimeLoss(url, losses)).toBe("WPLOSS0X");
    expect(losses.messages[0]?.split(";")[0]).toBe(said);
  });

  it("says nothing of a video with no start time", () => {
    const losses = createLosses();
    expect(startTimeLoss("https://youtu.be/x", losses)).toBe("");
    expect(losses.messages).toEqual([]);
  });

  it("titles a Gutenberg embed by its caption, and makes a bare URL and a player's iframe videos", () => {
    const context = { postTitle: "Basra", placeholders: createPlaceholders(), losses: undefined };
    expect(
      gutenbergEmbedVideos(
        '<figure class="wp-block-embed"><div>https://vimeo.com/76979871</div><figcaption>The <em>talk</em></figcaption></figure>',
        context,
      ),
    ).toBe("\n\nWPSHORTCODE0X\n\n");
    expect(
      bareVideos(
        'Intro\nhttps://youtu.be/dQw4w9WgXcQ\n<iframe src="//player.vimeo.com/video/76979871"></iframe>',
        context,
      ),
    ).toBe("Intro\n\nWPSHORTCODE1X\n\nWPSHORTCODE2X");
    expect(context.placeholders.replacements.map((r) => r.markdown)).toEqual([
      '{% video "https://vimeo.com/76979871" "The talk" %}',
      '{% video "https://www.youtube.com/watch?v=dQw4w9WgXcQ" "Video from “Basra”" %}',
      '{% video "https://vimeo.com/76979871" "Video from “Basra”" %}',
    ]);
  });

  it.each([
    ["a caption with no link", "The <em>talk</em>", []],
    [
      "a caption with two links",
      "By <a href=\"https://example.org/a?x=1&amp;y=2\">A</a> and <a href='/b'>B</a>",
      [
        "the caption of a video linked to https://example.org/a?x=1&y=2, /b; the caption is now the video's title, which is text, so the link was dropped. Fix: add the link to the text around the video",
      ],
    ],
  ])("reports the links of a video's caption: %s", (_what, caption, messages) => {
    const losses = createLosses();
    captionLinksLoss(caption, losses);
    expect(losses.messages).toEqual(messages);
  });
});
