/**
 * Videos in a WordPress post become Dispatch's `{% video "URL" "title" %}` tag: `[embed]URL[/embed]`,
 * `[youtube URL]`, `[youtube=URL]`, `[youtube id="ID"]`, `[vimeo ID]`, `[vimeo]URL[/vimeo]`,
 * `[kml_flashembed movie="…"]`, a Gutenberg embed block, a bare YouTube or Vimeo URL alone on a
 * line (WordPress's oEmbed) and a player's `<iframe>`. A start time (`?t=30`) is reported: the
 * embed starts at the beginning.
 */
import { legacyNoteHtml, legacyShortcodes } from "../../markdown/legacy-shortcodes.ts";
import { plainText } from "../../shared/plain-text.ts";
import { defaultVideoTitle, videoAt, videoTitle } from "../../shortcodes/videos.ts";
import type { Video } from "../../video/video-url.ts";
import type { Losses } from "../html/losses.ts";
import type { Placeholders } from "./placeholders.ts";

// Which video a shortcode names is decided in src/shortcodes/, where the build reads it too.
export {
  decideVideoShortcode,
  defaultVideoTitle,
  shortcodeVideo,
  videoAt,
} from "../../shortcodes/videos.ts";

/** The `{% video %}` tag of a video, its title without double quotes ("Video" when empty). */
export function videoTagFor(video: Video, title: string): string {
  return `{% video "${video.watchUrl}" "${videoTitle(title)}" %}`;
}

/** What the build shows for a Flash embed whose video is gone (`src/markdown/legacy-shortcodes.ts`). */
export const videoNotAvailable = legacyNoteHtml(
  legacyShortcodes.kml_flashembed?.note ??
    "The video embedded in the original post is not available.",
);

/**
 * The loss mark of a video URL's start time (`?t=30`, `&start=1m30s`, `#t=30`), which
 * `{% video %}` cannot keep: it starts at the beginning. "" when the URL has none or there is no
 * `losses` to report it to.
 */
export function startTimeLoss(url: string | undefined, losses: Losses | undefined): string {
  const address = (url ?? "").replace(/&amp;/g, "&");
  const start = /[?&#](?:t|start|time_continue)=(\d+[hms\d]*)/.exec(address)?.[1];
  return start && losses
    ? losses.mark(
        `the video ${address} started at ${/^\d+$/.test(start) ? `${start}s` : start} on the old site; the embed starts at the beginning. Fix: say in the text where to start watching`,
      )
    : "";
}

/** What the video passes need: the post's title, the placeholders and where losses go. */
export interface VideoContext {
  postTitle: string;
  placeholders: Placeholders;
  losses: Losses | undefined;
}

/**
 * The loss mark of the links in a video's caption: the caption becomes the video's title, which
 * is text, so its links are dropped. "" when it has none or there is no `losses` to report to.
 * @param caption the figcaption's HTML
 */
export function captionLinksLoss(caption: string | undefined, losses: Losses | undefined): string {
  const hrefs = [...(caption ?? "").matchAll(/<a\b[^>]*\bhref=(["'])(.*?)\1/gi)].map((m) =>
    (m[2] as string).replace(/&amp;/g, "&"),
  );
  return hrefs.length > 0 && losses
    ? losses.mark(
        `the caption of a video linked to ${hrefs.join(", ")}; the caption is now the video's title, which is text, so the link was dropped. Fix: add the link to the text around the video`,
      )
    : "";
}

/**
 * Replaces each Gutenberg embed block of a YouTube or Vimeo video
 * (`<figure class="wp-block-embed"><div>URL</div><figcaption>…</figcaption></figure>`) by the
 * video's placeholder, titled by its figcaption when it has one (links in it reported, since a
 * title is text). Other embeds are left for `markLosses` (`../body/dropped-elements.ts`), which
 * keeps their caption.
 */
export function gutenbergEmbedVideos(html: string, context: VideoContext): string {
  return html.replace(
    /<figure\b[^>]*\bwp-block-embed\b[^>]*>\s*<div\b[^>]*>\s*(https?:\/\/[^\s<>"]+)\s*<\/div>\s*(?:<figcaption\b[^>]*>((?:(?!<\/?figure\b)[^])*?)<\/figcaption>)?\s*<\/figure>/gi,
    (figure, url: string, caption: string | undefined) => {
      const video = videoAt(url);
      if (!video) return figure;
      const title = plainText(caption ?? "") || defaultVideoTitle(context.postTitle);
      const tag = context.placeholders.place(videoTagFor(video, title), true);
      const lost = startTimeLoss(url, context.losses) + captionLinksLoss(caption, context.losses);
      return `\n\n${lost}${tag}\n\n`;
    },
  );
}

/**
 * Replaces a YouTube or Vimeo URL alone on a line (WordPress's oEmbed; in a link or not) and a
 * player's `<iframe>` by the video's placeholder.
 */
export function bareVideos(html: string, context: VideoContext): string {
  const placeVideo = (video: Video) =>
    context.placeholders.place(videoTagFor(video, defaultVideoTitle(context.postTitle)), true);
  return html
    .split("\n")
    .map((line) => {
      const url = /^\s*(?:<a\s[^>]*>\s*)?(https?:\/\/[^\s<>"]+)(?:\s*<\/a>)?\s*$/.exec(line)?.[1];
      const video = videoAt(url);
      // Blank lines around it make it a paragraph of its own before wpautop.
      return video ? `\n${startTimeLoss(url, context.losses)}${placeVideo(video)}\n` : line;
    })
    .join("\n")
    .replace(/<iframe\s[^>]*?src=["']([^"']+)["'][^>]*>\s*<\/iframe>/gi, (iframe, src: string) => {
      const video = videoAt(src.startsWith("//") ? `https:${src}` : src);
      return video ? startTimeLoss(src, context.losses) + placeVideo(video) : iframe;
    });
}
