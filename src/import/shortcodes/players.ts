/**
 * WordPress's audio and video files as players of their local copies: the `[audio]`, `[video]`
 * and `[playlist]` shortcodes (https://developer.wordpress.org/reference/functions/wp_audio_shortcode/,
 * https://developer.wordpress.org/reference/functions/wp_video_shortcode/,
 * https://developer.wordpress.org/reference/functions/wp_playlist_shortcode/), Gutenberg's audio
 * and video blocks (`<figure class="wp-block-audio"><audio controls src="…"></audio>
 * <figcaption>…</figcaption></figure>`), a raw `<audio>` or `<video>` tag, and an `[embed]` of an
 * audio or video file or its URL alone on a line (WordPress's embed handlers). A file the post's
 * folder has a copy of becomes, in raw HTML the build keeps:
 *
 * ```html
 * <figure><audio controls preload="none" src="interview.mp3"><a href="interview.mp3">Download the recording</a></audio><figcaption>The interview</figcaption></figure>
 * ```
 *
 * (a video: `<video controls preload="none" src="…" poster="…" width="…" height="…">`, with the
 * `<track>`s that have a local copy), its
 * caption the block's figcaption, else the attachment's caption, else its title. A file with no
 * local copy stays a link to its old address, reported ({@link oldSiteMedia}); a YouTube or Vimeo
 * address in `[video]` is the click-to-load `{% video %}` embed.
 */
import { escapeHtml } from "../../shared/html.ts";
import { videoAt } from "../../shortcodes/videos.ts";
import type { ShortcodeAttributes } from "../../shortcodes/attributes.ts";
import type { Losses } from "../html/losses.ts";
import type { MediaResolver } from "../media/resolver.ts";
import { attachmentAlt, type GalleryAttachment, type GalleryAttachments } from "./gallery.ts";
import { captionHtml } from "./gallery-markup.ts";
import { defaultVideoTitle, videoTagFor, type VideoContext } from "./videos.ts";

/** `audio` or `video`. */
export type PlayerKind = "audio" | "video";

/** What the players need of a post's conversion. */
export interface PlayerContext extends VideoContext {
  /** The post's local files. */
  media: MediaResolver;
  /** The export's attachments: a `[playlist]` plays them; a file's caption and title come from them. */
  attachments: GalleryAttachments;
}

/**
 * The shortcode attributes naming a file, in the order WordPress looks at them: `src`, then each
 * extension of `wp_get_audio_extensions()` / `wp_get_video_extensions()` (and `mov`, `wma`,
 * `wmv`, which sites used as attributes too).
 */
const sourceAttributes: Record<PlayerKind, readonly string[]> = {
  audio: ["src", "mp3", "ogg", "flac", "m4a", "wav", "wma"],
  video: ["src", "mp4", "m4v", "webm", "ogv", "mov", "wmv", "flv"],
};

