import { describe, expect, it } from "vitest";
import { convertBody } from "../../../../src/import/body/convert.ts";
import { mediaHosts } from "../../../../src/import/media/hosts.ts";
import { createMediaPlan } from "../../../../src/import/media/plan.ts";
import { noLocalMedia, type MediaResolver } from "../../../../src/import/media/resolver.ts";
import type { GalleryAttachment } from "../../../../src/import/shortcodes/gallery.ts";

const U = "http://old.example.org/wp-content/uploads/2008/03";

/** The import's local copies: every file under the old site's uploads, by its name. */
const local: MediaResolver = {
  local: (url) => (url.startsWith(`${U}/`) ? url.slice(U.length + 1).split("?")[0] : undefined),
};

const attachment = (
  id: string,
  file: string,
  title: string,
  caption = "",
  menuOrder = 0,
): GalleryAttachment => ({ id, url: `${U}/${file}`, title, caption, alt: "", menuOrder, date: "" });

/** Post 10's uploads. */
const uploaded = [
  attachment("30", "interview.mp3", "Interview with the port's manager"),
  attachment("31", "quay.mp4", "quay", "", 1),
  attachment("32", "call-1.mp3", "First call", "", 2),
  attachment("33", "call-2.m4a", "call-2", "The second call, <em>later</em>", 3),
  attachment("34", "pipe.jpg", "Pipe", "", 4),
  attachment("35", "market.webm", "The market", "", 5),
];
const attachments = {
  postId: "10",
  byId: (id: string) => uploaded.find((a) => a.id === id),
  childrenOf: (parent: string) => (parent === "10" ? uploaded : []),
  isPage: () => false,
};

/** The Markdown, losses and unconverted shortcodes of a post's content. */
function convert(html: string, media: MediaResolver) {
  const body = convertBody(html, "Basra", undefined, { media, attachments });
  return {
    markdown: body.markdown,
    losses: body.losses.map((loss) => `${loss.line}: ${loss.message}`),
    unconverted: body.unconverted.map((shortcode) => shortcode.text),
  };
}

const audio = (src: string, caption = "") =>
  `<figure><audio controls preload="none" src="${src}"><a href="${src}">Download the recording</a></audio>${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`;
const video = (src: string, more = "", caption = "") =>
  `<figure><video controls preload="none" src="${src}"${more}><a href="${src}">Download the video</a></video>${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`;
const audioNote = (url: string) => `Audio on the old site: [${url}](${url})`;
const videoNote = (url: string) => `Video on the old site: [${url}](${url})`;
const audioLoss = (line: number, url: string) =>
  `${line}: the audio ${url} is a link to the old site, not played here. Fix: nothing to do, or copy the file into the post's folder and link to it`;
const videoLoss = (line: number, url: string) =>
  `${line}: the video ${url} is a link to the old site, not played here. Fix: put it on a video site and embed it with {% video %}, or keep the link`;
const youtube = '{% video "https://www.youtube.com/watch?v=dQw4w9WgXcQ" "Video from “Basra”" %}';

