/**
 * A played file as a player of its local copy: the post's {@link MediaResolver} names the file,
 * its poster and tracks in the post's folder; the caption is the block's figcaption, else the
 * attachment's caption, else its title. A file with no local copy gives no player.
 */
import type { MediaResolver } from "../media/resolver.ts";
import { escapeHtmlText } from "../../shared/html.ts";
import { attachmentAlt, type GalleryAttachment, type GalleryAttachments } from "./gallery.ts";
import { type VideoContext } from "./videos.ts";
import {
  type PlayerKind,
  type Track,
  absoluteAddress,
  oldSiteMedia,
  playerHtml,
  pathOf,
} from "./player-markup.ts";

/** What the players need of a post's conversion. */
export interface PlayerContext extends VideoContext {
  /** The post's local files. */
  media: MediaResolver;
  /** The export's attachments: a `[playlist]` plays them; a file's caption and title come from them. */
  attachments: GalleryAttachments;
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
  return attachment.caption.trim() || escapeHtmlText(attachmentAlt({ ...attachment, alt: "" }));
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
export interface PlayedFile {
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
export function localPlayer(file: PlayedFile, context: PlayerContext): string | undefined {
  const html = localPlayerHtml(file, context);
  return html === undefined ? undefined : context.placeholders.place(html, true);
}

/**
 * The placeholder of a list (`<ol>`) of players, one per file; a file with no local copy is a
 * link to its first address, reported.
 */
export function playerList(files: readonly PlayedFile[], context: PlayerContext): string {
  const items = files.map(
    (file) =>
      `<li>${localPlayerHtml(file, context) ?? oldSiteMedia(file.kind, file.urls[0] ?? "", context.losses)}</li>`,
  );
  return context.placeholders.place(`<ol>\n${items.join("\n")}\n</ol>`, true);
}
