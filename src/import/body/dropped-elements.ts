/**
 * What a post's HTML holds that the site cannot keep (media files on the old site, frames,
 * scripts, styles, forms): replaced by a note or removed, and reported, before the allow-list
 * would remove it silently.
 */
import { escapeHtml } from "../../shared/html.ts";
import { parseVideoUrl } from "../../video/video-url.ts";
import type { Losses } from "../html/losses.ts";
import { oldSiteMedia } from "../shortcodes/players.ts";

/** `a <script>`, `an <object>`: the article an element's name takes, read aloud. */
export function withArticle(element: string): string {
  return `${/^<?[aeio]/i.test(element) ? "an" : "a"} ${element}`;
}

/**
 * The things of a post's HTML the import cannot keep, replaced before the allow-list removes
 * them: a `<video>` or `<audio>` whose file has no local copy (those with one are players by
 * now, `../shortcodes/players.ts`) becomes a note linking to its file, an `<iframe>` or a
 * Gutenberg embed of another site a note linking to the page (the embed's caption kept under
 * it, in a figure), and a `<script>`, `<style>`, `<form>`, `<object>` or `<embed>` is removed;
 * each is reported through `losses`.
 */
export function markLosses(html: string, losses: Losses): string {
  const note = (label: string, url: string) =>
    `<span class="legacy-embed" role="note">${escapeHtml(label)}: <a href="${escapeHtml(url)}">${escapeHtml(url)}</a></span>`;
  const httpUrl = (url: string | undefined) => {
    const absolute = (url ?? "").replace(/&amp;/g, "&").replace(/^\/\//, "https://");
    return /^https?:\/\//i.test(absolute) ? absolute : undefined;
  };
  return html
    .replace(
      /<figure\b[^>]*\bwp-block-embed\b[^>]*>\s*<div\b[^>]*>\s*(https?:\/\/[^\s<>"]+)\s*<\/div>\s*(?:<figcaption\b[^>]*>([^]*?)<\/figcaption>\s*)?<\/figure>/gi,
      (_figure, url: string, caption: string | undefined) => {
        const mark = losses.mark(
          `an embed of ${url} is a link to it. Fix: nothing to do, or quote what it showed`,
        );
        // Its caption stays with the link, in a figure of its own.
        return caption?.trim()
          ? `<figure>${mark}${note("Embedded on the old site", url)}<figcaption>${caption.trim()}</figcaption></figure>`
          : mark + note("Embedded on the old site", url);
      },
    )
    .replace(
      /<(video|audio)\b([^>]*)>([^]*?)<\/\1>/gi,
      (element, name: string, attributes: string, inner: string) => {
        const src = httpUrl(
          /\bsrc=["']([^"']+)["']/i.exec(attributes)?.[1] ??
            /<source\b[^>]*\bsrc=["']([^"']+)["']/i.exec(inner)?.[1],
        );
        const kind = name.toLowerCase() === "video" ? "video" : "audio";
        if (!src) {
          return losses.mark(
            `${withArticle(`<${kind}>`)} with no address was removed. Fix: nothing to do`,
          );
        }
        return oldSiteMedia(kind, src, losses);
      },
    )
    .replace(/<iframe\b([^>]*)>[^]*?<\/iframe>|<iframe\b([^>]*)\/?>/gi, (_all, a, b) => {
      const src = httpUrl(/\bsrc=["']([^"']+)["']/i.exec(String(a ?? b ?? ""))?.[1]);
      if (!src) return losses.mark("an <iframe> with no address was removed. Fix: nothing to do");
      const isVideo = (() => {
        try {
          parseVideoUrl(src);
          return true;
        } catch {
          return false;
        }
      })();
      if (isVideo) return _all as string;
      return (
        losses.mark(
          `the embedded frame ${src} is a link to it (the site's policy allows no frames from other sites). Fix: nothing to do, or replace it with a map block or an image`,
        ) + note("Embedded on the old site", src)
      );
    })
    .replace(
      /<(script|style|form|object|noscript)\b[^>]*>[^]*?<\/\1>|<(embed|script)\b[^>]*\/?>/gi,
      (_all, paired: string | undefined, single: string | undefined) =>
        losses.mark(
          `${withArticle(`<${(paired ?? single ?? "").toLowerCase()}>`)} was removed (the site runs no scripts, styles or forms from posts). Fix: nothing to do, or describe what it showed`,
        ),
    );
}
