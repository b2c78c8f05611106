/**
 * Video URLs: which provider and which video a link names, and the privacy-friendly address the
 * player is loaded from after a reader's click.
 *
 * YouTube: `https://www.youtube.com/watch?v=ID`, `https://youtu.be/ID`,
 * `https://www.youtube.com/shorts/ID`, `https://www.youtube.com/embed/ID`, also
 * `m.youtube.com`, `music.youtube.com` and `youtube-nocookie.com/embed/ID`; ids are 11 characters
 * of `[A-Za-z0-9_-]`. The player comes from `https://www.youtube-nocookie.com/embed/ID`
 * (YouTube's privacy-enhanced mode: no cookies until the reader plays).
 *
 * Vimeo: `https://vimeo.com/ID`, `https://vimeo.com/channels/name/ID`,
 * `https://player.vimeo.com/video/ID`; ids are digits, an unlisted video's hash
 * (`https://vimeo.com/ID/HASH`, or `?h=HASH`) is kept. The player comes from
 * `https://player.vimeo.com/video/ID?dnt=1` (do not track).
 */

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

/** Why a URL cannot be embedded, said for the author. */
export class VideoUrlError extends Error {
  override name = "VideoUrlError";
}

function youtube(id: string | undefined, url: string): Video {
  if (!id || !/^[\w-]{11}$/.test(id)) {
    throw new VideoUrlError(
      `${url} does not name a YouTube video (an id of 11 letters, digits, - or _)`,
    );
  }
  return {
    provider: "youtube",
    id,
    watchUrl: `https://www.youtube.com/watch?v=${id}`,
    embedUrl: `https://www.youtube-nocookie.com/embed/${id}`,
  };
}

function vimeo(id: string | undefined, hash: string | null | undefined, url: string): Video {
  if (!id || !/^\d+$/.test(id)) {
    throw new VideoUrlError(`${url} does not name a Vimeo video (a number such as 76979871)`);
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
 * @throws VideoUrlError when it is not an http(s) URL, names another host, or names no video
 */
export function parseVideoUrl(text: string): Video {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new VideoUrlError(`"${text}" is not a URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new VideoUrlError(`"${text}" is not an http(s) URL`);
  }
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split("/").filter(Boolean);
  if (host === "youtu.be") return youtube(segments[0], text);
  if (youtubeHosts.has(host)) {
    if (segments[0] === "watch") return youtube(url.searchParams.get("v") ?? undefined, text);
    if (["shorts", "embed", "live", "v"].includes(segments[0] ?? "")) {
      return youtube(segments[1], text);
    }
    return youtube(undefined, text);
  }
  if (vimeoHosts.has(host)) {
    if (host === "player.vimeo.com") {
      return segments[0] === "video"
        ? vimeo(segments[1], url.searchParams.get("h"), text)
        : vimeo(undefined, undefined, text);
    }
    if (segments[0] === "channels" || segments[0] === "groups") {
      const id = segments.find((segment) => /^\d+$/.test(segment));
      return vimeo(id, undefined, text);
    }
    return vimeo(segments[0], segments[1] ?? url.searchParams.get("h"), text);
  }
  throw new VideoUrlError(`${host} is not a video host Dispatch embeds`);
}
