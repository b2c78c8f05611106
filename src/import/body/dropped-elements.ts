/**
 * What a post's HTML holds that the site cannot keep (media files on the old site, frames,
 * scripts, styles, forms): replaced by a note or removed, and reported, before the allow-list
 * would remove it silently.
 */
import { escapeHtml } from "../../shared/html.ts";
import { parseVideoUrl } from "../../video/video-url.ts";
import type { Losses } from "../html/losses.ts";
import { oldSiteMedia } from "../shortcodes/player-markup.ts";

/** `a <script>`, `an <object>`: the article an element's name takes, read aloud. */
export function withArticle(element: string): string {
  return `${/^<?[aeio]/i.test(element) ? "an" : "a"} ${element}`;
}

/**
 * The provider a Gutenberg embed block names in its classes (`is-provider-twitter`), as
 * ` (twitter)`; "" when it names none.
 */
function embedProvider(figureAttributes: string): string {
  const provider = /\bis-provider-([a-z0-9-]+)/i.exec(figureAttributes)?.[1];
  return provider ? ` (${provider.toLowerCase()})` : "";
}

/**
 * A note with the caption a Gutenberg embed block gave what it embedded: a `<figure>` of the note
 * and the caption (the block's `<figcaption>`, its links and emphasis kept); the note alone when
 * the caption is missing or blank.
 */
function captioned(noteHtml: string, caption: string | undefined): string {
  const text = (caption ?? "").replace(/\s+/g, " ").trim();
  if (text === "" || /^(?:<br\s*\/?>|&nbsp;|\s)*$/i.test(text)) return noteHtml;
  return `<figure>${noteHtml}<figcaption>${text}</figcaption></figure>`;
}

/**
 * Sites whose page WordPress shows as an embed when its address stands alone on a line (oEmbed
 * providers of wp-includes/class-wp-oembed.php, past and present, and X); YouTube and Vimeo
 * are videos (`../shortcodes/videos.ts`).
 */
const oEmbedSites =
  /^https?:\/\/(?:[a-z0-9-]+\.)*(?:twitter\.com|x\.com|instagram\.com|facebook\.com|soundcloud\.com|spotify\.com|flickr\.com|flic\.kr|tiktok\.com|reddit\.com|tumblr\.com|imgur\.com|dailymotion\.com|ted\.com|mixcloud\.com|slideshare\.net|scribd\.com|issuu\.com|kickstarter\.com|speakerdeck\.com|smugmug\.com|cloudup\.com|wordpress\.tv|videopress\.com|pinterest\.com|pocketcasts\.com|crowdsignal\.net|polldaddy\.com|animoto\.com|reverbnation\.com|screencast\.com|wolframcloud\.com|bsky\.app)\//i;

/**
 * A page of another site whose address stands alone on a line, or alone in a `<p>`, which
 * WordPress showed as an embed (a tweet, an Instagram post…;
 * https://developer.wordpress.org/reference/classes/wp_embed/autoembed/): a note linking to the
 * page, reported through `losses`. Lines in a `<pre>` are code and stay.
 */
