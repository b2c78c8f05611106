/**
 * A WordPress post with an `[audio]` shortcode, a Gutenberg video block with a poster and a
 * caption and subtitles, a `[playlist]` of two recordings and a `[video]` shortcode, imported with local copies
 * of its files (the import's conversion, with a resolver that names them) and built for real: the
 * page has a player for each, playing a file of the built site beside the page, with the fallback
 * link and caption; and the site passes `npm run verify` (html-validate, links, CSP's media-src).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildProject,
  makeProject,
  readPage,
  runVerify,
  type BuiltSite,
} from "../helpers/build-site.ts";
import { importedPost, type ImportedPostFolder } from "../helpers/imported-post.ts";
import { wxrItem } from "../helpers/wxr-item.ts";

const uploads = "http://old.example.org/wp-content/uploads/2008/03";

const content = [
  "We spoke to the port's manager.",
  "",
  `[audio mp3="${uploads}/interview.mp3"][/audio]`,
  "",
  '<!-- wp:video {"id":31} -->',
  `<figure class="wp-block-video"><video controls poster="${uploads}/quay-poster.jpg" src="${uploads}/quay.mp4"><track src="${uploads}/quay-en.vtt" kind="subtitles" srclang="en" label="English"></video><figcaption class="wp-element-caption">The quay at Umm Qasr, 27 March</figcaption></figure>`,
  "<!-- /wp:video -->",
  "",
  '[playlist ids="32,33"]',
  "",
  `[video src="${uploads}/market.webm" width="640" height="360"][/video]`,
].join("\n");

/** The export: the post and its four sound and video files as attachments. */
const items = [
  wxrItem({ id: "10", content }),
  ...[
    ["30", "interview.mp3", "Interview with the port's manager", ""],
    ["31", "quay.mp4", "quay", ""],
    ["32", "call-1.mp3", "First call from the quay", ""],
    ["33", "call-2.m4a", "call-2", "The second call, <em>an hour later</em>"],
  ].map(([id, file, title, caption], index) =>
    wxrItem({
      id: id as string,
      title: title as string,
      postType: "attachment",
      status: "inherit",
      attachmentUrl: `${uploads}/${file as string}`,
      link: `http://old.example.org/2008/03/27/basra/${(file as string).replace(/\..*$/, "")}/`,
      excerpt: caption as string,
      parentId: "10",
      menuOrder: index + 1,
    }),
  ),
];