/** Extensions of the files a `[playlist]` (or a bare `[audio]`, `[video]`) takes from the attachments. */
const playableExtensions: Record<PlayerKind, RegExp> = {
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
  return `${mark}<span class="legacy-embed" role="note">${label}: <a href="${escaped(url)}">${escaped(url)}</a></span>`;
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
interface Track {
  src: string;
  kind?: string | undefined;
  srclang?: string | undefined;
  label?: string | undefined;
  default?: boolean | undefined;
}

/** Text or an attribute's value escaped, `{%` too (never read as a tag). */
function escaped(value: string): string {
  return escapeHtml(value).replace(/\{%/g, "&#123;%");
}

/** The kinds of text track HTML knows (https://html.spec.whatwg.org/#attr-track-kind). */
const trackKinds = new Set(["subtitles", "captions", "descriptions", "chapters", "metadata"]);

/** A `<track>` element, its attributes escaped; a `kind` HTML does not know is left out. */
function trackHtml(track: Track): string {
  const kind = (track.kind ?? "").trim().toLowerCase();
  const attributes = [
    ...(trackKinds.has(kind) ? [`kind="${kind}"`] : []),
    ...(track.srclang?.trim() ? [`srclang="${escaped(track.srclang.trim())}"`] : []),
    ...(track.label?.trim() ? [`label="${escaped(track.label.trim())}"`] : []),
    `src="${escaped(track.src)}"`,
    ...(track.default ? ["default"] : []),
  ];
  return `<track ${attributes.join(" ")}>`;
}

/**
 * The figure of a player: `<figure><audio controls preload="none" src="a.mp3"><a href="a.mp3">Download
 * the recording</a></audio><figcaption>…</figcaption></figure>`, on one line.
 */
export function playerHtml(player: Player): string {
  const src = escaped(player.src);
  const attributes = [
    "controls",
    'preload="none"',
    `src="${src}"`,
    ...(player.poster ? [`poster="${escaped(player.poster)}"`] : []),
    ...(player.width ? [`width="${player.width}"`] : []),
    ...(player.height ? [`height="${player.height}"`] : []),
  ].join(" ");
  const caption = player.caption ? captionHtml(player.caption) : "";
  const tracks = (player.tracks ?? []).map(trackHtml).join("");
  return `<figure><${player.kind} ${attributes}>${tracks}<a href="${src}">${downloadText[player.kind]}</a></${player.kind}>${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`;
}

/** The path of an address, for comparing a file's addresses (`http`/`https`, query). */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/** The post's attachment whose file is at `url`, if it was uploaded to the post. */
function attachmentAt(url: string, attachments: GalleryAttachments): GalleryAttachment | undefined {
  const wanted = pathOf(url);
  return attachments.childrenOf(attachments.postId).find((a) => pathOf(a.url) === wanted);
}

/**
 * What a file's player is captioned with when its block or tag says nothing: the attachment's
 * caption, else its title when that is not just the file's name; `""` when neither.
 */
function attachmentCaption(attachment: GalleryAttachment | undefined): string {
  if (!attachment) return "";
  return attachment.caption.trim() || escaped(attachmentAlt({ ...attachment, alt: "" }));
}

/** A positive whole number of pixels (`640`, `"640px"` read as 640), or undefined. */
function pixels(value: string | undefined): string | undefined {
  const match = /^\s*(\d{1,5})(?:px)?\s*$/i.exec(value ?? "");
  return match && Number(match[1]) > 0 ? String(Number(match[1])) : undefined;
}

/** The local copy of a video's poster, or a loss mark saying it is not shown ("" when none). */
function posterOf(
  url: string | undefined,
  context: PlayerContext,
): { name?: string; mark: string } {
  const address = absoluteAddress(url);
  if (!address) return { mark: "" };
  const name = context.media.local(address, "image");
  if (name) return { name, mark: "" };
  const mark = context.losses
    ? context.losses.mark(
        `the poster ${address} of a video is not shown (no local copy). Fix: nothing to do, or put the image in the post's folder and add poster="name.jpg" to the <video>`,
      )
    : "";
  return { mark };
}

/** A file the player plays, as the post gives it. */
interface PlayedFile {
  kind: PlayerKind;
  /** Its addresses, in the order tried; the first is linked when none is local. */
  urls: string[];
  poster?: string | undefined;
  width?: string | undefined;
  height?: string | undefined;
  /** Its caption, HTML; `""` to take the attachment's. */
  caption: string;
  /** A video's text tracks, their addresses on the old site. */
  tracks?: readonly Track[] | undefined;
}

/** The tracks with a local copy, and loss marks for those with none. */
function localTracks(
  tracks: readonly Track[],
  context: PlayerContext,
): { tracks: Track[]; marks: string } {
  let marks = "";
  const kept = tracks.flatMap((track) => {
    const name = context.media.local(track.src, "file");
    if (name) return [{ ...track, src: name }];
    if (context.losses) {
      marks += context.losses.mark(
        `the ${track.kind ?? "subtitles"} track ${track.src} of a video is not shown (no local copy). Fix: nothing to do, or put the .vtt file in the post's folder and add <track src="name.vtt"> to the <video>`,
      );
    }
    return [];
  });
  return { tracks: kept, marks };
}

/**
 * The player of a file (its HTML, after the loss mark of a poster not shown), or undefined when
 * none of its addresses has a local copy. Each address is asked for in turn until one has: in
 * planning, the first the import can bring is the one brought.
 */
function localPlayerHtml(file: PlayedFile, context: PlayerContext): string | undefined {
  for (const url of file.urls) {
    const src = context.media.local(url, "file");
    if (!src) continue;
    const poster = posterOf(file.poster, context);
    const caption = file.caption || attachmentCaption(attachmentAt(url, context.attachments));
    const { kind, width, height } = file;
    const tracks = localTracks(file.tracks ?? [], context);
    return (
      poster.mark +
      tracks.marks +
      playerHtml({ kind, src, poster: poster.name, width, height, caption, tracks: tracks.tracks })
    );
  }
  return undefined;
}

/** The placeholder of a file's player, or undefined when it has no local copy. */
function localPlayer(file: PlayedFile, context: PlayerContext): string | undefined {
  const html = localPlayerHtml(file, context);
  return html === undefined ? undefined : context.placeholders.place(html, true);
}

/**
 * The placeholder of a list (`<ol>`) of players, one per file; a file with no local copy is a
 * link to its first address, reported.
 */
function playerList(files: readonly PlayedFile[], context: PlayerContext): string {
  const items = files.map(
    (file) =>
      `<li>${localPlayerHtml(file, context) ?? oldSiteMedia(file.kind, file.urls[0] ?? "", context.losses)}</li>`,
  );
  return context.placeholders.place(`<ol>\n${items.join("\n")}\n</ol>`, true);
}

/**
 * The files of the audio shortcode of WordPress.com and Jetpack's first versions:
 * `[audio http://…/a.mp3,http://…/b.mp3|titles=First,Second|artists=…]`, each captioned by its title.
 */
function legacyAudioFiles(text: string): PlayedFile[] {
  const [files = "", ...options] = text.split("|");
  const titles =
    options
      .find((option) => /^\s*titles\s*=/i.test(option))
      ?.replace(/^\s*titles\s*=/i, "")
      .split(",") ?? [];
  return files.split(",").flatMap((url, index) => {
    const address = absoluteAddress(url);
    const caption = escaped((titles[index] ?? "").trim());
    return address ? [{ kind: "audio" as const, urls: [address], caption }] : [];
  });
}

/** The named attributes with lower-case names. */
function namedAttributes(attributes: ShortcodeAttributes): Record<string, string> {
  return Object.fromEntries(
    Object.entries(attributes.named).map(([key, value]) => [key.toLowerCase(), value]),
  );
}

/**
 * What replaces an `[audio]` or `[video]` shortcode: the player of its local copy; a YouTube or
 * Vimeo address in `[video]` the video embed; a file with no local copy a link to it, reported.
 * Without any address it plays the first audio (video) file uploaded to the post, as WordPress
 * does; undefined when there is none (the caller leaves the unconverted note).
 * @param kind the shortcode's name
 * @param attributes its attributes: `src`, `mp3`, `m4a`, `ogg`, `wav` (audio); `src`, `mp4`,
 *   `webm`, `m4v`, `ogv`, `poster`, `width`, `height` (video)
 * @param content what a paired `[video]…[/video]` wraps: its `<track>`s are the video's
 */
export function mediaShortcode(
  kind: PlayerKind,
  attributes: ShortcodeAttributes,
  context: PlayerContext,
  content = "",
): string | undefined {
  const named = namedAttributes(attributes);
  const written = sourceAttributes[kind]
    .map((name) => named[name])
    .filter((value): value is string => Boolean(value?.trim()));
  if (kind === "video") {
    const video = written.map((url) => videoAt(absoluteAddress(url))).find(Boolean);
    if (video) {
      const tag = videoTagFor(video, defaultVideoTitle(context.postTitle));
      return context.placeholders.place(tag, true);
    }
  }
  if (kind === "audio" && written.length === 0 && attributes.positional.length > 0) {
    const files = legacyAudioFiles(attributes.positional.join(" "));
    const [only] = files;
    if (files.length > 1) return playerList(files, context);
    if (only)
      return localPlayer(only, context) ?? oldSiteMedia(kind, only.urls[0] ?? "", context.losses);
  }
  let urls = written.flatMap((url) => absoluteAddress(url) ?? []);
  if (written.length === 0) {
    const uploaded = context.attachments
      .childrenOf(context.attachments.postId)
      .find((attachment) => playableExtensions[kind].test(pathOf(attachment.url)));
    urls = uploaded ? [uploaded.url] : [];
  }
  const first = urls[0];
  if (first === undefined) return undefined;
  const file: PlayedFile = {
    kind,
    urls,
    poster: named.poster,
    width: pixels(named.width),
    height: pixels(named.height),
    caption: "",
    tracks: kind === "video" ? tracksIn(content) : [],
  };
  return localPlayer(file, context) ?? oldSiteMedia(kind, first, context.losses);
}

/** Ids as WordPress reads a list (`"3, 4,5"`): numbers, in order, each once. */
function idList(text: string | undefined): string[] {
  const ids = (text ?? "")
    .split(/[\s,]+/)
    .filter((id) => /^\d+$/.test(id))
    .map((id) => String(Number(id)));
  return [...new Set(ids)];
}

/**
 * What replaces a `[playlist]`: a list (`<ol>`) of players, one per audio (`type="video"`: video)
 * attachment, in the order of `ids` (else the files uploaded to the post, `id=` another post's,
 * less `exclude`, in menu order), reversed by `order="DESC"`; each captioned with the
 * attachment's caption, else its title, else its file's name. A file with no local copy is a
 * link to it, reported; an id the export does not hold as such a file is reported.
 * @param text the shortcode as written, for the report
 * @param noFile what stands in its place when it finds no file (the unconverted note)
 */
export function playlistShortcode(
  attributes: ShortcodeAttributes,
  text: string,
  context: PlayerContext,
  noFile: () => string,
): string {
  const named = namedAttributes(attributes);
  const kind: PlayerKind = (named.type ?? "").toLowerCase() === "video" ? "video" : "audio";
  const playable = (attachment: GalleryAttachment | undefined): attachment is GalleryAttachment =>
    attachment !== undefined && playableExtensions[kind].test(pathOf(attachment.url));
  const ids = idList(named.ids || named.include);
  const missing = ids.filter((id) => !playable(context.attachments.byId(id)));
  const parent = /^\d+$/.test(named.id ?? "")
    ? String(Number(named.id))
    : context.attachments.postId;
  const exclude = new Set(idList(named.exclude));
  const chosen =
    ids.length > 0
      ? ids.map((id) => context.attachments.byId(id)).filter(playable)
      : context.attachments
          .childrenOf(parent)
          .filter((attachment) => playable(attachment) && !exclude.has(attachment.id));
  if ((named.order ?? "").toUpperCase() === "DESC") chosen.reverse();
  const { losses } = context;
  const notHeld =
    missing.length > 0 && losses
      ? losses.mark(
          `the playlist ${text} names attachment${missing.length === 1 ? "" : "s"} ${missing.join(", ")}, which the export does not hold as ${kind} files. Fix: export the site again with Tools → Export → All content and import again, or add the files' players by hand`,
        )
      : "";
  if (chosen.length === 0) return notHeld + noFile();
  const files = chosen.map((attachment): PlayedFile => {
    const file = pathOf(attachment.url).split("/").pop() ?? "";
    const caption =
      attachment.caption.trim() ||
      escaped(attachment.title.replace(/\s+/g, " ").trim() || decodeName(file));
    return { kind, urls: [attachment.url], caption };
  });
  return notHeld + playerList(files, context);
}

/** A file name as a reader sees it: percent-decoded when it can be. */
function decodeName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The value of an attribute in a tag's attribute text, or undefined. */
function attributeOf(attributes: string, name: string): string | undefined {
  const match = new RegExp(
    `(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`,
    "i",
  ).exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** The `<track>`s in HTML (a `<video>`'s content, a `[video]…[/video]`'s), with an http(s) `src`. */
function tracksIn(html: string): Track[] {
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

/**
 * What a `[video]…[/video]` wraps besides its `<track>`s, which WordPress put inside the
 * `<video>` (and {@link mediaShortcode} reads): the text to keep after the player.
 */
export function withoutTracks(content: string): string {
  return content.replace(/<track\b[^>]*>(?:\s*<\/track>)?/gi, "");
}

/** The file of a raw `<audio>` or `<video>` element: its `src`, then its `<source>`s' in order. */
function elementFile(name: string, attributes: string, inner: string, caption: string): PlayedFile {
  const kind: PlayerKind = name.toLowerCase() === "video" ? "video" : "audio";
  const sources = [...inner.matchAll(/<source\b([^>]*)>/gi)].map((m) =>
    attributeOf(m[1] ?? "", "src"),
  );
  const urls = [attributeOf(attributes, "src"), ...sources].flatMap(
    (url) => absoluteAddress(url) ?? [],
  );
  return {
    kind,
    urls,
    poster: kind === "video" ? attributeOf(attributes, "poster") : undefined,
    width: kind === "video" ? pixels(attributeOf(attributes, "width")) : undefined,
    height: kind === "video" ? pixels(attributeOf(attributes, "height")) : undefined,
    caption,
    tracks: tracksIn(inner),
  };
}

const mediaElement = /<(audio|video)\b([^>]*)>([^]*?)<\/\1\s*>/i;

/**
 * Replaces each Gutenberg audio or video block (`<figure class="wp-block-audio">` with its
 * `<audio>` and `<figcaption>`), each other `<audio>` or `<video>` element, and each audio or
 * video file's URL alone on a line, whose file has a local copy by its player's placeholder. Those with none are left as they are, for
 * `../body/dropped-elements.ts` to make a link to the old address and report.
 */
export function htmlPlayers(html: string, context: PlayerContext): string {
  const blocks = html.replace(
    /<figure\b[^>]*\bwp-block-(?:audio|video)\b[^>]*>([^]*?)<\/figure>/gi,
    (figure, inner: string) => {
      const element = mediaElement.exec(inner);
      if (!element) return figure;
      const caption = /<figcaption\b[^>]*>([^]*?)<\/figcaption>/i.exec(inner)?.[1] ?? "";
      const [, name = "", attributes = "", content = ""] = element;
      const player = localPlayer(elementFile(name, attributes, content, caption), context);
      return player ? `\n\n${player}\n\n` : figure;
    },
  );
  const elements = blocks.replace(
    new RegExp(mediaElement.source, "gi"),
    (element, name: string, attributes: string, content: string) =>
      localPlayer(elementFile(name, attributes, content, ""), context) ?? element,
  );
  // An audio or video file's URL alone on a line (in a link or not): WordPress's embed handlers
  // played it. Blank lines around the player make it a paragraph of its own before wpautop.
  return elements
    .split("\n")
    .map((line) => {
      const url = /^\s*(?:<a\s[^>]*>\s*)?(https?:\/\/[^\s<>"]+)(?:\s*<\/a>)?\s*$/.exec(line)?.[1];
      const kind = url ? playerKindOf(url) : undefined;
      const address = absoluteAddress(url);
      const player =
        kind && address ? localPlayer({ kind, urls: [address], caption: "" }, context) : undefined;
      return player ? `\n${player}\n` : line;
    })
    .join("\n");
}
