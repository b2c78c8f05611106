/**
 * markdown-it plugin: WordPress shortcodes that survive in old posts, such as
 * `[kml_flashembed movie="" width="425" height="350" /]`, never reach a reader as raw brackets.
 * Each becomes a short visible note, and the build prints a warning naming the file and line.
 */
import type { MarkdownIt, StateCore, StateInline } from "markdown-it";
import { warn as printWarning, type ContentProblem } from "../errors.ts";
import { escapeHtml } from "../shared/html.ts";
import { fileLineOfBlock } from "./geojson-fence.ts";
import { inputFile, type EleventyEnv } from "./env.ts";

/** What Dispatch does with one legacy shortcode. */
export interface LegacyShortcode {
  /** The note readers see in its place. */
  note: string;
  /** What the build warns, after `file:line: warning:`. */
  warning: string;
  /** What the author can do about it. */
  fix: string;
}

/** The shortcodes Dispatch knows, by name. */
export const legacyShortcodes: Readonly<Record<string, LegacyShortcode>> = {
  kml_flashembed: {
    note: "The video embedded in the original post is not available.",
    warning:
      "[kml_flashembed] is a WordPress Flash video embed; Flash is gone and the video is shown as a note that it is not available",
    fix: "Replace it with a link to the video if you can find it, or delete it",
  },
};

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

function shortcodeRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
  const found = matchShortcode(state.src.slice(state.pos, state.posMax));
  if (!found) return false;
  if (!silent) {
    // A closing tag ([/name]) renders as nothing: the opening tag already left the note.
    const token = state.push(found.closing ? "legacy_shortcode_close" : "legacy_shortcode", "", 0);
    token.meta = { name: found.name };
    token.content = state.src.slice(state.pos, state.pos + found.length);
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

/** Warns once for every legacy shortcode, with the line it stands on. */
function warnRule(state: StateCore, warn: (problem: ContentProblem) => void): void {
  const env = state.env as EleventyEnv;
  // Inline content of table cells has no line map of its own: use the nearest block's.
  let blockLine = 0;
  for (const block of state.tokens) {
    if (block.map) blockLine = block.map[0];
    if (block.type !== "inline" || !block.children) continue;
    let breaks = 0;
    for (const child of block.children) {
      if (child.type === "softbreak" || child.type === "hardbreak") breaks++;
      if (child.type !== "legacy_shortcode") continue;
      const shortcode = legacyShortcodes[(child.meta as { name: string }).name] as LegacyShortcode;
      const problem: ContentProblem = {
        file: inputFile(env),
        line: fileLineOfBlock(env, blockLine + breaks),
        message: shortcode.warning,
        fix: shortcode.fix,
      };
      warn(problem);
    }
  }
}

/** The note readers see in place of a legacy shortcode (or what the WordPress import left). */
export function legacyNoteHtml(note: string): string {
  return `<span class="legacy-embed" role="note">${escapeHtml(note)}</span>`;
}

/** Registers legacy shortcode handling on `md`; each shortcode is reported with `options.warn`. */
export function legacyShortcodesPlugin(
  md: MarkdownIt,
  options: LegacyShortcodesOptions = {},
): void {
  const warn = options.warn ?? printWarning;
  md.inline.ruler.before("link", "legacy_shortcode", shortcodeRule);
  md.core.ruler.after("inline", "legacy_shortcode_warnings", (state) => warnRule(state, warn));
  md.renderer.rules.legacy_shortcode = (tokens, index) => {
    const name = (tokens[index]?.meta as { name: string }).name;
    return legacyNoteHtml((legacyShortcodes[name] as LegacyShortcode).note);
  };
  md.renderer.rules.legacy_shortcode_close = () => "";
}
