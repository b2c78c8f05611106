/**
 * WordPress shortcodes in a post's content, converted before the HTML becomes Markdown.
 *
 * Each shortcode is replaced by a placeholder ({@link createPlaceholders}) and its Markdown is put
 * back afterwards ({@link restorePlaceholders}):
 *
 * - `[caption]…[/caption]` → an HTML `<figure>` ({@link captionFigure});
 * - `[gallery]` and Gutenberg's gallery blocks → a grid of figures (`./gallery.ts`,
 *   `./gutenberg-gallery.ts`, `./gallery-markup.ts`); a `[gallery]` that finds no image → a note;
 * - `[embed]`, `[youtube]`, `[vimeo]`, a Gutenberg embed, a bare YouTube or Vimeo URL alone on a
 *   line → `{% video "URL" "title" %}` (`./videos.ts`); an `[embed]` of another site → a link to it;
 * - `[kml_flashembed movie="…" /]`, or paired with alternative content → the video embed when
 *   `movie` is a YouTube or Vimeo URL, else the alternative content, else the note that the video
 *   is not available (the note the build shows for a leftover `[kml_flashembed]`);
 * - `[audio]`, `[video]`, `[playlist]`, Gutenberg's audio and video blocks, `<audio>` and
 *   `<video>` tags, an `[embed]` of an audio or video file or its URL alone on a line → players of the local copies (`./players.ts`); a file with no local copy a
 *   link to it, reported;
 * - code shortcodes (`[php]`, `[code lang="js"]`) → code (`./code.ts`);
 * - page builders' shortcodes → removed, what they wrap kept (`./layout.ts`);
 * - unknown shortcodes → a visible note naming the shortcode ({@link unconvertedNote}),
 *   listed in {@link ConvertedShortcodes.unconverted} for the import report; a paired one keeps its content.
 *
 * Shortcodes are read in their plain (`[caption …]`) and escaped (`\[caption …\]`) forms, in any
 * case; curly quotes around attribute values (`movie=”…”`) are read as straight ones.
 */
import type { Losses } from "../html/losses.ts";
import {
  findClosing,
  parseAttributes,
  shortcodeTagPattern,
  type ShortcodeAttributes,
} from "../../shortcodes/attributes.ts";
import { captionFigure } from "./captions.ts";
import { chooseGallery, galleryLosses, noAttachments, type GalleryAttachments } from "./gallery.ts";
import { galleryHtml } from "./gallery-markup.ts";
import { gutenbergGalleries } from "./gutenberg-gallery.ts";
import { codeMarkup, codeShortcodes } from "./code.ts";
import { layoutShortcode, removeLayoutTag, type LayoutShortcodes } from "./layout.ts";
import { knownShortcodeNames } from "./names.ts";
import {
  embedLinkNote,
  unconvertedNote,
  type UnconvertedShortcode,
} from "../../shortcodes/notes.ts";
import { createPlaceholders, type Placeholders, type Replacement } from "./placeholders.ts";
import {
  bareVideos,
  decideVideoShortcode,
  gutenbergEmbedVideos,
  startTimeLoss,
  videoNotAvailable,
  videoTagFor,
  type VideoContext,
} from "./videos.ts";
import { noLocalMedia, type MediaResolver } from "../media/resolver.ts";
import { htmlPlayers } from "./html-players.ts";
import { playerKindOf } from "./player-markup.ts";
import { mediaShortcode, playlistShortcode, withoutTracks } from "./players.ts";

/** Result of {@link convertShortcodes}. */
export interface ConvertedShortcodes {
  /** The content with each shortcode replaced by a placeholder. */
  html: string;
  /** The Markdown of each placeholder. */
  replacements: Replacement[];
  /** Shortcodes kept as notes, in the order they appear. */
  unconverted: UnconvertedShortcode[];
  /** Addresses the images of `[caption]` figures now link to. */
  imageLinks: string[];
  /**
   * Page builders' shortcodes removed, what they wrapped kept: the names of all, in the order
   * met, and of those that showed something of their own (a button, an image, a divider), now gone.
   */
  layout: LayoutShortcodes;
}

/** The state of converting one post's shortcodes. */
interface Conversion extends VideoContext {
  /** The post's local files ({@link MediaResolver}). */
  media: MediaResolver;
  /** The export's attachments, for `[gallery]`. */
  attachments: GalleryAttachments;
  placeholders: Placeholders;
  unconverted: UnconvertedShortcode[];
  imageLinks: string[];
  layout: LayoutShortcodes;
}

/** One tag the scanner met: the text kept before it, what replaces it, and where to go on. */
interface Step {
  /** Where the text kept as it is ends (the tag's start, or before a literal's `[`). */
  keepUntil: number;
  /** What replaces the tag (and its content). */
  insert: string;
  /** Where the scan goes on. */
  next: number;
}

/** A tag as the scanner read it from {@link shortcodeTagPattern}. */
interface Tag {
  raw: string;
  /** Its name, lower case. */
  name: string;
  attributes: ShortcodeAttributes;
  closing: boolean;
  selfClosing: boolean;
  /** Where it starts and ends in the text. */
  index: number;
  end: number;
}

