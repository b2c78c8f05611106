/**
 * Gutenberg's audio and video blocks, raw `<audio>` and `<video>` elements and an audio or video
 * file's address alone on a line, as players of their local copies (`./local-player.ts`).
 */
import {
  type PlayerKind,
  absoluteAddress,
  attributeOf,
  pixels,
  playerKindOf,
  tracksIn,
} from "./player-markup.ts";
import { type PlayedFile, type PlayerContext, localPlayer } from "./local-player.ts";

/** The file of a raw `<audio>` or `<video>` element: its `src`, then its `<source>`s' in order. */
function elementFile(name: string, attributes: string, inner: string, caption: string): PlayedFile {
  const kind: PlayerKind = name.toLowerCase() === "video" ? "video" : "audio";
  const sources = [...inner.matchAll(/<source\b([^>]*)>/gi)].map((m) =>
    attributeOf(m[1] ?? "", "src"),
  );
  const urls = [attributeOf(attributes, "src"), ...sources].flatMap(
    (url) => absoluteAddress(url) ?? [],
  );
  return {
    kind,
    urls,
    poster: kind === "video" ? attributeOf(attributes, "poster") : undefined,
    width: kind === "video" ? pixels(attributeOf(attributes, "width")) : undefined,
    height: kind === "video" ? pixels(attributeOf(attributes, "height")) : undefined,
    caption,
    tracks: tracksIn(inner),
  };
}

const mediaElement = /<(audio|video)\b([^>]*)>([^]*?)<\/\1\s*>/i;

/**
 * Replaces each Gutenberg audio or video block (`<figure class="wp-block-audio">` with its
 * `<audio>` and `<figcaption>`), each other `<audio>` or `<video>` element, and each audio or
 * video file's URL alone on a line, whose file has a local copy by its player's placeholder. Those with none are left as they are, for
 * `../body/dropped-elements.ts` to make a link to the old address and report.
 */
export function htmlPlayers(html: string, context: PlayerContext): string {
  const blocks = html.replace(
    /<figure\b[^>]*\bwp-block-(?:audio|video)\b[^>]*>([^]*?)<\/figure>/gi,
    (figure, inner: string) => {
      const element = mediaElement.exec(inner);
      if (!element) return figure;
      const caption = /<figcaption\b[^>]*>([^]*?)<\/figcaption>/i.exec(inner)?.[1] ?? "";
      const [, name = "", attributes = "", content = ""] = element;
      const player = localPlayer(elementFile(name, attributes, content, caption), context);
      return player ? `\n\n${player}\n\n` : figure;
    },
  );
  const elements = blocks.replace(
    new RegExp(mediaElement.source, "gi"),
    (element, name: string, attributes: string, content: string) =>
      localPlayer(elementFile(name, attributes, content, ""), context) ?? element,
  );
  // An audio or video file's URL alone on a line (in a link or not): WordPress's embed handlers
  // played it. Blank lines around the player make it a paragraph of its own before wpautop.
  return elements
    .split("\n")
    .map((line) => {
      const url = /^\s*(?:<a\s[^>]*>\s*)?(https?:\/\/[^\s<>"]+)(?:\s*<\/a>)?\s*$/.exec(line)?.[1];
      const kind = url ? playerKindOf(url) : undefined;
      const address = absoluteAddress(url);
      const player =
        kind && address ? localPlayer({ kind, urls: [address], caption: "" }, context) : undefined;
      return player ? `\n${player}\n` : line;
    })
    .join("\n");
}
