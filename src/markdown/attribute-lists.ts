/**
 * markdown-it plugin: attribute lists, `{#id .class lang=ar dir=rtl}`, in the three places the
 * README documents, and nowhere else:
 *
 * - at the end of a heading: `## Basra {#al-basra}`, `## البصرة {lang=ar}`;
 * - at the end of a paragraph (the WordPress importer writes them): `שלום {lang=he dir=rtl}`;
 * - right after a bracketed span: `[البصرة]{lang=ar}` becomes `<span lang="ar">البصرة</span>`.
 *
 * A list holds only `#id`, `.class`, and `id=`, `class=`, `lang=` or `dir=` with a value (bare,
 * or in double or single quotes), separated by spaces ({@link parseAttributeList}). Anything else
 * in curly braces is text and stays as the author wrote it: `16,000 {of whom 1,000 deserted}`,
 * `## Casualties {disputed}`, `{onclick=alert(1)}`, `{{ nothing }}`, `{# comment #}`; so does a
 * list anywhere else (after emphasis, a link, a list item's text) and a list written `\{…}`.
 *
 * Why not markdown-it-attrs: it takes every `{…}` after an element for an attribute list, keeps
 * the attributes it is allowed and deletes the rest of the braces with their text; it has no
 * setting that limits the syntax, only the attribute names, so text in braces was lost.
 */
import type { MarkdownIt, StateCore, StateInline, Token } from "markdown-it";

/** Attributes an author may set with `{…}`. */
export const allowedAttributes = ["id", "class", "lang", "dir"] as const;

const value = String.raw`(?:"[^"{}\n]*"|'[^'{}\n]*'|[^\s"'{}=]+)`;
const item = String.raw`(?:#[^\s{}"'=]+|\.[\p{L}\p{N}_-]+|(?:${allowedAttributes.join("|")})=${value})`;
const listPattern = new RegExp(String.raw`^\{[ \t]*${item}(?:[ \t]+${item})*[ \t]*\}$`, "u");
const itemPattern = new RegExp(item, "gu");
/** A `{…}` at the end of a text, after a space or alone, with the spaces after it. */
const trailingBraces = /(^|[ \t])(\{[^{}\n]*\})[ \t]*$/u;

/**
 * The attributes of an attribute list, in order, or `undefined` when the text is not one (it is
 * text, then). Classes are joined in one `class`; for another repeated name, the last wins.
 * @param text the list with its braces: `{#basra .note lang="ar"}`
 * @returns `[["id", "basra"], ["class", "note"], ["lang", "ar"]]`
 */
export function parseAttributeList(text: string): [string, string][] | undefined {
  if (!listPattern.test(text)) return undefined;
  const attributes = new Map<string, string>();
  for (const [match] of text.slice(1, -1).matchAll(itemPattern)) {
    const [name, raw] = match.startsWith("#")
      ? ["id", match.slice(1)]
      : match.startsWith(".")
        ? ["class", match.slice(1)]
        : [match.slice(0, match.indexOf("=")), match.slice(match.indexOf("=") + 1)];
    const unquoted = /^(["']).*\1$/u.test(raw) ? raw.slice(1, -1) : raw;
    const previous = attributes.get(name);
    attributes.set(
      name,
      name === "class" && previous !== undefined ? `${previous} ${unquoted}` : unquoted,
    );
  }
  return [...attributes];
}

/** Sets `attributes` on `token`: a class joins the ones it has, the others replace. */
function applyAttributes(token: Token, attributes: readonly [string, string][]): void {
  for (const [name, content] of attributes) {
    if (name === "class") token.attrJoin("class", content);
    else token.attrSet(name, content);
  }
}

/**
 * Takes an attribute list off the end of a heading's or paragraph's inline content and sets it
 * on the heading or paragraph. A paragraph holding nothing but a list keeps it as text, and so
 * does a paragraph that is not shown as one (a tight list item's).
 */
function blockAttributes(open: Token, inline: Token): void {
  const children = inline.children ?? [];
  const last = children[children.length - 1];
  if (last?.type !== "text") return;
  const match = trailingBraces.exec(last.content);
  if (!match) return;
  // Glued to the element before (`*Basra*{#x}`): markdown-it-attrs' list for that element, which
  // Dispatch does not document; it stays text.
  const previous = children[children.length - 2];
  if (match[1] === "" && match.index === 0 && previous && previous.type !== "softbreak") return;
  const attributes = parseAttributeList(match[2] as string);
  if (!attributes) return;
  const rest = last.content.slice(0, match.index).replace(/[ \t]+$/u, "");
  if (open.type === "paragraph_open" && (open.hidden || (rest === "" && children.length === 1))) {
    return;
  }
  applyAttributes(open, attributes);
  last.content = rest;
  inline.content = inline.content.replace(/[ \t]*\{[^{}\n]*\}[ \t]*$/u, "");
  // A softbreak before the list leaves a line break with nothing after it.
  if (rest === "") {
    children.pop();
    const before = children[children.length - 1];
    if (before?.type === "softbreak") children.pop();
  }
}

/** Core rule: the attribute lists ending headings and paragraphs. */
function blockAttributesRule(state: StateCore): void {
  if (!state.src.includes("{")) return;
  state.tokens.forEach((token, index) => {
    const inline = state.tokens[index + 1];
    if ((token.type === "heading_open" || token.type === "paragraph_open") && inline?.children) {
      blockAttributes(token, inline);
    }
  });
}

/**
 * Inline rule, after links and footnotes: `[text]{list}` becomes a span with the list's
 * attributes. `[text]` followed by braces that are not a list is left to the other rules (text).
 */
function spanRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
  const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos, false);
  if (labelEnd < 0 || state.src.charCodeAt(labelEnd + 1) !== 0x7b /* { */) return false;
  const close = state.src.indexOf("}", labelEnd + 1);
  if (close < 0 || close >= state.posMax) return false;
  const attributes = parseAttributeList(state.src.slice(labelEnd + 1, close + 1));
  if (!attributes) return false;
  if (!silent) {
    const max = state.posMax;
    applyAttributes(state.push("span_open", "span", 1), attributes);
    state.pos = state.pos + 1;
    state.posMax = labelEnd;
    state.md.inline.tokenize(state);
    state.posMax = max;
    state.push("span_close", "span", -1);
  }
  state.pos = close + 1;
  return true;
}

/** Registers attribute lists on headings, paragraphs and bracketed spans. */
export function attributeListsPlugin(md: MarkdownIt): void {
  md.inline.ruler.push("dispatch_span", spanRule);
  // Before typography, so that quotes in `{lang="ar"}` are never curled.
  md.core.ruler.before("linkify", "dispatch_attribute_lists", blockAttributesRule);
}