function readTag(match: RegExpExecArray): Tag {
  const [raw, closing, rawName, attributeText = "", selfClosing] = match;
  return {
    raw,
    name: (rawName as string).toLowerCase(),
    attributes: parseAttributes(attributeText),
    closing: closing === "/",
    selfClosing: selfClosing === "/",
    index: match.index,
    end: match.index + raw.length,
  };
}

/**
 * The closing tag of an opening one: none for a closing or self-closing tag, nor past a blank
 * line, where it closes some other paragraph's shortcode (but code keeps its blank lines).
 */
function closingOf(text: string, tag: Tag): { index: number; length: number } | undefined {
  if (tag.closing || tag.selfClosing) return undefined;
  const closing = findClosing(text, tag.name, tag.end);
  if (
    closing &&
    !codeShortcodes.has(tag.name) &&
    /\n[ \t]*\n/.test(text.slice(tag.end, closing.index))
  ) {
    return undefined;
  }
  return closing;
}

/**
 * Text in brackets (`[the minister]`, `[photo by AP]`) is text: a shortcode is a name WordPress
 * or a common plugin registers, one with a closing tag, a plugin's `prefix_name`, or one with
 * named attributes (`[pollvote id="7"]`).
 */
function isShortcode(tag: Tag, closed: boolean): boolean {
  return (
    knownShortcodeNames.has(tag.name) ||
    tag.name.includes("_") ||
    Object.keys(tag.attributes.named).length > 0 ||
    closed
  );
}

/** A note for a shortcode not converted, listed for the report. */
function noteUnconverted(conversion: Conversion, tag: Tag): string {
  conversion.unconverted.push({ name: tag.name, text: tag.raw });
  return conversion.placeholders.place(unconvertedNote(tag.name, tag.raw), false);
}

/** The placeholder of a `[gallery]`'s grid, with its losses; a note when it finds no image. */
function galleryMarkup(conversion: Conversion, tag: Tag): string {
  const chosen = chooseGallery(tag.attributes, conversion.attachments);
  const losses = galleryLosses(chosen, tag.raw, conversion.losses);
  if (chosen.gallery.images.length === 0) return losses + noteUnconverted(conversion, tag);
  const { html, links } = galleryHtml(chosen.gallery, conversion.media);
  conversion.imageLinks.push(...links);
  return losses + conversion.placeholders.place(html, true);
}

/**
 * The placeholder of an `[embed]`, `[youtube]`, `[vimeo]` or `[kml_flashembed]`, as
 * {@link decideVideoShortcode} decides (the build decides a hand-written post's the same way):
 * the video, a link to another site's page, a Flash embed's alternative content, or a note.
 */
function videoShortcodeMarkup(
  conversion: Conversion,
  tag: Tag,
  content: string | undefined,
): string {
  const { placeholders, postTitle } = conversion;
  const decision = decideVideoShortcode(tag.name, tag.attributes, content, postTitle);
  switch (decision.kind) {
    case "video":
      return (
        startTimeLoss(decision.url, conversion.losses) +
        placeholders.place(videoTagFor(decision.video, decision.title), true)
      );
    case "page": {
      // An audio or video file: WordPress's embed handlers played it.
      const kind = playerKindOf(decision.url);
      if (kind)
        return (
          mediaShortcode(kind, { named: { src: decision.url }, positional: [] }, conversion) ?? ""
        );
      // Another site's page: a link, marked and reported, as WordPress showed a card (a block).
      conversion.unconverted.push({ name: tag.name, text: tag.raw });
      return placeholders.place(embedLinkNote(tag.name, decision.url), true);
    }
    case "alternative":
      return convertText(decision.content, conversion);
    case "not-available":
      return (
        (conversion.losses?.mark(
          `${tag.raw} embedded a Flash video that is gone and names no video site's address, so readers see a note that it is not available. Fix: link the video if you can find it (a YouTube or Vimeo address alone on a line becomes the video), or delete the note`,
        ) ?? "") + placeholders.place(videoNotAvailable, true)
      );
    case "none":
      return noteUnconverted(conversion, tag);
  }
}

/** What replaces a shortcode other than code: by its name. */
function shortcodeMarkup(conversion: Conversion, tag: Tag, content: string | undefined): string {
  const { placeholders } = conversion;
  const { attributes } = tag;
  switch (tag.name) {
    case "caption":
    case "wp_caption": {
      // Never closed: WordPress showed it as text; here it is a note in the report.
      if (content === undefined) return noteUnconverted(conversion, tag);
      const convert = (text: string) => convertText(text, conversion);
      const figure = captionFigure(content, attributes, conversion.imageLinks, convert, {
        media: conversion.media,
        isAttachmentPage: (url) => conversion.attachments.isPage(url),
        losses: conversion.losses,
      });
      return placeholders.place(figure.html, true) + figure.after;
    }
    case "embed":
    case "youtube":
    case "vimeo":
    case "kml_flashembed":
      return videoShortcodeMarkup(conversion, tag, content);
    case "audio":
    case "video":
    case "playlist": {
      const note = () => noteUnconverted(conversion, tag);
      const player =
        tag.name === "playlist"
          ? playlistShortcode(attributes, tag.raw, conversion, note)
          : (mediaShortcode(tag.name, attributes, conversion, content) ?? note());
      // A [video]'s <track>s are in its player; any other content stays after it.
      const rest = content !== undefined ? withoutTracks(content) : "";
      return player + (rest.trim() !== "" ? convertText(rest, conversion) : "");
    }
    case "gallery":
      return (
        galleryMarkup(conversion, tag) +
        (content !== undefined ? convertText(content, conversion) : "")
      );
    default:
      return (
        noteUnconverted(conversion, tag) +
        (content !== undefined ? convertText(content, conversion) : "")
      );
  }
}

