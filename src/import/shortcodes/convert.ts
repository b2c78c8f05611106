/**
 * WordPress shortcodes in a post's content, converted before the HTML becomes Markdown.
 *
 * Each shortcode is replaced by a placeholder (letters and digits only, so neither the HTML
 * sanitiser nor turndown changes it) and its Markdown is put back afterwards
 * ({@link restorePlaceholders}):
 *
 * - `[caption]…[/caption]` → an HTML `<figure>` with the image (and its link) and a `<figcaption>`;
 * - `[embed]URL[/embed]`, `[youtube URL]`, `[youtube=URL]`, `[youtube id="ID"]`, `[vimeo ID]`,
 *   `[vimeo]URL[/vimeo]`, and a bare YouTube or Vimeo URL alone on a line → `{% video "URL" "title" %}`;
 *   an `[embed]` of another site → a link to it;
 * - `[kml_flashembed movie="…" /]`, or paired with alternative content → the video embed when
 *   `movie` is a YouTube or Vimeo URL, else the alternative content, else the note that the video
 *   is not available (the note the build shows for a leftover `[kml_flashembed]`);
 * - `[gallery]` and unknown shortcodes → a visible note naming the shortcode, listed in
 *   {@link ConvertedShortcodes.unconverted} for the import report; a paired one keeps its content.
 *
 * Shortcodes are read in their plain (`[caption …]`) and escaped (`\[caption …\]`) forms, in any
 * case; curly quotes around attribute values (`movie=”…”`) are read as straight ones.
 */
import { decodeHTML } from "entities";
import { escapeHtml } from "../../shared/html.ts";
import { legacyNoteHtml, legacyShortcodes } from "../../markdown/legacy-shortcodes.ts";
import { sanitizeRawHtml } from "../../markdown/raw-html.ts";
import { plainText } from "../../shared/plain-text.ts";
import { imagesAsLinks } from "../body/images.ts";
import { parseVideoUrl, type Video } from "../../video/video-url.ts";

/** A shortcode the import could not convert, as the author wrote it. */
export interface UnconvertedShortcode {
  /** Its name, lower case: `gallery`. */
  name: string;
  /** The opening tag as written: `[gallery ids="4,5"]`. */
  text: string;
}

/** Where the import reports what it drops: `mark` returns a text to leave at the place. */
export interface Losses {
  /**
   * Records a loss; returns a placeholder (`WPLOSS3X`) to leave where it was, removed again once
   * its line is known.
   * @param message what was lost and the fix, completing `<file>:<line>: `
   */
  mark(message: string): string;
}

/** What stands in for one placeholder once the content is Markdown. */
export interface Replacement {
  /** The placeholder in the HTML: `WPSHORTCODE3X`. */
  placeholder: string;
  /** Markdown that replaces it. */
  markdown: string;
  /** A block stands on lines of its own, splitting a paragraph it was in. */
  block: boolean;
}

/** Result of {@link convertShortcodes}. */
export interface ConvertedShortcodes {
  /** The content with each shortcode replaced by a placeholder. */
  html: string;
  /** The Markdown of each placeholder. */
  replacements: Replacement[];
  /** Shortcodes kept as notes, in the order they appear. */
  unconverted: UnconvertedShortcode[];
  /** Addresses the images of `[caption]` figures now link to ({@link imagesAsLinks}). */
  imageLinks: string[];
  /**
   * Page builders' shortcodes removed ({@link layoutShortcode}), what they wrapped kept: the
   * names of all, in the order met, and of those that showed something of their own (a button,
   * an image, a divider), now gone.
   */
  layout: { names: string[]; dropped: string[] };
}

/** Attributes of a shortcode: named ones, and the positional ones in order. */
export interface ShortcodeAttributes {
  named: Record<string, string>;
  positional: string[];
}