describe("audio and video with a local copy become players", () => {
  it.each([
    [
      "[audio mp3] with a closing tag",
      `[audio mp3="${U}/report.mp3"][/audio]`,
      audio("report.mp3"),
    ],
    ["[audio src]", `[audio src="${U}/report.mp3"]`, audio("report.mp3")],
    ["[audio m4a]", `[audio m4a="${U}/report.m4a"]`, audio("report.m4a")],
    ["[audio ogg]", `[audio ogg="${U}/report.ogg"]`, audio("report.ogg")],
    ["[audio wav]", `[audio wav="${U}/report.wav"]`, audio("report.wav")],
    [
      "[audio] of an upload of the post: captioned with its attachment's title",
      `[audio mp3="${U}/interview.mp3"]`,
      audio("interview.mp3", "Interview with the port's manager"),
    ],
    [
      "[audio] with mp3 and ogg: the mp3, as WordPress prefers it",
      `[audio ogg="${U}/report.ogg" mp3="${U}/report.mp3"]`,
      audio("report.mp3"),
    ],
    [
      "[audio] whose first file has no copy: the next one that has",
      `[audio mp3="http://cdn.example.com/report.mp3" ogg="${U}/report.ogg"]`,
      audio("report.ogg"),
    ],
    [
      "[audio] without a file: the post's first audio upload, as WordPress plays it",
      "[audio]",
      audio("interview.mp3", "Interview with the port's manager"),
    ],
    [
      "the first WordPress.com and Jetpack [audio URL|titles=…]: captioned with its title",
      `[audio ${U}/report.mp3|titles=The talk|artists=Desk]`,
      audio("report.mp3", "The talk"),
    ],
    [
      "[audio URL,URL|titles=…]: a list of players",
      `[audio ${U}/a.mp3,${U}/b.mp3|titles=First,Second]`,
      `<ol>\n<li>${audio("a.mp3", "First")}</li>\n<li>${audio("b.mp3", "Second")}</li>\n</ol>`,
    ],
    [
      "[video mp4 poster] with a closing tag",
      `[video mp4="${U}/clip.mp4" poster="${U}/clip.jpg"][/video]`,
      video("clip.mp4", ' poster="clip.jpg"'),
    ],
    ["[video webm]", `[video webm="${U}/clip.webm"]`, video("clip.webm")],
    [
      "[video]…[/video] wrapping its subtitles, as WordPress puts them in the player",
      `[video mp4="${U}/clip.mp4"]\n<track kind="captions" srclang="en" src="${U}/clip.vtt">\n[/video]`,
      video("clip.mp4").replace("><a ", '><track kind="captions" srclang="en" src="clip.vtt"><a '),
    ],
    [
      "[video src width height]",
      `[video src="${U}/clip.mp4" width="640" height="360"]`,
      video("clip.mp4", ' width="640" height="360"'),
    ],
    [
      "[video] of an upload of the post: its title when it is not the file's name",
      `[video mp4="${U}/market.webm"][/video] [video mp4="${U}/quay.mp4"][/video]`,
      `${video("market.webm", "", "The market")}\n\n${video("quay.mp4")}`,
    ],
    [
      "[video] of YouTube: the click-to-load video embed",
      '[video src="https://www.youtube.com/watch?v=dQw4w9WgXcQ"]',
      youtube,
    ],
    [
      "Gutenberg's audio block: captioned with its figcaption",
      `<!-- wp:audio {"id":30} -->\n<figure class="wp-block-audio"><audio controls src="${U}/interview.mp3"></audio><figcaption class="wp-element-caption">Our <strong>talk</strong> {% map "x" %}</figcaption></figure>\n<!-- /wp:audio -->`,
      audio("interview.mp3", 'Our <strong>talk</strong> &#123;% map "x" %}'),
    ],
    [
      "Gutenberg's video block with a poster, between paragraphs",
      `<p>Before.</p>\n\n<!-- wp:video {"id":31} -->\n<figure class="wp-block-video"><video controls poster="${U}/quay-poster.jpg" src="${U}/quay.mp4"></video><figcaption>The quay at dawn</figcaption></figure>\n<!-- /wp:video -->\n\n<p>After.</p>`,
      `Before.\n\n${video("quay.mp4", ' poster="quay-poster.jpg"', "The quay at dawn")}\n\nAfter.`,
    ],
    [
      "an <audio> tag, on a line of its own",
      `Listen.\n\n<audio controls src="${U}/report.mp3"></audio>\n\nThen read.`,
      `Listen.\n\n${audio("report.mp3")}\n\nThen read.`,
    ],
    [
      "a <video> with <source>s: the first",
      `<video controls width="480"><source src="${U}/clip.webm" type="video/webm"><source src="${U}/clip.mp4" type="video/mp4"></video>`,
      video("clip.webm", ' width="480"'),
    ],
    [
      "a <video> with subtitles: its tracks with a copy",
      `<video controls src="${U}/clip.mp4"><track kind="subtitles" srclang="ar" label="العربية" src="${U}/clip-ar.vtt" default></video>`,
      '<figure><video controls preload="none" src="clip.mp4"><track kind="subtitles" srclang="ar" label="العربية" src="clip-ar.vtt" default><a href="clip.mp4">Download the video</a></video></figure>',
    ],
    [
      "[embed] of an audio file, as WordPress's embed handler played it",
      `[embed]${U}/report.mp3[/embed]`,
      audio("report.mp3"),
    ],
    [
      "a video file's URL alone on a line, linked or not",
      `Watch:\n\n<a href="${U}/clip.webm">${U}/clip.webm</a>\n\n${U}/riot.mov\n\nThen read.`,
      `Watch:\n\n${video("clip.webm")}\n\n${video("riot.mov")}\n\nThen read.`,
    ],
    [
      "an <audio> and a file's URL in a [code] block: code",
      `[code lang="html"]\n<audio src="${U}/a.mp3"></audio>\n${U}/b.mp4\n[/code]`,
      `\`\`\`html\n<audio src="${U}/a.mp3"></audio>\n${U}/b.mp4\n\`\`\``,
    ],
    [
      "the player WordPress printed, pasted into a post",
      `<!--[if lt IE 9]><script>document.createElement('audio');</script><![endif]-->\n<audio class="wp-audio-shortcode" id="audio-10-1" preload="none" style="width: 100%;" controls="controls"><source type="audio/mpeg" src="${U}/call-1.mp3?_=1" /><a href="${U}/call-1.mp3">${U}/call-1.mp3</a></audio>`,
      audio("call-1.mp3", "First call"),
    ],
  ])("%s", (_title, html, markdown) => {
    expect(convert(html, local)).toEqual({ markdown, losses: [], unconverted: [] });
  });
});

