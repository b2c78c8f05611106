/**
 * The video module, loaded only by pages with a `{% video %}` figure: shows each figure's play
 * button and, on the reader's click, replaces the placeholder with the provider's player in an
 * `<iframe>` (youtube-nocookie.com or player.vimeo.com, as `src/video/video-url.ts` wrote it in
 * `data-embed-url`). Nothing is requested from the provider before the click. Without
 * JavaScript the figure keeps its link to the video.
 */

/** The player URL with autoplay, since the reader has just asked to play. */
export function autoplayUrl(embedUrl: string): string {
  const url = new URL(embedUrl);
  url.searchParams.set("autoplay", "1");
  return url.href;
}

/** Replaces a figure's placeholder with its player and moves focus into it. */
function play(figure: HTMLElement, frame: HTMLElement): void {
  const embedUrl = figure.dataset.embedUrl;
  if (!embedUrl || !/^https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//.test(embedUrl)) {
    return;
  }
  const iframe = document.createElement("iframe");
  iframe.src = autoplayUrl(embedUrl);
  iframe.title = figure.dataset.videoTitle ?? "Video";
  iframe.allow = "fullscreen; autoplay; encrypted-media; picture-in-picture";
  iframe.allowFullscreen = true;
  iframe.referrerPolicy = "strict-origin-when-cross-origin";
  iframe.className = "video-embed__player";
  frame.replaceChildren(iframe);
  figure.classList.add("video-embed--playing");
  iframe.focus();
}

for (const figure of document.querySelectorAll<HTMLElement>("[data-dispatch-video]")) {
  const frame = figure.querySelector<HTMLElement>(".video-embed__frame");
  const button = figure.querySelector<HTMLButtonElement>(".video-embed__play");
  if (!frame || !button) continue;
  button.hidden = false;
  button.addEventListener("click", () => play(figure, frame), { once: true });
}
