/**
 * markdown-it plugin: footnotes (`text[^1]` … `[^1]: note`) with markdown-it-footnote, whose ids
 * carry the post's document id: `fn-basra-1`, `fnref-basra-1`. Ids stay unique when several
 * posts' content shares one page (feeds, lists of posts in full), and stay the same build after
 * build. A footnote cited twice gets one number and a second link back (`fnref-basra-1_2`: `_`
 * never appears in a slug, so the id cannot be another footnote's).
 *
 * An author's footnote mistakes stop the build with the file and line ({@link ContentError}): a
 * reference to a note that is never written (`[^port]` with no `[^port]:`, which markdown-it would
 * print as written), a label written twice (`[^port]:` twice, where markdown-it silently keeps
 * only the last), and a note no reference points to (markdown-it drops it without a word).
 */
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import footnote from "markdown-it-footnote";
import { slugify } from "../shared/slug.ts";
import { ContentError, type ContentProblem } from "../errors.ts";
import { inputFile, type EleventyEnv } from "./env.ts";
import { fileLineOfBlock } from "./geojson-fence.ts";

/** What markdown-it-footnote reads from `env`: `docId` prefixes every footnote id. */
export interface FootnoteEnv extends EleventyEnv {
  docId?: unknown;
}

/**
 * Returns the document id of a page: `env.docId` when the caller set one, else the slug of the
 * page's file slug (`posts/basra/index.md` → `basra`), else of its input path; `undefined`
 * when markdown is rendered outside any page (ids are then `fn1`, as the plugin makes them).
 */
export function footnoteDocId(env: FootnoteEnv | undefined): string | undefined {
  if (typeof env?.docId === "string") return env.docId;
  const name = env?.page?.fileSlug || env?.page?.inputPath?.replace(/\.[^./]+$/, "");
  return name ? slugify(name, "doc") : undefined;
}

/**
 * The id suffix of one citation of a footnote: `""` for the first, `_2` for the second, `_3`…
 * (markdown-it-footnote writes `:1`, which is not a valid id for html-validate).
 * @param subId markdown-it-footnote's 0-based count of earlier citations of the same note
 */
export function citationSuffix(subId: number): string {
  return subId > 0 ? `_${subId + 1}` : "";
}

/** `[^label]` left as text: a footnote reference markdown-it did not read, for want of a note. */
const unreadReference = /\[\^([^\]\s]+)\]/u;

/**
 * Core rule, before markdown-it-footnote gathers the notes: every footnote mistake of the
 * document, all at once.
 */
function footnoteCheckRule(state: StateCore): void {
  const env = (state.env ?? {}) as EleventyEnv;
  const problems: ContentProblem[] = [];
  const at = (line: number, message: string, fix: string) =>
    problems.push({ file: inputFile(env), line: fileLineOfBlock(env, line), message, fix });
  const defined = new Map<string, number>();
  const cited = new Set<string>();
  let blockLine = 0;
  state.tokens.forEach((token: Token, index: number) => {
    if (token.map) blockLine = token.map[0];
    if (token.type === "footnote_reference_open") {
      const label = String(token.meta?.label);
      // The definition's own token has no line; its first paragraph has.
      const line = state.tokens.slice(index + 1).find((next) => next.map)?.map?.[0] ?? blockLine;
      const first = defined.get(label);
      if (first !== undefined) {
        at(
          line,
          `footnote [^${label}] is written twice (first on line ${fileLineOfBlock(env, first)}); only the last would be shown`,
          `keep one [^${label}]: note, or give the other note its own label`,
        );
      } else defined.set(label, line);
    }
    for (const child of token.children ?? []) {
      if (child.type === "footnote_ref" && child.meta?.label !== undefined) {
        cited.add(String(child.meta.label));
      } else if (child.type === "text") {
        const unread = unreadReference.exec(child.content);
        if (unread) {
          at(
            blockLine,
            `footnote reference [^${unread[1]}] has no note, so readers would see "[^${unread[1]}]"`,
            `write the note on a line of its own: [^${unread[1]}]: what the note says`,
          );
        }
      }
    }
  });
  for (const [label, line] of defined) {
    if (!cited.has(label)) {
      at(
        line,
        `footnote [^${label}] is never cited in the text, so it would not be shown`,
        `cite it where it belongs with [^${label}], or delete the note`,
      );
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
}

/**
 * Registers markdown-it-footnote with ids from {@link footnoteDocId} and {@link citationSuffix},
 * and the check of footnote mistakes.
 */
export function footnotesPlugin(md: MarkdownIt): void {
  md.use(footnote);
  const rules = md.renderer.rules;
  const anchorName = rules.footnote_anchor_name;
  if (!anchorName) throw new Error("markdown-it-footnote did not register footnote_anchor_name");
  rules.footnote_anchor_name = (tokens, index, options, env, self) => {
    const docId = footnoteDocId(env as FootnoteEnv);
    return anchorName(tokens, index, options, docId === undefined ? {} : { docId }, self);
  };
  const subId = (token: Token | undefined) => Number(token?.meta?.subId ?? 0);
  // A note cited twice has one number: [1] both times.
  rules.footnote_caption = (tokens, index) => `[${Number(tokens[index]?.meta?.id ?? 0) + 1}]`;
  rules.footnote_ref = (tokens, index, options, env, self) => {
    const id = self.rules.footnote_anchor_name!(tokens, index, options, env, self);
    const caption = self.rules.footnote_caption!(tokens, index, options, env, self);
    const refId = `${id}${citationSuffix(subId(tokens[index]))}`;
    return `<sup class="footnote-ref"><a href="#fn${id}" id="fnref${refId}">${caption}</a></sup>`;
  };
  rules.footnote_anchor = (tokens, index, options, env, self) => {
    const id = self.rules.footnote_anchor_name!(tokens, index, options, env, self);
    const refId = `${id}${citationSuffix(subId(tokens[index]))}`;
    // ↩ with U+FE0E, as markdown-it-footnote writes it, so iOS shows no emoji.
    return ` <a href="#fnref${refId}" class="footnote-backref">\u21a9\uFE0E</a>`;
  };
  md.core.ruler.before("footnote_tail", "dispatch_footnote_check", footnoteCheckRule);
}
