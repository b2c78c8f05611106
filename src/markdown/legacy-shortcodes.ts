/**
 * markdown-it plugin: WordPress shortcodes left in a hand-written post are converted as the
 * WordPress import converts them, by the same decisions (`src/shortcodes/`), so a post reads the
 * same whether it was imported or written by hand. A shortcode alone in its paragraph:
 *
 * - `[embed]`, `[youtube]`, `[vimeo]`, `[kml_flashembed movie="…"]` of a YouTube or Vimeo video →
 *   the click-to-load video figure `{% video %}` makes (`src/video/figure.ts`), titled by its
 *   `title=` or `Video from “<post title>”`;
 * - `[embed]` of another site's page → the note with a link to the page the import writes;
 * - `[caption]<img …> Text[/caption]` → the `<figure>` with the image and its `<figcaption>`.
 *
 * A `[kml_flashembed]` anywhere else becomes a link to its video, its alternative content
 * (`[kml_flashembed movie="x.swf"]content[/kml_flashembed]`), or a short visible note that the
 * video is not available. Every shortcode that does not become what it showed (a note, a link, its
 * alternative content) is a warning naming the file and line. Other shortcodes stay text.
 */
import type { MarkdownIt, StateBlock, StateCore, StateInline, Token } from "markdown-it";
import { warn as printWarning, type ContentProblem } from "../errors.ts";
import { escapeHtml } from "../shared/html.ts";
import {
  findClosing,
  parseAttributes,
  shortcodeTagPattern,
  type ShortcodeAttributes,
} from "../shortcodes/attributes.ts";
import { captionFigureHtml, captionParts, captionShortcodeNames } from "../shortcodes/captions.ts";
import { embedLinkNote } from "../shortcodes/notes.ts";
import {
  decideVideoShortcode,
  videoShortcodeNames,
  type VideoDecision,
} from "../shortcodes/videos.ts";
import { renderVideoFigure } from "../video/figure.ts";
import type { Video } from "../video/video-url.ts";
import { fileLineOfBlock } from "./geojson-fence.ts";
import { inputFile, type EleventyEnv } from "./env.ts";
import { sanitizeRawHtml } from "./raw-html.ts";
import { videoFigureId } from "./video-tag.ts";

/** What Dispatch does with one legacy shortcode it cannot show. */
export interface LegacyShortcode {
  /** The note readers see in its place. */
  note: string;
  /** What the build warns, after `file:line: warning:`. */
  warning: string;
  /** What the author can do about it. */
  fix: string;
}

/** The shortcodes read anywhere in a paragraph, by name. */
export const legacyShortcodes: Readonly<Record<string, LegacyShortcode>> = {
  kml_flashembed: {
    note: "The video embedded in the original post is not available.",
    warning:
      "[kml_flashembed] is a WordPress Flash video embed; Flash is gone and the video is shown as a note that it is not available",
    fix: "Replace it with a link to the video if you can find it, or delete it",
  },
};

/** A warning about a shortcode, kept on its token until the file and line are known. */
type Warning = Pick<ContentProblem, "message" | "fix">;

/** The warnings of what a shortcode became, when it is not what it showed on the old site. */
const warnings = {
  alternative: {
    message:
      "[kml_flashembed] is a WordPress Flash video embed of no YouTube or Vimeo video; Flash is gone and readers see its alternative content",
    fix: "Replace it with a link to the video if you can find it, or remove the [kml_flashembed] tags",
  },
  inlineVideo: {
    message:
      "[kml_flashembed] names a video but stands inside a paragraph, so readers get a link to the video, not the video",
    fix: 'Put the shortcode in a paragraph of its own, or write {% video "URL" "Title" %} on a line of its own',
  },
  page: (name: string): Warning => ({
    message: `[${name}] embeds another site's page, which readers see as a link to it`,
    fix: "Nothing to do, or say in the text what the page shows",
  }),
} as const;

/**
 * Matches a known shortcode tag at the start of `text`: an opening or self-closing tag
 * `[name attr="v" ... /]`, or a closing tag `[/name]`. Names match in any case.
 * Returns the name (lower case), whether it is a closing tag, and the length of the match.
 */