/**
 * What the scanner does with one tag; undefined when the tag stays as it is (text in brackets,
 * a stray closing tag that is no shortcode's).
 * @param lineBefore the converted text before the tag on its line
 */
function stepAt(
  text: string,
  tag: Tag,
  conversion: Conversion,
  lineBefore: () => string,
): Step | undefined {
  if (layoutShortcode.test(tag.name)) {
    // A page builder's tag: removed, what it wraps kept and converted where it stands.
    const insert = removeLayoutTag(text, tag.name, tag, conversion.layout);
    return { keepUntil: tag.index, insert, next: tag.end };
  }
  const closing = closingOf(text, tag);
  const after = closing ? closing.index + closing.length : tag.end;
  // `[[caption]]` (and `[[caption]…[/caption]]`) is WordPress's way to write a shortcode's
  // text literally: it is shown as `[caption]`, not run.
  if (!tag.closing && text[tag.index - 1] === "[" && text[after] === "]") {
    return { keepUntil: tag.index - 1, insert: text.slice(tag.index, after), next: after + 1 };
  }
  if (tag.closing) {
    // A closing tag with no opening one: dropped when it is a shortcode's, else kept.
    return knownShortcodeNames.has(tag.name)
      ? { keepUntil: tag.index, insert: "", next: tag.end }
      : undefined;
  }
  if (!isShortcode(tag, closing !== undefined)) return undefined;
  const content = closing ? text.slice(tag.end, closing.index) : undefined;
  if (content !== undefined && codeShortcodes.has(tag.name)) {
    const around = { before: lineBefore(), after: /^[^\n]*/.exec(text.slice(after))?.[0] ?? "" };
    const place = (markdown: string) => conversion.placeholders.place(markdown, false);
    const insert = codeMarkup(tag.name, content, tag.attributes, around, place);
    return { keepUntil: tag.index, insert, next: after };
  }
  return { keepUntil: tag.index, insert: shortcodeMarkup(conversion, tag, content), next: after };
}

/** Converts the shortcodes of a text, those inside a shortcode's content too. */
function convertText(text: string, conversion: Conversion): string {
  let output = "";
  let position = 0;
  const pattern = new RegExp(shortcodeTagPattern.source, "g");
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    const tag = readTag(match);
    const kept = text.slice(position, tag.index);
    const lineBefore = () => {
      const line = `${output.slice(output.lastIndexOf("\n") + 1)}${kept}`;
      return line.slice(line.lastIndexOf("\n") + 1);
    };
    const step = stepAt(text, tag, conversion, lineBefore);
    if (!step) continue;
    output += text.slice(position, step.keepUntil) + step.insert;
    position = step.next;
    pattern.lastIndex = position;
  }
  return output + text.slice(position);
}

/**
 * Replaces the shortcodes in a post's content (WordPress `post_content`, HTML with blank lines
 * between paragraphs), its Gutenberg video embeds and its bare video URLs by placeholders.
 * @param html the content
 * @param postTitle the post's title, for the title of a video embed without one
 * @param losses where a video's start time, which the embed cannot keep, is reported
 * @param media the post's local files: an image a `[caption]` or a gallery shows is shown from
 *   the post's folder when this gives a name for it
 * @param attachments the export's attachments, which a `[gallery]` shows
 */
export function convertShortcodes(
  html: string,
  postTitle: string,
  losses?: Losses,
  media: MediaResolver = noLocalMedia,
  attachments: GalleryAttachments = noAttachments,
): ConvertedShortcodes {
  const conversion: Conversion = {
    postTitle,
    media,
    attachments,
    losses,
    placeholders: createPlaceholders(),
    unconverted: [],
    imageLinks: [],
    layout: { names: [], dropped: [] },
  };
  // A Gutenberg embed block: its figcaption, when it has one, is the video's title.
  const withEmbeds = gutenbergEmbedVideos(html.replace(/\r\n?/g, "\n"), conversion);
  const withGalleries = gutenbergGalleries(withEmbeds, conversion);
  // After the shortcodes, so that an <audio> or a file's URL written in a [code] block stays code.
  const withPlayers = htmlPlayers(convertText(withGalleries, conversion), conversion);
  const withUrls = bareVideos(withPlayers, conversion);
  const { placeholders, unconverted, imageLinks, layout } = conversion;
  return {
    html: withUrls,
    replacements: placeholders.replacements,
    unconverted,
    imageLinks,
    layout,
  };
}