describe("audio and video with no local copy stay links to the old site, reported", () => {
  it.each([
    [
      "[audio mp3]",
      `Intro.\n\n[audio mp3="${U}/report.mp3"][/audio]`,
      `Intro.\n\n${audioNote(`${U}/report.mp3`)}`,
      [audioLoss(3, `${U}/report.mp3`)],
    ],
    [
      "[audio src] of another site, relative to nothing",
      '[audio src="http://cdn.example.com/a.mp3"]',
      audioNote("http://cdn.example.com/a.mp3"),
      [audioLoss(1, "http://cdn.example.com/a.mp3")],
    ],
    [
      "[video mp4 poster]",
      `[video mp4="${U}/clip.mp4" poster="${U}/clip.jpg"][/video]`,
      videoNote(`${U}/clip.mp4`),
      [videoLoss(1, `${U}/clip.mp4`)],
    ],
    [
      "[video] of YouTube: the video embed all the same",
      '[video src="https://www.youtube.com/watch?v=dQw4w9WgXcQ"]',
      youtube,
      [],
    ],
    [
      "Gutenberg's audio block: its figure and caption kept",
      `<figure class="wp-block-audio"><audio controls src="${U}/interview.mp3"></audio><figcaption>Our talk</figcaption></figure>`,
      `<figure class="wp-block-audio"><span class="legacy-embed" role="note">Audio on the old site: <a href="${U}/interview.mp3">${U}/interview.mp3</a></span><figcaption>Our talk</figcaption></figure>`,
      [audioLoss(1, `${U}/interview.mp3`)],
    ],
    [
      "an <audio> tag",
      `<audio controls src="${U}/report.mp3"></audio>`,
      audioNote(`${U}/report.mp3`),
      [audioLoss(1, `${U}/report.mp3`)],
    ],
    [
      "a <video> with a <source>",
      `<video controls><source src="${U}/clip.mp4"></video>`,
      videoNote(`${U}/clip.mp4`),
      [videoLoss(1, `${U}/clip.mp4`)],
    ],
  ])("%s", (_title, html, markdown, losses) => {
    expect(convert(html, noLocalMedia)).toEqual({ markdown, losses, unconverted: [] });
  });

  it.each([
    [
      "[embed] of an audio file",
      `[embed]${U}/report.mp3[/embed]`,
      audioNote(`${U}/report.mp3`),
      [audioLoss(1, `${U}/report.mp3`)],
    ],
    [
      "an audio file's URL alone on a line: the text it was",
      `${U}/report.mp3`,
      `${U}/report.mp3`,
      [],
    ],
  ])("%s", (_title, html, markdown, losses) => {
    expect(convert(html, noLocalMedia)).toEqual({ markdown, losses, unconverted: [] });
  });

  it("plays a local video without the subtitles that have no copy, and says so", () => {
    expect(
      convert(
        `<video src="${U}/clip.mp4"><track src="http://cdn.example.com/c.vtt" kind="captions"></video>`,
        local,
      ),
    ).toEqual({
      markdown: video("clip.mp4"),
      losses: [
        '1: the captions track http://cdn.example.com/c.vtt of a video is not shown (no local copy). Fix: nothing to do, or put the .vtt file in the post\'s folder and add <track src="name.vtt"> to the <video>',
      ],
      unconverted: [],
    });
  });

  it("plays a local video without the poster that has no copy, and says so", () => {
    expect(
      convert(`[video mp4="${U}/clip.mp4" poster="http://cdn.example.com/p.jpg"]`, local),
    ).toEqual({
      markdown: video("clip.mp4"),
      losses: [
        '1: the poster http://cdn.example.com/p.jpg of a video is not shown (no local copy). Fix: nothing to do, or put the image in the post\'s folder and add poster="name.jpg" to the <video>',
      ],
      unconverted: [],
    });
  });
});

