/**
 * The markup of a player of a post's own recording or video (`<audio>`/`<video>` with its
 * download link, tracks and caption), what kind of file plays in which, and the link and report
 * line of a file with no local copy; the helpers the players' readers share to read attributes
 * and `<track>`s. See `./players.ts` for what becomes a player.
 */
import { escapeHtmlText } from "../../shared/html.ts";
import type { Losses } from "../html/losses.ts";
import { captionHtml } from "./gallery-markup.ts";

/** `audio` or `video`. */
export type PlayerKind = "audio" | "video";

/** Extensions of the files a `[playlist]` (or a bare `[audio]`, `[video]`) takes from the attachments. */
export const playableExtensions: Record<PlayerKind, RegExp> = {
  audio: /\.(?:mp3|m4a|ogg|oga|wav|flac)$/i,
  video: /\.(?:mp4|m4v|webm|ogv|mov)$/i,
};

/**
 * Whether an address is an audio or a video file a player plays (by its extension, as
 * WordPress's embed handlers `wp_embed_handler_audio` and `wp_embed_handler_video` tell them),
 * or undefined.
 */
export function playerKindOf(url: string): PlayerKind | undefined {
  const path = pathOf(url);
  if (playableExtensions.audio.test(path)) return "audio";
  if (playableExtensions.video.test(path)) return "video";
  return undefined;
}

/** What the fallback link inside a player says. */
const downloadText: Record<PlayerKind, string> = {
  audio: "Download the recording",
  video: "Download the video",
};

/**
 * An address as written in a shortcode or tag, made absolute: `&amp;` read as `&`, `//host/…`
 * as `https://host/…`; undefined when it is not http(s) (a relative one is made absolute before,
 * `../body/links.ts`).
 */
export function absoluteAddress(value: string | undefined): string | undefined {
  const address = (value ?? "").trim().replace(/&amp;/g, "&").replace(/^\/\//, "https://");
  return /^https?:\/\/[^\s"'<>]+$/i.test(address) ? address : undefined;
}

/**
 * The note and the report's message of an audio or video file that stays on the old site
 * (no local copy): `Audio on the old site: <a href="URL">URL</a>`, as a raw `<audio>` or
 * `<video>` always was before files were brought.
 * @returns a loss mark ({@link Losses}) and the note's HTML
 */
export function oldSiteMedia(kind: PlayerKind, url: string, losses: Losses | undefined): string {
  const label = kind === "video" ? "Video on the old site" : "Audio on the old site";
  const fix =
    kind === "video"
      ? "put it on a video site and embed it with {% video %}, or keep the link"
      : "nothing to do, or copy the file into the post's folder and link to it";
  const mark = losses
    ? losses.mark(`the ${kind} ${url} is a link to the old site, not played here. Fix: ${fix}`)
    : "";
  return `${mark}<span class="legacy-embed" role="note">${label}: <a href="${escapeHtmlText(url)}">${escapeHtmlText(url)}</a></span>`;
}

/** A player to write: the local file's name and what goes around it. */
interface Player {
  kind: PlayerKind;
  /** The name of the copy in the post's folder. */
  src: string;
  /** A video's poster, the copy's name. */
  poster?: string | undefined;
  width?: string | undefined;
  height?: string | undefined;
  /** The figcaption's HTML (sanitised here); `""` for none. */
  caption: string;
  /** A video's text tracks (subtitles, captions), their files' local names. */
  tracks?: readonly Track[] | undefined;
}

/** A video's `<track>`: its file, and its `kind`, `srclang`, `label`, `default` as written. */
export interface Track {
  src: string;
  kind?: string | undefined;
  srclang?: string | undefined;
  label?: string | undefined;
  default?: boolean | undefined;
}

/** The kinds of text track HTML knows (https://html.spec.whatwg.org/#attr-track-kind). */
const trackKinds = new Set(["subtitles", "captions", "descriptions", "chapters", "metadata"]);

/** A `<track>` element, its attributes escaped; a `kind` HTML does not know is left out. */
function trackHtml(track: Track): string {
  const kind = (track.kind ?? "").trim().toLowerCase();
  const attributes = [
    ...(trackKinds.has(kind) ? [`kind="${kind}"`] : []),
    ...(track.srclang?.trim() ? [`srclang="${escapeHtmlText(track.srclang.trim())}"`] : []),
    ...(track.label?.trim() ? [`label="${escapeHtmlText(track.label.trim())}"`] : []),
    `src="${escapeHtmlText(track.src)}"`,
    ...(track.default ? ["default"] : []),
  ];
  return `<track ${attributes.join(" ")}>`;
}

/**
 * The figure of a player: `<figure><audio controls preload="none" src="a.mp3"><a href="a.mp3">Download
 * the recording</a></audio><figcaption>…</figcaption></figure>`, on one line.
 */
export function playerHtml(player: Player): string {
  const src = escapeHtmlText(player.src);
  const attributes = [
    "controls",
    'preload="none"',
    `src="${src}"`,
    ...(player.poster ? [`poster="${escapeHtmlText(player.poster)}"`] : []),
    ...(player.width ? [`width="${player.width}"`] : []),
    ...(player.height ? [`height="${player.height}"`] : []),
  ].join(" ");
  const caption = player.caption ? captionHtml(player.caption) : "";
  const tracks = (player.tracks ?? []).map(trackHtml).join("");
  return `<figure><${player.kind} ${attributes}>${tracks}<a href="${src}">${downloadText[player.kind]}</a></${player.kind}>${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`;
}

/** A positive whole number of pixels (`640`, `"640px"` read as 640), or undefined. */
export function pixels(value: string | undefined): string | undefined {
  const match = /^\s*(\d{1,5})(?:px)?\s*$/i.exec(value ?? "");
  return match && Number(match[1]) > 0 ? String(Number(match[1])) : undefined;
}

/** A file name as a reader sees it: percent-decoded when it can be. */
export function decodeName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The value of an attribute in a tag's attribute text, or undefined. */
export function attributeOf(attributes: string, name: string): string | undefined {
  const match = new RegExp(
    `(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`,
    "i",
  ).exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** The `<track>`s in HTML (a `<video>`'s content, a `[video]…[/video]`'s), with an http(s) `src`. */
export function tracksIn(html: string): Track[] {
  return [...html.matchAll(/<track\b([^>]*)>/gi)].flatMap((m) => {
    const text = m[1] ?? "";
    const src = absoluteAddress(attributeOf(text, "src"));
    if (!src) return [];
    return [
      {
        src,
        kind: attributeOf(text, "kind"),
        srclang: attributeOf(text, "srclang"),
        label: attributeOf(text, "label"),
        default: /(?:^|\s)default(?:[\s=/]|$)/i.test(text),
      },
    ];
  });
}

/** The path of an address, for comparing a file's addresses (`http`/`https`, query). */
export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