describe("imported audio and video, built", () => {
  let imported: ImportedPostFolder | undefined;
  let root: string;
  let site: BuiltSite;
  let page: Document;
  let markdown: string;

  beforeAll(async () => {
    imported = importedPost(items, uploads, "dispatch-players-");
    const { fixtures, dir } = imported;
    markdown = imported.markdown;
    for (const file of ["interview.mp3", "quay.mp4", "call-1.mp3", "call-2.m4a", "market.webm"]) {
      writeFileSync(path.join(dir, file), `not really ${file}`);
    }
    writeFileSync(
      path.join(dir, "quay-en.vtt"),
      "WEBVTT\n\n00:00.000 --> 00:04.000\nThe quay at dawn.\n",
    );
    await sharp({ create: { width: 640, height: 360, channels: 3, background: "#5a6e82" } })
      .jpeg()
      .toFile(path.join(dir, "quay-poster.jpg"));
    root = makeProject({ posts: path.join(fixtures, "posts") });
    site = buildProject(root);
    page = readPage(site.output, "/posts/basra/");
  }, 120_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    imported?.remove();
  });

  it("imports each as a player of its local copy", () => {
    expect(markdown.slice(markdown.indexOf("---\n\n") + 5)).toBe(
      [
        "We spoke to the port's manager.",
        "",
        '<figure><audio controls preload="none" src="interview.mp3"><a href="interview.mp3">Download the recording</a></audio><figcaption>Interview with the port\'s manager</figcaption></figure>',
        "",
        '<figure><video controls preload="none" src="quay.mp4" poster="quay-poster.jpg"><track kind="subtitles" srclang="en" label="English" src="quay-en.vtt"><a href="quay.mp4">Download the video</a></video><figcaption>The quay at Umm Qasr, 27 March</figcaption></figure>',
        "",
        "<ol>",
        '<li><figure><audio controls preload="none" src="call-1.mp3"><a href="call-1.mp3">Download the recording</a></audio><figcaption>First call from the quay</figcaption></figure></li>',
        '<li><figure><audio controls preload="none" src="call-2.m4a"><a href="call-2.m4a">Download the recording</a></audio><figcaption>The second call, <em>an hour later</em></figcaption></figure></li>',
        "</ol>",
        "",
        '<figure><video controls preload="none" src="market.webm" width="640" height="360"><a href="market.webm">Download the video</a></video></figure>',
        "",
      ].join("\n"),
    );
  });

  it("builds, and the site passes npm run verify (html-validate, links, CSP)", () => {
    expect(site.stderr).toBe("");
    expect(site.exitCode).toBe(0);
    const verify = runVerify(root);
    expect(verify.stderr).toBe("");
    expect(verify.exitCode).toBe(0);
  });

  it("shows a player for each, playing a file of the built site, with its fallback link and caption", () => {
    const players = [...page.querySelectorAll(".post-body audio, .post-body video")];
    const rows = players.map((player) => {
      const src = player.getAttribute("src") ?? "";
      return {
        element: player.tagName.toLowerCase(),
        src,
        exists: existsSync(path.join(site.output, "posts/basra", src)),
        poster: player.getAttribute("poster"),
        controls: player.hasAttribute("controls"),
        fallback: player.querySelector("a")?.getAttribute("href"),
        caption: player.closest("figure")?.querySelector("figcaption")?.textContent ?? null,
      };
    });
    const row = (
      element: string,
      src: string,
      caption: string | null,
      poster = null as null | string,
    ) => ({
      element,
      src,
      exists: true,
      poster,
      controls: true,
      fallback: src,
      caption,
    });
    expect(rows).toEqual([
      row("audio", "interview.mp3", "Interview with the port's manager"),
      row("video", "quay.mp4", "The quay at Umm Qasr, 27 March", "quay-poster.jpg"),
      row("audio", "call-1.mp3", "First call from the quay"),
      row("audio", "call-2.m4a", "The second call, an hour later"),
      row("video", "market.webm", null),
    ]);
    expect(existsSync(path.join(site.output, "posts/basra/quay-poster.jpg"))).toBe(true);
    const track = page.querySelector(".post-body video track");
    expect(track?.getAttribute("src")).toBe("quay-en.vtt");
    expect(existsSync(path.join(site.output, "posts/basra/quay-en.vtt"))).toBe(true);
    expect(page.querySelectorAll(".post-body ol > li > figure > audio")).toHaveLength(2);
  });

  it("gives feed readers the same players, each file by its absolute address", () => {
    const feed = JSON.parse(readFileSync(path.join(site.output, "feed.json"), "utf8")) as {
      items: { content_html: string }[];
    };
    const { document } = parseHTML(`<body>${feed.items[0]?.content_html ?? ""}</body>`);
    expect(
      [...document.querySelectorAll("audio, video, track")].map((element) =>
        [element.tagName.toLowerCase(), element.getAttribute("src"), element.getAttribute("poster")]
          .filter(Boolean)
          .join(" "),
      ),
    ).toEqual(
      [
        "audio interview.mp3",
        "video quay.mp4 https://dispatch.test/posts/basra/quay-poster.jpg",
        "track quay-en.vtt",
        "audio call-1.mp3",
        "audio call-2.m4a",
        "video market.webm",
      ].map((row) => row.replace(/^(\w+) (\S+)/, "$1 https://dispatch.test/posts/basra/$2")),
    );
  });
});