describe("a [playlist] becomes a list of players", () => {
  it.each([
    [
      "ids: in the order given",
      '[playlist ids="33,32"]',
      [
        "<ol>",
        `<li>${audio("call-2.m4a", "The second call, <em>later</em>")}</li>`,
        `<li>${audio("call-1.mp3", "First call")}</li>`,
        "</ol>",
      ].join("\n"),
    ],
    [
      "without ids: the post's audio uploads in menu order; order=DESC reverses",
      '[playlist order="DESC"]',
      [
        "<ol>",
        `<li>${audio("call-2.m4a", "The second call, <em>later</em>")}</li>`,
        `<li>${audio("call-1.mp3", "First call")}</li>`,
        `<li>${audio("interview.mp3", "Interview with the port's manager")}</li>`,
        "</ol>",
      ].join("\n"),
    ],
    [
      "type=\"video\": the post's videos, each titled (the file's name when the title is no more)",
      '[playlist type="video"]',
      [
        "<ol>",
        `<li>${video("quay.mp4", "", "quay")}</li>`,
        `<li>${video("market.webm", "", "The market")}</li>`,
        "</ol>",
      ].join("\n"),
    ],
  ])("%s", (_title, html, markdown) => {
    expect(convert(html, local)).toEqual({ markdown, losses: [], unconverted: [] });
  });

  it("links the files with no local copy and reports them, and the ids the export lacks", () => {
    expect(convert('[playlist ids="32,34,99"]', noLocalMedia)).toEqual({
      markdown: [
        "<ol>",
        `<li><span class="legacy-embed" role="note">Audio on the old site: <a href="${U}/call-1.mp3">${U}/call-1.mp3</a></span></li>`,
        "</ol>",
      ].join("\n"),
      losses: [
        '1: the playlist [playlist ids="32,34,99"] names attachments 34, 99, which the export does not hold as audio files. Fix: export the site again with Tools → Export → All content and import again, or add the files\' players by hand',
        audioLoss(2, `${U}/call-1.mp3`),
      ],
      unconverted: [],
    });
  });

  it("leaves the note of a shortcode not converted when it finds no file", () => {
    expect(convert('[playlist ids="34"]', local)).toEqual({
      markdown:
        '<span class="legacy-embed" role="note" data-wordpress-shortcode="playlist">Not converted from WordPress: the shortcode playlist ids=&quot;34&quot;</span>',
      losses: [
        '1: the playlist [playlist ids="34"] names attachment 34, which the export does not hold as audio files. Fix: export the site again with Tools → Export → All content and import again, or add the files\' players by hand',
      ],
      unconverted: ['[playlist ids="34"]'],
    });
  });
});

describe("the files the import brings for players", () => {
  it("plans each file a player plays (as a file) and a video's poster (as an image), once", () => {
    const plan = createMediaPlan(mediaHosts("http://old.example.org"));
    convertBody(
      [
        `[audio mp3="${U}/report.mp3"][/audio]`,
        `[audio m4a="${U}/talk.m4a"]`,
        `[audio wav="${U}/call.wav"] [audio ogg="${U}/call.ogg"]`,
        `[video mp4="${U}/clip.mp4" poster="${U}/clip-poster.jpg"]`,
        `<figure class="wp-block-video"><video controls src="${U}/quay.mov"></video></figure>`,
        `<video><source src="${U}/street.m4v"></video> <video src="${U}/riot.webm"></video>`,
        '[playlist ids="32"]',
        `[audio src="http://cdn.example.com/elsewhere.mp3"]`,
      ].join("\n\n"),
      "Basra",
      undefined,
      { media: plan.resolver("basra", "10"), attachments },
    );
    expect(plan.files.map((file) => `${file.name} ${file.kind}`)).toEqual([
      "report.mp3 file",
      "talk.m4a file",
      "call.wav file",
      "call.ogg file",
      "clip.mp4 file",
      "clip-poster.jpg image",
      "call-1.mp3 file",
      "quay.mov file",
      "street.m4v file",
      "riot.webm file",
    ]);
  });
});
