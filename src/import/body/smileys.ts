/** WordPress's smiley and emoji images, as the emoji they show. */
import { decodeHTML } from "entities";
import { escapeHtml } from "../../shared/html.ts";

/**
 * WordPress's smiley images (`wp-includes/images/smilies/icon_smile.gif`, and the emoji images
 * of `s.w.org/images/core/emoji/…/1f642.png`) by the file's name: the emoji it shows.
 */
const smileyEmoji: Readonly<Record<string, string>> = {
  arrow: "➡",
  biggrin: "😀",
  confused: "😕",
  cool: "😎",
  cry: "😥",
  eek: "😮",
  evil: "👿",
  exclaim: "❗",
  idea: "💡",
  lol: "😆",
  mad: "😡",
  neutral: "😐",
  question: "❓",
  razz: "😛",
  redface: "😳",
  rolleyes: "🙄",
  sad: "🙁",
  frownie: "🙁",
  smile: "🙂",
  "simple-smile": "🙂",
  surprised: "😯",
  twisted: "😈",
  wink: "😉",
};

/**
 * WordPress's smiley and emoji images become text: the emoji (`icon_smile.gif` → 🙂,
 * `…/emoji/15.0.3/72x72/1f642.png` → 🙂), or, for one with no emoji (`mrgreen`), the text typed
 * (its `alt`, `:mrgreen:`). Other images are left as they are.
 */
export function smileys(html: string): string {
  return html.replace(/<img\b[^>]*>/gi, (image) => {
    const src = /\bsrc=["']([^"']*)["']/i.exec(image)?.[1] ?? "";
    const smiley = /\/wp-includes\/images\/smilies\/(?:icon_)?([\w-]+)\.\w+(?:[?#]|$)/.exec(src);
    const emoji =
      /\/images\/core\/emoji\/[^"']*?\/([0-9a-f]+(?:-[0-9a-f]+)*)\.(?:png|svg)(?:[?#]|$)/i.exec(
        src,
      );
    if (!smiley && !emoji && !/\bclass=["'][^"']*\bwp-smiley\b/i.test(image)) return image;
    if (smiley && smileyEmoji[smiley[1] as string])
      return smileyEmoji[smiley[1] as string] as string;
    if (emoji) {
      return String.fromCodePoint(
        ...(emoji[1] as string).split("-").map((hex) => parseInt(hex, 16)),
      );
    }
    return escapeHtml(decodeHTML(/\balt=["']([^"']*)["']/i.exec(image)?.[1] ?? "").trim());
  });
}
