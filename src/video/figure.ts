/**
 * The HTML of an embedded video: a click-to-load facade. Before the click (and without
 * JavaScript) the page holds a plain placeholder drawn by CSS, the title and a link to the video
 * on its provider's site; nothing is requested from the provider. The video module
 * (`src/client/video.ts`) shows the play button and, on click, replaces the placeholder with the
 * provider's player in an `<iframe>`.
 */
import { escapeHtml } from "../shared/html.ts";
import { providerNames, type Video } from "./video-url.ts";

/**
 * Renders the figure of a video.
 * @param id the figure's `id`, unique in the page (`video-basra-12`); its caption is `<id>-title`
 * @param title the video's title, as the author wrote it (escaped here)
 */
export function renderVideoFigure(video: Video, title: string, id: string): string {
  const provider = providerNames[video.provider];
  const captionId = `${id}-title`;
  return [
    `<figure class="video-embed" id="${escapeHtml(id)}" data-dispatch-video data-embed-url="${escapeHtml(video.embedUrl)}" data-video-title="${escapeHtml(title)}">\n`,
    `<div class="video-embed__frame">`,
    `<button type="button" class="video-embed__play" aria-describedby="${escapeHtml(captionId)}" hidden>Play video <span class="video-embed__loads">(loads ${provider})</span></button>`,
    `</div>\n`,
    `<figcaption class="video-embed__caption" id="${escapeHtml(captionId)}"><a href="${escapeHtml(video.watchUrl)}">${escapeHtml(title)}</a> <span class="video-embed__provider">(video on ${provider})</span></figcaption>\n`,
    `</figure>\n`,
  ].join("");
}

/** True when rendered HTML holds a video figure: the page loads the video module. */
export function containsVideo(html: unknown): boolean {
  return typeof html === "string" && html.includes("data-dispatch-video");
}
