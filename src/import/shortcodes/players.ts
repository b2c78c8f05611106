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
import { escapeHtmlText } from "../../shared/html.ts";
import { videoAt } from "../../shortcodes/videos.ts";
import type { ShortcodeAttributes } from "../../shortcodes/attributes.ts";
import { type GalleryAttachment } from "./gallery.ts";
import { defaultVideoTitle, videoTagFor } from "./videos.ts";
import {
  type PlayerKind,
  absoluteAddress,
  decodeName,
  oldSiteMedia,
  pathOf,
  pixels,
  playableExtensions,
  tracksIn,
} from "./player-markup.ts";
import { type PlayedFile, type PlayerContext, localPlayer, playerList } from "./local-player.ts";

/**
 * The shortcode attributes naming a file, in the order WordPress looks at them: `src`, then each
 * extension of `wp_get_audio_extensions()` / `wp_get_video_extensions()` (and `mov`, `wma`,
 * `wmv`, which sites used as attributes too).
 */
const sourceAttributes: Record<PlayerKind, readonly string[]> = {
  audio: ["src", "mp3", "ogg", "flac", "m4a", "wav", "wma"],
  video: ["src", "mp4", "m4v", "webm", "ogv", "mov", "wmv", "flv"],
};

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
    const caption = escapeHtmlText((titles[index] ?? "").trim());
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
      escapeHtmlText(attachment.title.replace(/\s+/g, " ").trim() || decodeName(file));
    return { kind, urls: [attachment.url], caption };
  });
  return notHeld + playerList(files, context);
}

/**
 * What a `[video]…[/video]` wraps besides its `<track>`s, which WordPress put inside the
 * `<video>` (and {@link mediaShortcode} reads): the text to keep after the player.
 */
export function withoutTracks(content: string): string {
  return content.replace(/<track\b[^>]*>(?:\s*<\/track>)?/gi, "");
}