export function matchShortcode(
  text: string,
): { name: string; closing: boolean; length: number } | undefined {
  const match =
    /^\[(\/?)([a-z][\w-]*)((?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|[^\s\]"']+))?)*)\s*\/?\]/i.exec(text);
  const name = match?.[2]?.toLowerCase();
  if (!match || !name || !(name in legacyShortcodes)) return undefined;
  const closing = match[1] === "/";
  if (closing && (match[3] ?? "").trim() !== "") return undefined;
  return { name, closing, length: match[0].length };
}

/** A shortcode that is the whole of a paragraph's text. */
export interface StandaloneShortcode {
  /** Its name, lower case. */
  name: string;
  attributes: ShortcodeAttributes;
  /** What it wraps; undefined for a tag without a closing one. */
  content: string | undefined;
}

/**
 * Reads `text` as one shortcode the build converts in a paragraph of its own (a video or a
 * caption: `[youtube URL]`, `[embed]URL[/embed]`, `[caption …]<img …> Text[/caption]`), read as
 * the import reads it; undefined when the text is anything else (text before or after it, an
 * escaped `\[`, WordPress's literal `[[caption]]`, another shortcode).
 */
export function standaloneShortcode(text: string): StandaloneShortcode | undefined {
  const match = new RegExp(shortcodeTagPattern.source, "y").exec(text);
  if (!match || !text.startsWith("[") || match[1] === "/") return undefined;
  const [raw, , rawName = "", attributeText = "", selfClosing] = match;
  const name = rawName.toLowerCase();
  if (!videoShortcodeNames.has(name) && !captionShortcodeNames.has(name)) return undefined;
  const attributes = parseAttributes(attributeText);
  const rest = text.slice(raw.length);
  if (selfClosing === "/" || rest.trim() === "") {
    return rest.trim() === "" ? { name, attributes, content: undefined } : undefined;
  }
  const closing = findClosing(text, name, raw.length);
  if (!closing || text.slice(closing.index + closing.length).trim() !== "") return undefined;
  return { name, attributes, content: text.slice(raw.length, closing.index) };
}

/** The post's title as Eleventy hands it to markdown-it (the page's data), or "". */
function postTitle(env: unknown): string {
  const title = (env as { title?: unknown } | undefined)?.title;
  return typeof title === "string" ? title : "";
}

/** What a standalone shortcode becomes: a video, or HTML; undefined when it stays as it is. */
type BlockResult =
  { video: Video; title: string } | { html: string; warning?: Warning | undefined } | undefined;

/** Decides what a standalone shortcode becomes, as the import decides it. */
function blockResult(shortcode: StandaloneShortcode, title: string): BlockResult {
  const { name, attributes, content } = shortcode;
  if (captionShortcodeNames.has(name)) {
    if (content === undefined) return undefined;
    const { image, caption } = captionParts(content, attributes);
    const figure = captionFigureHtml(
      image ? sanitizeRawHtml(image) : "",
      caption ? sanitizeRawHtml(caption) : "",
    );
    return { html: `${figure}\n` };
  }
  const decision: VideoDecision = decideVideoShortcode(name, attributes, content, title);
  if (decision.kind === "video") return { video: decision.video, title: decision.title };
  if (decision.kind === "page") {
    return { html: `<p>${embedLinkNote(name, decision.url)}</p>\n`, warning: warnings.page(name) };
  }
  return undefined;
}

/** The lines of a paragraph from `startLine`: up to a blank line, or one less indented. */
function paragraphEnd(state: StateBlock, startLine: number, endLine: number): number {
  let next = startLine + 1;
  while (next < endLine && !state.isEmpty(next) && (state.sCount[next] ?? 0) >= state.blkIndent) {
    next++;
  }
  return next;
}

/** The block rule: a paragraph that is one video or caption shortcode. */
function shortcodeBlockRule(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean,
): boolean {
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
  if (state.src.charCodeAt(start) !== 0x5b /* [ */) return false;
  const end = paragraphEnd(state, startLine, endLine);
  const lines: string[] = [];
  for (let line = startLine; line < end; line++) {
    const from = (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
    lines.push(state.src.slice(from, state.eMarks[line]));
  }
  const shortcode = standaloneShortcode(lines.join("\n"));
  const result = shortcode && blockResult(shortcode, postTitle(state.env));
  if (!result) return false;
  if (silent) return true;
  const token =
    "video" in result
      ? state.push("legacy_shortcode_video", "", 0)
      : state.push("html_block", "", 0);
  if ("video" in result) token.meta = { video: result.video, title: result.title };
  else {
    token.content = result.html;
    if (result.warning) token.meta = { legacyWarning: result.warning };
  }
  token.map = [startLine, end];
  token.block = true;
  state.line = end;
  return true;
}

/** What an inline `[kml_flashembed]` becomes, as {@link decideVideoShortcode} decides. */
function inlineDecision(state: StateInline, tagLength: number): VideoDecision {
  const text = state.src.slice(state.pos, state.posMax);
  const match = new RegExp(shortcodeTagPattern.source, "y").exec(text);
  const attributes = parseAttributes(match?.[3] ?? "");
  const closing = match?.[4] === "/" ? undefined : findClosing(text, "kml_flashembed", tagLength);
  const content = closing ? text.slice(tagLength, closing.index) : undefined;
  return decideVideoShortcode("kml_flashembed", attributes, content, postTitle(state.env));
}

function shortcodeRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
  const found = matchShortcode(state.src.slice(state.pos, state.posMax));
  if (!found) return false;
  if (!silent) {
    // A closing tag ([/name]) renders as nothing: the opening tag already stands for it.
    const token = state.push(found.closing ? "legacy_shortcode_close" : "legacy_shortcode", "", 0);
    token.content = state.src.slice(state.pos, state.pos + found.length);
    const decision = found.closing ? undefined : inlineDecision(state, found.length);
    token.meta = { name: found.name, decision };
  }
  state.pos += found.length;
  return true;
}

/** Options of {@link legacyShortcodesPlugin}. */
export interface LegacyShortcodesOptions {
  /**
   * Prints a warning.
   * @default `warn` of `src/errors.ts`: `file:line: warning: …` on stderr
   */
  warn?: ((problem: ContentProblem) => void) | undefined;
}

/** The warning of an inline shortcode's token, as its decision says. */
function inlineWarning(child: Token): Warning {
  const { name, decision } = child.meta as { name: string; decision: VideoDecision };
  if (decision.kind === "video") return warnings.inlineVideo;
  if (decision.kind === "alternative") return warnings.alternative;
  const shortcode = legacyShortcodes[name] as LegacyShortcode;
  return { message: shortcode.warning, fix: shortcode.fix };
}

/** Warns once for every shortcode shown as something else, with the line it stands on. */
function warnRule(state: StateCore, warn: (problem: ContentProblem) => void): void {
  const env = state.env as EleventyEnv;
  const at = (line: number, warning: Warning) =>
    warn({ file: inputFile(env), line: fileLineOfBlock(env, line), ...warning });
  // Inline content of table cells has no line map of its own: use the nearest block's.
  let blockLine = 0;
  for (const block of state.tokens) {
    if (block.map) blockLine = block.map[0];
    const blockWarning = (block.meta as { legacyWarning?: Warning } | null)?.legacyWarning;
    if (blockWarning) at(blockLine, blockWarning);
    if (block.type !== "inline" || !block.children) continue;
    let breaks = 0;
    for (const child of block.children) {
      if (child.type === "softbreak" || child.type === "hardbreak") breaks++;
      if (child.type === "legacy_shortcode") at(blockLine + breaks, inlineWarning(child));
    }
  }
}

/** The note readers see in place of a legacy shortcode (or what the WordPress import left). */
export function legacyNoteHtml(note: string): string {
  return `<span class="legacy-embed" role="note">${escapeHtml(note)}</span>`;
}

/** The HTML of an inline shortcode's token: a link to its video, nothing, or the note. */
function renderInline(child: Token | undefined): string {
  const { name, decision } = child?.meta as { name: string; decision: VideoDecision };
  if (decision.kind === "video") {
    return `<a href="${escapeHtml(decision.video.watchUrl)}">${escapeHtml(decision.title)}</a>`;
  }
  if (decision.kind === "alternative") return "";
  return legacyNoteHtml((legacyShortcodes[name] as LegacyShortcode).note);
}

/** Registers legacy shortcode handling on `md`; each warning is reported with `options.warn`. */
export function legacyShortcodesPlugin(
  md: MarkdownIt,
  options: LegacyShortcodesOptions = {},
): void {
  const warn = options.warn ?? printWarning;
  md.block.ruler.before("paragraph", "legacy_shortcode_block", shortcodeBlockRule);
  md.inline.ruler.before("link", "legacy_shortcode", shortcodeRule);
  md.core.ruler.after("inline", "legacy_shortcode_warnings", (state) => warnRule(state, warn));
  md.renderer.rules.legacy_shortcode = (tokens, index) => renderInline(tokens[index]);
  md.renderer.rules.legacy_shortcode_close = () => "";
  md.renderer.rules.legacy_shortcode_video = (tokens, index, _options, rawEnv) => {
    const env = (rawEnv ?? {}) as EleventyEnv;
    const token = tokens[index];
    const { video, title } = token?.meta as { video: Video; title: string };
    const line = fileLineOfBlock(env, token?.map?.[0] ?? 0);
    return renderVideoFigure(video, title, videoFigureId(env, line));
  };
}
