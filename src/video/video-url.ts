/**
 * Video URLs: which provider and which video a link names, and the privacy-friendly address the
 * player is loaded from after a reader's click.
 *
 * YouTube: `https://www.youtube.com/watch?v=ID`, `https://youtu.be/ID`,
 * `https://www.youtube.com/shorts/ID`, `https://www.youtube.com/embed/ID`, the old Flash
 * player's `http://www.youtube.com/v/ID` (also `/v/ID&hl=en&fs=1`), also
 * `m.youtube.com`, `music.youtube.com` and `youtube-nocookie.com/embed/ID`; ids are 11 characters
 * of `[A-Za-z0-9_-]`. The player comes from `https://www.youtube-nocookie.com/embed/ID`
 * (YouTube's privacy-enhanced mode: no cookies until the reader plays).
 *
 * Vimeo: `https://vimeo.com/ID`, `https://vimeo.com/channels/name/ID`,
 * `https://player.vimeo.com/video/ID`, the old Flash player's
 * `http://vimeo.com/moogaloop.swf?clip_id=ID`; ids are digits, an unlisted video's hash
 * (`https://vimeo.com/ID/HASH`, or `?h=HASH`) is kept. The player comes from
 * `https://player.vimeo.com/video/ID?dnt=1` (do not track).
 *
 * A URL that names no such video is a {@link VideoUrlError}: a problem at the post's file and
 * line, with the fix.
 */
import { ContentError, type SourceLocation } from "../errors.ts";

/** The providers Dispatch embeds. */
export type VideoProvider = "youtube" | "vimeo";

/** A video a post embeds. */
export interface Video {
  provider: VideoProvider;
  /** The provider's id: `dQw4w9WgXcQ` (YouTube), `76979871` (Vimeo). */
  id: string;
  /** The page to watch it on, linked for readers without JavaScript. */
  watchUrl: string;
  /** The player loaded in an `<iframe>` after the reader's click. */
  embedUrl: string;
}

/** Provider names as readers see them. */
export const providerNames: Readonly<Record<VideoProvider, string>> = {
  youtube: "YouTube",
  vimeo: "Vimeo",
};

/** Frame origins of the players, for the Content-Security-Policy's `frame-src`. */
export const playerOrigins = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"];

const youtubeHosts = new Set([
  "youtube.com",
  "www.youtube.com",
  "m.youtube.com",
  "music.youtube.com",
  "youtube-nocookie.com",
  "www.youtube-nocookie.com",
]);
const vimeoHosts = new Set(["vimeo.com", "www.vimeo.com", "player.vimeo.com"]);

/** How to fix a video URL Dispatch does not embed, the fix of every {@link VideoUrlError}. */
export const videoUrlFix =
  "use the video's address on YouTube (https://www.youtube.com/watch?v=ID, https://youtu.be/ID) or Vimeo (https://vimeo.com/ID); other hosts are not embedded, link to them instead";

/**
 * A video URL that cannot be embedded, where a post writes it: one problem,
 * `{% video %}: <reason>`, with {@link videoUrlFix}.
 */
export class VideoUrlError extends ContentError {
  override name = "VideoUrlError";
  /** What is wrong with the URL, said for the author: `"x" is not a URL`. */
  readonly reason: string;

  /**
   * @param reason what is wrong with the URL
   * @param at the post's file and the line of its `{% video %}` tag
   */
  constructor(reason: string, at: SourceLocation) {
    super([{ ...at, message: `{% video %}: ${reason}`, fix: videoUrlFix }]);
    this.reason = reason;
  }
}

function youtube(id: string | undefined, url: string, at: SourceLocation): Video {
  if (!id || !/^[\w-]{11}$/.test(id)) {
    throw new VideoUrlError(
      `${url} does not name a YouTube video (an id of 11 letters, digits, - or _)`,
      at,
    );
  }
  return {
    provider: "youtube",
    id,
    watchUrl: `https://www.youtube.com/watch?v=${id}`,
    embedUrl: `https://www.youtube-nocookie.com/embed/${id}`,
  };
}

function vimeo(
  id: string | undefined,
  hash: string | null | undefined,
  url: string,
  at: SourceLocation,
): Video {
  if (!id || !/^\d+$/.test(id)) {
    throw new VideoUrlError(`${url} does not name a Vimeo video (a number such as 76979871)`, at);
  }
  const safeHash = hash && /^[\da-f]+$/i.test(hash) ? hash : undefined;
  return {
    provider: "vimeo",
    id,
    watchUrl: `https://vimeo.com/${id}${safeHash ? `/${safeHash}` : ""}`,
    embedUrl: `https://player.vimeo.com/video/${id}?${safeHash ? `h=${safeHash}&` : ""}dnt=1`,
  };
}

/**
 * Reads a YouTube or Vimeo URL.
 * @param at where the URL is written: the post's file and the tag's line; without it (an importer
 *   asking only whether a URL is a video) the problem names no file
 * @throws VideoUrlError when it is not an http(s) URL, names another host, or names no video
 */
export function parseVideoUrl(text: string, at: SourceLocation = { file: "" }): Video {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new VideoUrlError(`"${text}" is not a URL`, at);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new VideoUrlError(`"${text}" is not an http(s) URL`, at);
  }
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split("/").filter(Boolean);
  if (host === "youtu.be") return youtube(segments[0], text, at);
  if (youtubeHosts.has(host)) {
    if (segments[0] === "watch") return youtube(url.searchParams.get("v") ?? undefined, text, at);
    if (["shorts", "embed", "live", "v"].includes(segments[0] ?? "")) {
      // YouTube's Flash embed code of 2006–2010 wrote options after the id without a `?`:
      // `http://www.youtube.com/v/ID&hl=en&fs=1`.
      return youtube(segments[0] === "v" ? segments[1]?.split("&")[0] : segments[1], text, at);
    }
    return youtube(undefined, text, at);
  }
  if (vimeoHosts.has(host)) return vimeoUrl(url, segments, text, at);
  throw new VideoUrlError(`${host} is not a video host Dispatch embeds`, at);
}

/** A URL on a Vimeo host: the player's, a channel's or group's, or the video's page. */
function vimeoUrl(url: URL, segments: string[], text: string, at: SourceLocation): Video {
  if (url.hostname.toLowerCase() === "player.vimeo.com") {
    return segments[0] === "video"
      ? vimeo(segments[1], url.searchParams.get("h"), text, at)
      : vimeo(undefined, undefined, text, at);
  }
  // Vimeo's Flash player of 2006–2011: `http://vimeo.com/moogaloop.swf?clip_id=ID&server=…`.
  if (segments[0] === "moogaloop.swf") {
    return vimeo(url.searchParams.get("clip_id") ?? undefined, undefined, text, at);
  }
  if (segments[0] === "channels" || segments[0] === "groups") {
    const id = segments.find((segment) => /^\d+$/.test(segment));
    return vimeo(id, undefined, text, at);
  }
  return vimeo(segments[0], segments[1] ?? url.searchParams.get("h"), text, at);
}