export function oEmbedLinks(
  html: string,
  losses: Losses,
  note: (label: string, url: string) => string,
): string {
  const embed = (url: string) => {
    const address = url.replace(/&amp;/g, "&");
    return (
      losses.mark(
        `an embed of ${address} is a link to it. Fix: nothing to do, or quote what it showed`,
      ) + note("Embedded on the old site", address)
    );
  };
  return html
    .split(/(<pre\b(?:(?!<pre\b)[^])*?<\/pre>)/i)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            // Blank lines around it make it a paragraph of its own, as WordPress's embed was.
            .replace(/^[ \t]*(https?:\/\/[^\s<>"]+)[ \t]*$/gim, (line, url: string) =>
              oEmbedSites.test(url) ? `\n${embed(url)}\n` : line,
            )
            .replace(
              /(<p(?: [^>]*)?>\s*)(https?:\/\/[^\s<>"]+)(\s*<\/p>)/gi,
              (all, open: string, url: string, close: string) =>
                oEmbedSites.test(url) ? `${open}${embed(url)}${close}` : all,
            ),
    )
    .join("");
}

/**
 * Ordered lists whose numbering Markdown cannot keep, reported through `losses` (the list is
 * kept, numbered 1, 2, 3… from its `start`): one counted down (`reversed`), one numbered with
 * letters or Roman numerals (`type="a"`, `list-style-type: lower-alpha`), and an item that
 * sets its own number (`<li value="7">`).
 */
export function listNumbering(html: string, losses: Losses): string {
  return (
    html
      // The mark goes in the list's first item, on the list's first line.
      .replace(/<ol\b[^>]*>(?:\s*<li\b[^>]*>)?/gi, (tag) => {
        const what = listStyleLost(tag);
        if (what === "") return tag;
        return (
          tag +
          losses.mark(
            `an ordered list ${what} is numbered 1, 2, 3 here. Fix: nothing to do, or write the numbers in the items' text`,
          )
        );
      })
      .replace(
        /<li\b[^>]*\svalue=["']?(-?\d+)[^>]*>/gi,
        (tag, value: string) =>
          tag +
          losses.mark(
            `a list item numbered ${value} on the old site is numbered in turn here. Fix: nothing to do, or write the number in the item's text`,
          ),
      )
  );
}

/** What of an `<ol>` tag's numbering Markdown cannot keep: "counted down", "numbered with letters (a)"…; "" when nothing. */
function listStyleLost(tags: string): string {
  const tag = /^<ol\b[^>]*>/i.exec(tags)?.[0] ?? "";
  const style =
    /\stype=["']?([aAiI])\b/.exec(tag)?.[1] ??
    /list-style-type:\s*((?:lower|upper)-(?:alpha|latin|roman|greek))/i.exec(tag)?.[1];
  const kind = style && /^[aA]$|alpha|latin|greek/i.test(style) ? "letters" : "Roman numerals";
  return [
    /\sreversed\b/i.test(tag) ? "counted down" : "",
    style ? `numbered with ${kind} (${style})` : "",
  ]
    .filter(Boolean)
    .join(" and ");
}

/**
 * The things of a post's HTML the import cannot keep, replaced before the allow-list removes
 * them: a `<video>` or `<audio>` whose file has no local copy (those with one are players by
 * now, `../shortcodes/players.ts`) becomes a note linking to its file, an `<iframe>` or a
 * Gutenberg embed of another site (a tweet, an Instagram post, a SoundCloud track…) a note
 * linking to the page, followed by the embed's caption when it has one (so does such a page's
 * address alone on a line, {@link oEmbedLinks}), and a `<script>`, `<style>`, `<form>`,
 * `<object>` or `<embed>` is removed, and a list's numbering Markdown cannot keep is reported
 * ({@link listNumbering}); each is reported through `losses`. A file block's "Download" button,
 * which repeats its link, is removed without a word.
 */
export function markLosses(html: string, losses: Losses): string {
  const note = (label: string, url: string) =>
    `<span class="legacy-embed" role="note">${escapeHtml(label)}: <a href="${escapeHtml(url)}">${escapeHtml(url)}</a></span>`;
  const httpUrl = (url: string | undefined) => {
    const absolute = (url ?? "").replace(/&amp;/g, "&").replace(/^\/\//, "https://");
    return /^https?:\/\//i.test(absolute) ? absolute : undefined;
  };
  const embeds = html
    // A file block's "Download" button repeats the link before it: nothing is lost.
    .replace(/<a\b[^>]*\bwp-block-file__button\b[^>]*>(?:(?!<a\b)[^])*?<\/a>/gi, "")
    .replace(
      /<figure\b([^>]*\bwp-block-embed\b[^>]*)>\s*<div\b[^>]*>\s*(https?:\/\/[^\s<>"]+)\s*<\/div>\s*(?:<figcaption\b[^>]*>((?:(?!<\/?figure\b)[^])*?)<\/figcaption>\s*)?<\/figure>/gi,
      (_figure, attributes: string, url: string, caption: string | undefined) =>
        losses.mark(
          `an embed of ${url.replace(/&amp;/g, "&")}${embedProvider(attributes)} is a link to it. Fix: nothing to do, or quote what it showed`,
        ) + captioned(note("Embedded on the old site", url.replace(/&amp;/g, "&")), caption),
    );
  return oEmbedLinks(listNumbering(embeds, losses), losses, note)
    .replace(
      /<(video|audio)\b([^>]*)>((?:(?!<\1\b)[^])*?)<\/\1>/gi,
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
    .replace(
      /<iframe\b([^>]*)>(?:(?!<iframe\b)[^])*?<\/iframe>|<iframe\b([^>]*)\/?>/gi,
      (_all, a, b) => {
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
      },
    )
    .replace(
      /<(script|style|form|object|noscript)\b[^>]*>(?:(?!<\1\b)[^])*?<\/\1>|<(embed|script)\b[^>]*\/?>/gi,
      (_all, paired: string | undefined, single: string | undefined) =>
        losses.mark(
          `${withArticle(`<${(paired ?? single ?? "").toLowerCase()}>`)} was removed (the site runs no scripts, styles or forms from posts). Fix: nothing to do, or describe what it showed`,
        ),
    );
}