/** Shortcodes WordPress and its common plugins register, recognised even without attributes. */
const knownNames = new Set([
  "caption",
  "wp_caption",
  "embed",
  "youtube",
  "vimeo",
  "kml_flashembed",
  "gallery",
  "audio",
  "video",
  "playlist",
  "googlemaps",
  "slideshow",
  "soundcloud",
  "pullquote",
  "contact-form",
  "contact-form-7",
  "wpforms",
  "ninja_form",
  "gravityform",
  "twitter-follow",
  "tweet",
  "instagram",
  "facebook",
  "dailymotion",
  "ted",
  "scribd",
  "slideshare",
  "googleapps",
  "gist",
  "latex",
  "polldaddy",
  "crowdsignal",
  "recipe",
  "archives",
  "sitemap",
  "toc",
  "button",
  "su_button",
  "su_note",
  "su_quote",
  "su_spoiler",
  "su_box",
  // WordPress.com and Jetpack (jetpack/modules/shortcodes), and common embed plugins.
  "wpvideo",
  "videopress",
  "spotify",
  "bandcamp",
  "mixcloud",
  "flickr",
  "getty",
  "googlevideo",
  "twitchtv",
  "twitch",
  "vine",
  "hulu",
  "kickstarter",
  "brightcove",
  "archiveorg",
  "archiveorg-book",
  "pinterest",
  "houzz",
  "medium",
  "wufoo",
  "gravatar",
  "gravatar_profile",
  "presentation",
  "slide",
  "quiz",
  "upcoming_events",
  "recipe-notes",
  "recipe-ingredients",
  "recipe-directions",
  "recipe-nutrition",
  "simple-payment",
  "lytro",
  "blip.tv",
  "bliptv",
  "digg",
  "issuu",
  "prezi",
  "livestream",
  "ustream",
  "office",
  "googledocs",
  "gdoc",
  "wp_ulike",
  "mc4wp_form",
  "rev_slider",
  "smartslider3",
  "metaslider",
  "pdf-embedder",
  "embeddoc",
  "table",
  "tablepress",
  "ngg",
  "nggallery",
  "envira-gallery",
  "foogallery",
  "audio-player",
]);

/**
 * Page builders' shortcodes (Divi `et_pb_*`, WPBakery `vc_*`, Avada `fusion_*`, Shortcodes
 * Ultimate `su_*`, Themify, Enfold `av_*`, Beaver Builder `fl_*`, Cornerstone `cs_*`, Elementor,
 * Flatsome `ux_*`, Tatsu, Thrive `tcb_*`): their tags are removed and what they wrap is kept.
 */
export const layoutShortcode =
  /^(?:et_pb_|vc_|fusion_|su_|themify_|av_|fl_|cs_|elementor|ux_|tatsu_|tcb_|mk_|x_)/;

/** A layout shortcode's tag that separates blocks (a section, row, column or text module). */
const layoutBlock =
  /(?:section|row|column|col|container|text|wrapper|box|tab|tabs|accordion|toggle|spoiler|note|quote|module|inner|block|layout|one_|two_|three_|four_|full|half|third|fourth|fifth)/;

/** Page-builder shortcodes that only lay out what they wrap, removed without a word. */
function wrapsOnly(name: string): boolean {
  return layoutBlock.test(name.replace(layoutShortcode, ""));
}

/**
 * Code shortcodes of SyntaxHighlighter Evolved and the WordPress.com code block: the name is the
 * language (`[php]`), or `[code]`/`[sourcecode]` name it in `language=` or `lang=`.
 */
export const codeShortcodes: ReadonlyMap<string, string> = new Map([
  ["code", ""],
  ["sourcecode", ""],
  ...(
    [
      ["php", "php"],
      ["js", "js"],
      ["javascript", "js"],
      ["jscript", "js"],
      ["css", "css"],
      ["html", "html"],
      ["xml", "xml"],
      ["xhtml", "html"],
      ["bash", "bash"],
      ["shell", "bash"],
      ["sh", "bash"],
      ["sql", "sql"],
      ["python", "python"],
      ["py", "python"],
      ["ruby", "ruby"],
      ["rails", "ruby"],
      ["java", "java"],
      ["c", "c"],
      ["cpp", "cpp"],
      ["csharp", "csharp"],
      ["perl", "perl"],
      ["diff", "diff"],
      ["text", "text"],
      ["plain", "text"],
      ["ps", "powershell"],
      ["powershell", "powershell"],
    ] as const
  ).map(([name, language]) => [name, language] as [string, string]),
]);

