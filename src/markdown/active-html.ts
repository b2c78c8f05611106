/**
 * markdown-it plugin: a post is data, never code. Raw HTML in a body (HTML blocks and inline
 * tags, in footnotes and `:::` blocks too) that holds anything active (`src/security/active-html.ts`:
 * a script, an event handler, a frame, a form, a `javascript:` or `data:` URL…) stops the build
 * with the file, the line and the fix, as does a Markdown link or image whose address is one of
 * those URLs (markdown-it lets `data:image/png` through). Harmless raw HTML is left as written.
 */
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { ContentError } from "../errors.ts";
import { activeAttribute } from "../security/active-html.ts";
import {
  rawHtmlFindings,
  type RawHtmlFinding,
  type RawHtmlPiece,
} from "../security/raw-html-findings.ts";
import { inputFile, type EleventyEnv } from "./env.ts";
import { fileLineOfBlock } from "./geojson-fence.ts";

/** What markdown-it-footnote keeps in `env`: the tokens of each inline footnote (`^[…]`). */
interface FootnoteList {
  footnotes?: { list?: { tokens?: Token[] }[] };
}

/** Newlines a token stands over, for the line of the tokens after it. */
function newlinesIn(token: Token): number {
  if (token.type === "softbreak" || token.type === "hardbreak") return 1;
  return token.content.match(/\n/g)?.length ?? 0;
}

/**
 * Core rule, after inline parsing (before footnotes are moved and Dispatch adds HTML of its own):
 * every finding of the body, as `posts/basra/index.md:14: raw HTML holds event handler onerror=
 * on <img>, which would run on the page. Fix: delete the attribute`.
 * @throws ContentError listing each one
 */
function activeHtmlRule(state: StateCore): void {
  const env = (state.env ?? {}) as EleventyEnv & FootnoteList;
  const pieces: RawHtmlPiece[] = [];
  const links: RawHtmlFinding[] = [];
  const inline = (children: readonly Token[], first: number): void => {
    let line = first;
    for (const child of children) {
      if (child.type === "html_inline") pieces.push({ html: child.content, line, block: false });
      const address =
        child.type === "image" ? ["img", "src"] : child.type === "link_open" ? ["a", "href"] : [];
      const [tag, name] = address;
      if (tag && name) {
        const found = activeAttribute(tag, name, String(child.attrGet(name) ?? ""));
        if (found) links.push({ line, ...found });
      }
      if (child.type === "footnote_ref") {
        const id = (child.meta as { id?: number } | null)?.id;
        const note = id === undefined ? undefined : env.footnotes?.list?.[id];
        if (note?.tokens) inline(note.tokens, line);
      }
      line += newlinesIn(child);
    }
  };
  let last = 0;
  for (const token of state.tokens) {
    if (token.map) last = token.map[0];
    // Lines of the body (1-based) here; those of the file only for a finding (that reads the file).
    const line = last + 1;
    if (token.type === "html_block") pieces.push({ html: token.content, line, block: true });
    else if (token.type === "inline" && token.children) inline(token.children, line);
  }
  if (pieces.length === 0 && links.length === 0) return;
  const found = [
    ...rawHtmlFindings(pieces).map((finding) => ({ finding, where: "raw HTML" })),
    ...links.map((finding) => ({ finding, where: "a Markdown link or image" })),
  ].sort((a, b) => a.finding.line - b.finding.line);
  if (found.length === 0) return;
  const file = inputFile(env);
  throw new ContentError(
    found.map(({ finding, where }) => ({
      file,
      line: fileLineOfBlock(env, finding.line - 1),
      message: `${where} holds ${finding.what}, ${finding.why}`,
      fix: finding.fix,
    })),
  );
}

/** Registers the check on `md`, right after inline parsing (register it after footnotes). */
export function activeHtmlPlugin(md: MarkdownIt): void {
  md.core.ruler.after("inline", "dispatch_active_html", activeHtmlRule);
}
