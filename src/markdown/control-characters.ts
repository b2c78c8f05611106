/**
 * markdown-it plugin: a post's body holding a control character stops the build with its file,
 * line and column. markdown-it passes such a character through as text (it replaces only U+0000),
 * so it would reach the page, where it is invisible, and the feeds, which it makes not
 * well-formed XML. The characters are those of `src/text/control-characters.ts`; a map block's
 * JSON and a `{% map %}` tag's attributes are part of the body and checked here too.
 */
import type { MarkdownIt, StateCore } from "markdown-it";
import { ContentError } from "../errors.ts";
import { controlCharacterFix, findControlCharacters } from "../text/control-characters.ts";
import { inputFile, type EleventyEnv } from "./env.ts";
import { fileLineOfBlock } from "./geojson-fence.ts";

/**
 * Core rule, right after markdown-it's normalising: every refused character of the source, as
 * `posts/basra/index.md:14: the text holds a control character (U+0008) at column 12. Fix: …`.
 * @throws ContentError listing each one
 */
function controlCharacterRule(state: StateCore): void {
  const found = findControlCharacters(state.src);
  if (found.length === 0) return;
  const env = (state.env ?? {}) as EleventyEnv;
  throw new ContentError(
    found.map((character) => ({
      file: inputFile(env),
      line: fileLineOfBlock(env, character.line - 1),
      message: `the text holds ${character.kind} (${character.name}) at column ${character.column}`,
      fix: controlCharacterFix(character),
    })),
  );
}

/** Registers the control-character check on `md`, before any other rule reads the source. */
export function controlCharactersPlugin(md: MarkdownIt): void {
  md.core.ruler.after("normalize", "dispatch_control_characters", controlCharacterRule);
}
