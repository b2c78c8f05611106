/**
 * Which video a WordPress video shortcode shows, decided once for the import (which writes
 * `{% video %}`, `src/import/shortcodes/`) and the build (which renders a shortcode left in a
 * hand-written post, `src/markdown/legacy-shortcodes.ts`): `[embed]URL[/embed]`, `[youtube URL]`,
 * `[youtube=URL]`, `[youtube id="ID"]`, `[vimeo ID]`, `[vimeo]URL[/vimeo]` and
 * `[kml_flashembed movie="…"]`. See https://wordpress.org/documentation/article/embeds/ and
 * Jetpack's `modules/shortcodes/youtube.php`, `vimeo.php`.
 */
import { parseVideoUrl, type Video } from "../video/video-url.ts";
import type { ShortcodeAttributes } from "./attributes.ts";

/** The shortcodes whose video {@link decideVideoShortcode} decides, lower case. */
export const videoShortcodeNames: ReadonlySet<string> = new Set([
  "embed",
  "youtube",
  "vimeo",
  "kml_flashembed",
]);

/**
 * The YouTube or Vimeo video a URL names (`&amp;` read as `&`), or undefined. YouTube's Flash
 * player URLs put their options after `&` with no `?` (`http://www.youtube.com/v/ID&hl=en&fs=1`,
 * as `[kml_flashembed]` and old `<embed>` codes have them): the first `&` is read as `?`.
 */
export function videoAt(url: string | undefined): Video | undefined {
  if (!url) return undefined;
  const address = url.replace(/&amp;/g, "&");
  try {
    return parseVideoUrl(address.includes("?") ? address : address.replace("&", "?"));
  } catch {
    return undefined;
  }
}

/** The title of a video the post names none for: `Video from “<post title>”`. */
export function defaultVideoTitle(postTitle: string): string {
  return `Video from “${postTitle}”`;
}

/**
 * A video's title as `{% video %}` can hold it: double quotes made single, spaces collapsed,
 * `Video` when nothing is left.
 */
export function videoTitle(title: string): string {
  return title.replace(/"/g, "'").replace(/\s+/g, " ").trim() || "Video";
}

/**
 * The video of an `[embed]`, `[youtube]` or `[vimeo]` shortcode: by its URL, by `id=` (YouTube's
 * or Vimeo's), or by a Vimeo number (`[vimeo 76979871]`); undefined when it names none.
 * @param name the shortcode's name, lower case
 * @param url its content, first positional attribute or `url=`
 * @param id its `id=`
 */
export function shortcodeVideo(
  name: string,
  url: string | undefined,
  id: string | undefined,
): Video | undefined {
  return (
    videoAt(url) ??
    (id && name === "youtube" ? videoAt(`https://www.youtube.com/watch?v=${id}`) : undefined) ??
    (id && name === "vimeo" ? videoAt(`https://vimeo.com/${id}`) : undefined) ??
    (name === "vimeo" && url && /^\d+$/.test(url) ? videoAt(`https://vimeo.com/${url}`) : undefined)
  );
}

/** What a video shortcode shows ({@link decideVideoShortcode}). */
export type VideoDecision =
  /** The video, with its title ({@link videoTitle} of `title=` or {@link defaultVideoTitle}); `url` as written, for its start time. */
  | { kind: "video"; video: Video; title: string; url: string | undefined }
  /** An `[embed]` of another site's page: a link to it (`&amp;` read as `&`). */
  | { kind: "page"; url: string }
  /** A `[kml_flashembed]…[/kml_flashembed]` of no video: its alternative content. */
  | { kind: "alternative"; content: string }
  /** A `[kml_flashembed]` of no video and without alternative content: the note that it is gone. */
  | { kind: "not-available" }
  /** Nothing it names can be shown: a note that it was not converted. */
  | { kind: "none" };

/**
 * Decides what a video shortcode ({@link videoShortcodeNames}) shows: `[kml_flashembed]` its
 * `movie=` video, else its alternative content, else the not-available note; `[embed]`,
 * `[youtube]`, `[vimeo]` the video their content, first positional attribute or `url=` names
 * ({@link shortcodeVideo}), else (an `[embed]` of an http(s) page) a link to the page.
 * @param name the shortcode's name, lower case
 * @param content what a paired shortcode wraps; undefined for a tag without a closing one
 * @param postTitle the post's title, for a video without `title=` (`Video` when it is empty)
 */
export function decideVideoShortcode(
  name: string,
  attributes: ShortcodeAttributes,
  content: string | undefined,
  postTitle: string,
): VideoDecision {
  const title = videoTitle(
    attributes.named.title ?? (postTitle.trim() ? defaultVideoTitle(postTitle) : "Video"),
  );
  if (name === "kml_flashembed") {
    const video = videoAt(attributes.named.movie);
    if (video) return { kind: "video", video, title, url: attributes.named.movie };
    if (content !== undefined && content.trim() !== "") return { kind: "alternative", content };
    return { kind: "not-available" };
  }
  const url = (content ?? "").trim() || attributes.positional[0] || attributes.named.url;
  const video = shortcodeVideo(name, url, attributes.named.id);
  if (video) return { kind: "video", video, title, url };
  if (url && /^https?:\/\//.test(url)) return { kind: "page", url: url.replace(/&amp;/g, "&") };
  return { kind: "none" };
}