/** An opening, self-closing or closing tag, plain or escaped with backslashes. */
const tagPattern = /\\?\[(\/?)([A-Za-z_][\w-]*)((?:=|\s)[^\]]*?)?\s*(\/?)\\?\]/g;

/** Curly and prime quotes around attribute values, read as straight quotes. */
export function straightenQuotes(attributes: string): string {
  return attributes
    .replace(/[“”„‟″]/g, '"')
    .replace(/=\s*[‘‚‛′]([^]*?)[’′'](?=\s|\/|\\|$)/g, '="$1"');
}

/**
 * Reads a shortcode's attribute text: `id="a" width=300 caption='x' http://y` →
 * `{ named: { id: "a", width: "300", caption: "x" }, positional: ["http://y"] }`;
 * `=http://y` (as in `[youtube=http://y]`) → `{ positional: ["http://y"] }`.
 * Names are lower case; HTML entities for quotes and `&amp;` are decoded.
 */
export function parseAttributes(text: string): ShortcodeAttributes {
  const decoded = straightenQuotes(
    text
      .replace(/&#8220;|&#8221;|&#8243;|&quot;/g, '"')
      .replace(/&#8216;|&#8217;|&#039;/g, "'")
      .replace(/&amp;/g, "&"),
  ).replace(/\\$/, "");
  if (/^\s*=/.test(decoded))
    return { named: {}, positional: [decoded.replace(/^\s*=\s*/, "").trim()] };
  const named: Record<string, string> = {};
  const positional: string[] = [];
  const pattern = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))|"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const match of decoded.matchAll(pattern)) {
    if (match[1]) named[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? "";
    else positional.push(match[5] ?? match[6] ?? match[7] ?? "");
  }
  return { named, positional };
}

/** The YouTube or Vimeo video a URL names, or undefined. */
function videoAt(url: string | undefined): Video | undefined {
  if (!url) return undefined;
  try {
    return parseVideoUrl(url.replace(/&amp;/g, "&"));
  } catch {
    return undefined;
  }
}

/** The `{% video %}` tag of a video, its title without double quotes. */
export function videoTagFor(video: Video, title: string): string {
  const safe = title.replace(/"/g, "'").replace(/\s+/g, " ").trim() || "Video";
  return `{% video "${video.watchUrl}" "${safe}" %}`;
}

/** What the build shows for a Flash embed whose video is gone (`src/markdown/legacy-shortcodes.ts`). */
export const videoNotAvailable = legacyNoteHtml(
  legacyShortcodes.kml_flashembed?.note ??
    "The video embedded in the original post is not available.",
);

/** The visible note left in place of a shortcode the import does not convert. */
export function unconvertedNote(name: string, text: string): string {
  const shown = text
    .replace(/^\\?\[/, "")
    .replace(/\\?\]$/, "")
    .replace(/\s*\/$/, "");
  return `<span class="legacy-embed" role="note" data-wordpress-shortcode="${escapeHtml(name)}">Not converted from WordPress: the shortcode ${escapeHtml(shown)}</span>`;
}

/**
 * The `<figure>` of a `[caption]`: its image as a link to the image's address
 * ({@link imagesAsLinks}), and the caption, sanitised; `links` collects that address. Shortcodes
 * inside the caption (an `[embed]` in a `[caption]`) are converted with `convert` and their
 * placeholders returned in `after`, to follow the figure, since a figcaption holds only text.
 */
function captionFigure(
  content: string,
  attributes: ShortcodeAttributes,
  links: string[],
  convert: (text: string) => string,
): { html: string; after: string } {
  const image =
    /^\s*(<a\s[^>]*>\s*<img\s[^>]*>\s*<\/a>|<img\s[^>]*>)/i.exec(content)?.[1] ??
    /(<a\s[^>]*>\s*<img\s[^>]*>\s*<\/a>|<img\s[^>]*>)/i.exec(content)?.[1] ??
    "";
  const converted = convert((attributes.named.caption ?? content.replace(image, "")).trim());
  const placeholders = converted.match(/WPSHORTCODE\d+X/g) ?? [];
  const caption = converted.replace(/WPSHORTCODE\d+X/g, "").trim();
  const lines = ["<figure>"];
  if (image) {
    const linked = imagesAsLinks(sanitizeRawHtml(image));
    links.push(...linked.links);
    lines.push(linked.html.replace(/\n/g, " "));
  }
  if (caption)
    lines.push(
      `<figcaption>${sanitizeRawHtml(caption)
        .replace(/\s*\n\s*/g, " ")
        .replace(/\{%/g, "&#123;%")}</figcaption>`,
    );
  lines.push("</figure>");
  return { html: lines.join("\n"), after: placeholders.join("\n\n") };
}

/** The marked note of an `[embed]` of a page that is not a video: a link to the page. */
export function embedLinkNote(name: string, url: string): string {
  return `<span class="legacy-embed" role="note" data-wordpress-shortcode="${escapeHtml(name)}">Embedded on the old site: <a href="${escapeHtml(url)}">${escapeHtml(url)}</a></span>`;
}

/**
 * A code span of `code`, its backtick fence longer than any run of backticks in it:
 * `{% map "x" %}` → `` `{% map "x" %}` ``.
 */
export function codeSpan(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
  return `${fence}${pad}${code}${pad}${fence}`;
}

/**
 * The code of a code shortcode as written: the line breaks after the opening and before the
 * closing tag dropped; HTML entities decoded when the visual editor wrote them (the code has
 * `&lt;` and no `<` of its own).
 */
export function codeText(content: string): string {
  const code = content.replace(/^[ \t]*\n/, "").replace(/\n[ \t]*$/, "");
  if (code.includes("<") || !/&(?:lt|gt|amp|quot|#\d+);/.test(code)) return code;
  return decodeHTML(code);
}

/** Finds the closing tag of `name` from `from`: its index and length, or undefined. */
function findClosing(text: string, name: string, from: number) {
  const pattern = new RegExp(`\\\\?\\[\\/${name.replace(/-/g, "\\-")}\\\\?\\]`, "gi");
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? { index: match.index, length: match[0].length } : undefined;
}

/**
 * Replaces the shortcodes in a post's content (WordPress `post_content`, HTML with blank lines
 * between paragraphs) by placeholders.
 * @param html the content
 * @param postTitle the post's title, for the title of a video embed without one
 * @param losses where a video's start time, which the embed cannot keep, is reported
 */
export function convertShortcodes(
  html: string,
  postTitle: string,
  losses?: Losses,
): ConvertedShortcodes {
  const replacements: Replacement[] = [];
  const imageLinks: string[] = [];
  const unconverted: UnconvertedShortcode[] = [];
  const layout = { names: [] as string[], dropped: [] as string[] };
  const place = (markdown: string, block: boolean): string => {
    const placeholder = `WPSHORTCODE${replacements.length}X`;
    replacements.push({ placeholder, markdown, block });
    return placeholder;
  };
  const videoTitle = (attributes: ShortcodeAttributes) =>
    attributes.named.title ?? `Video from “${postTitle}”`;
  // `{% video %}` starts at the beginning: a start time (`?t=30`, `&start=30`) is reported.
  const startLoss = (url: string | undefined) => {
    const start = /[?&#](?:t|start|time_continue)=(\d+[hms\d]*)/.exec(
      (url ?? "").replace(/&amp;/g, "&"),
    )?.[1];
    return start && losses
      ? losses.mark(
          `the video ${(url ?? "").replace(/&amp;/g, "&")} started at ${/^\d+$/.test(start) ? `${start}s` : start} on the old site; the embed starts at the beginning. Fix: say in the text where to start watching`,
        )
      : "";
  };

  const convert = (text: string): string => {
    let output = "";
    let position = 0;
    const pattern = new RegExp(tagPattern.source, "g");
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text))) {
      const [raw, closing, rawName, attributeText = "", selfClosing] = match;
      const name = (rawName as string).toLowerCase();
      const attributes = parseAttributes(attributeText);
      const end = match.index + raw.length;
      // A page builder's tag: removed, what it wraps kept and converted where it stands.
      if (layoutShortcode.test(name)) {
        if (!layout.names.includes(name)) layout.names.push(name);
        // One that wraps nothing (`[et_pb_button button_url="…"][/et_pb_button]`) showed
        // something of its own, which is gone; one around text (`[su_highlight]`) styled it.
        const closingOwn = closing || selfClosing ? undefined : findClosing(text, name, end);
        const wrapped = closingOwn ? text.slice(end, closingOwn.index).trim() : "";
        if (!closing && !wrapsOnly(name) && wrapped === "" && !layout.dropped.includes(name)) {
          layout.dropped.push(name);
        }
        output += text.slice(position, match.index) + (wrapsOnly(name) ? "\n\n" : "");
        position = end;
        continue;
      }
      let closingTag = closing || selfClosing ? undefined : findClosing(text, name, end);
      // A closing tag past a blank line closes some other paragraph's shortcode, not this one
      // (but code keeps its blank lines).
      if (
        closingTag &&
        !codeShortcodes.has(name) &&
        /\n[ \t]*\n/.test(text.slice(end, closingTag.index))
      ) {
        closingTag = undefined;
      }
      // `[[caption]]` (and `[[caption]…[/caption]]`) is WordPress's way to write a shortcode's
      // text literally: it is shown as `[caption]`, not run.
      const literalEnd = closingTag ? closingTag.index + closingTag.length : end;
      if (!closing && text[match.index - 1] === "[" && text[literalEnd] === "]") {
        output += text.slice(position, match.index - 1) + text.slice(match.index, literalEnd);
        position = literalEnd + 1;
        pattern.lastIndex = position;
        continue;
      }
      if (closing) {
        // A closing tag with no opening one: dropped when it is a shortcode's, else kept.
        if (!knownNames.has(name)) continue;
        output += text.slice(position, match.index);
        position = end;
        continue;
      }
      // Text in brackets (`[the minister]`, `[photo by AP]`) is text: a shortcode is a name
      // WordPress or a common plugin registers, one with a closing tag, a plugin's
      // `prefix_name`, or one with named attributes (`[pollvote id="7"]`).
      const isShortcode =
        knownNames.has(name) ||
        name.includes("_") ||
        Object.keys(attributes.named).length > 0 ||
        closingTag !== undefined;
      if (!isShortcode) continue;
      const content = closingTag ? text.slice(end, closingTag.index) : undefined;
      output += text.slice(position, match.index);
      position = closingTag ? closingTag.index + closingTag.length : end;
      if (content !== undefined && codeShortcodes.has(name)) {
        const code = codeText(content);
        const language =
          codeShortcodes.get(name) ||
          (attributes.named.language ?? attributes.named.lang ?? "").replace(/[^\w+#-]/g, "");
        const before = output.slice(output.lastIndexOf("\n") + 1);
        const after = /^[^\n]*/.exec(text.slice(position))?.[0] ?? "";
        if (!code.includes("\n") && (before.trim() !== "" || after.trim() !== "")) {
          output += place(codeSpan(code), false);
        } else {
          const className = language ? ` class="language-${escapeHtml(language)}"` : "";
          output += `\n\n<pre><code${className}>${escapeHtml(code)}</code></pre>\n\n`;
        }
        pattern.lastIndex = position;
        continue;
      }

      const url = (content ?? "").trim() || attributes.positional[0] || attributes.named.url;
      switch (name) {
        case "caption":
        case "wp_caption":
          if (content === undefined) {
            // Never closed: WordPress showed it as text; here it is a note in the report.
            unconverted.push({ name, text: raw });
            output += place(unconvertedNote(name, raw), false);
          } else {
            const figure = captionFigure(content, attributes, imageLinks, convert);
            output += place(figure.html, true) + figure.after;
          }
          break;
        case "embed":
        case "youtube":
        case "vimeo": {
          const id = attributes.named.id;
          const video =
            videoAt(url) ??
            (id && name === "youtube"
              ? videoAt(`https://www.youtube.com/watch?v=${id}`)
              : undefined) ??
            (id && name === "vimeo" ? videoAt(`https://vimeo.com/${id}`) : undefined) ??
            (name === "vimeo" && url && /^\d+$/.test(url)
              ? videoAt(`https://vimeo.com/${url}`)
              : undefined);
          if (video)
            output += startLoss(url) + place(videoTagFor(video, videoTitle(attributes)), true);
          else if (url && /^https?:\/\//.test(url)) {
            // Another site's page: a link, marked and reported, as WordPress showed a card.
            unconverted.push({ name, text: raw });
            output += place(embedLinkNote(name, url.replace(/&amp;/g, "&")), false);
          } else {
            unconverted.push({ name, text: raw });
            output += place(unconvertedNote(name, raw), false);
          }
          break;
        }
        case "kml_flashembed": {
          const video = videoAt(attributes.named.movie);
          if (video) output += place(videoTagFor(video, videoTitle(attributes)), true);
          else if (content !== undefined && content.trim() !== "") output += convert(content);
          else output += place(videoNotAvailable, true);
          break;
        }
        default:
          unconverted.push({ name, text: raw });
          output += place(unconvertedNote(name, raw), false);
          if (content !== undefined) output += convert(content);
      }
      pattern.lastIndex = position;
    }
    return output + text.slice(position);
  };

  // A Gutenberg embed block: its figcaption, when it has one, is the video's title.
  const withEmbeds = html
    .replace(/\r\n?/g, "\n")
    .replace(
      /<figure\b[^>]*\bwp-block-embed\b[^>]*>\s*<div\b[^>]*>\s*(https?:\/\/[^\s<>"]+)\s*<\/div>\s*(?:<figcaption\b[^>]*>([^]*?)<\/figcaption>)?\s*<\/figure>/gi,
      (figure, url: string, caption: string | undefined) => {
        const video = videoAt(url);
        if (!video) return figure;
        const title = plainText(caption ?? "") || `Video from “${postTitle}”`;
        return `\n\n${startLoss(url)}${place(videoTagFor(video, title), true)}\n\n`;
      },
    );
  const withShortcodes = convert(withEmbeds);
  // A YouTube or Vimeo URL alone on a line (WordPress's oEmbed), or a player's <iframe>.
  const withUrls = withShortcodes
    .split("\n")
    .map((line) => {
      const url = /^\s*(?:<a\s[^>]*>\s*)?(https?:\/\/[^\s<>"]+)(?:\s*<\/a>)?\s*$/.exec(line)?.[1];
      const video = videoAt(url);
      // Blank lines around it make it a paragraph of its own before wpautop.
      return video
        ? `\n${startLoss(url)}${place(videoTagFor(video, `Video from “${postTitle}”`), true)}\n`
        : line;
    })
    .join("\n")
    .replace(/<iframe\s[^>]*?src=["']([^"']+)["'][^>]*>\s*<\/iframe>/gi, (iframe, src: string) => {
      const video = videoAt(src.startsWith("//") ? `https:${src}` : src);
      return video
        ? startLoss(src) + place(videoTagFor(video, `Video from “${postTitle}”`), true)
        : iframe;
    });
  return { html: withUrls, replacements, unconverted, imageLinks, layout };
}

/**
 * Puts each placeholder's Markdown back into the converted Markdown: a block on lines of its
 * own (blank lines around it), an inline one where it stood.
 */
export function restorePlaceholders(
  markdown: string,
  replacements: readonly Replacement[],
): string {
  let result = markdown;
  for (const { placeholder, markdown: replacement, block } of replacements) {
    result = result.replace(placeholder, () => (block ? `\n\n${replacement}\n\n` : replacement));
  }
  return (
    result
      .split("\n")
      .map((line) =>
        line
          .replace(/[ \t]+$/, "")
          .replace(/^[ \t]+(?=\{% video|<figure>|<span class="legacy-embed")/, ""),
      )
      .join("\n")
      // A hard break (a backslash) left at the end of a paragraph a block split.
      .replace(/\\\n(?=\s*\n)/g, "\n")
      .split(/(^(`{3,}|~{3,})[^\n]*\n[^]*?\n\2[ \t]*$)/m)
      // Blank lines a block left are collapsed, except in fenced code, where they are the code's.
      .map((part, index) =>
        index % 3 === 0 ? part.replace(/\n{3,}/g, "\n\n") : index % 3 === 1 ? part : "",
      )
      .join("")
      .trim()
  );
}
