/**
 * HTML to Markdown with turndown (https://github.com/mixmark-io/turndown) and the import's
 * rules: text escaped so it never becomes live HTML or a Dispatch tag, tables, figures,
 * `<details>` and definition lists kept as HTML, a paragraph's language kept, `<pre>` as fenced
 * code, lists numbered as written, line breaks only inside a line of text.
 */
import TurndownService from "turndown";
import { withoutTagOpeners } from "../../shared/html.ts";
import { codeSpan } from "../shortcodes/code.ts";
import { languageAttributes } from "./text-direction.ts";

/**
 * Markdown for a text node: turndown's escaping of Markdown syntax, then what would otherwise
 * become live HTML, a Dispatch tag or block, or attributes in the build: `<` before a letter, `/`,
 * `!` or `?` is written `&lt;`, `&` that would start an entity (`&amp;`, `&#60;`) is written
 * `&amp;`, `:::` at the start of a line (a language block) is written `\:::`, and `{` before a
 * `}` on the same line (`{#id}`, `{lang=ar}`, which set attributes) is written `&#123;`.
 * `write <b>` stays the text "write <b>" for readers.
 * @param markdownEscaped the text with turndown's escaping applied
 */
export function escapeHtmlInText(markdownEscaped: string): string {
  return markdownEscaped
    .replace(/&(?=#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi, "&amp;")
    .replace(/<(?=[a-z/!?])/gi, "&lt;")
    .replace(/^(\s*):::/gm, "$1\\:::")
    .replace(/\{(?=[^{}\n]*\})/g, "&#123;");
}

/**
 * The Markdown of a text node: a Dispatch tag written in a post's text (`{% map "…" %}`) becomes a
 * code span, shown exactly as written and never run (nor given curly quotes); the rest is
 * escaped by `escapeMarkdown` and {@link escapeHtmlInText}.
 * @param text the text node's text
 * @param escapeMarkdown turndown's own escaping
 */
export function textToMarkdown(text: string, escapeMarkdown: (text: string) => string): string {
  return text
    .split(/(\{%[^\n]*?%\})/)
    .map((part, index) =>
      index % 2 === 1 ? codeSpan(part) : escapeHtmlInText(escapeMarkdown(part)),
    )
    .join("");
}

/** HTML kept as it is in Markdown: one block, with no blank line that would end it early. */
function htmlBlock(html: string): string {
  return `\n\n${withoutTagOpeners(html).replace(/\n[ \t]*(?=\n)/g, "")}\n\n`;
}

/** Elements that end a line break's line: blocks and the document. */
const lineBlocks =
  /^(?:P|LI|UL|OL|DL|DT|DD|TD|TH|TR|TABLE|H[1-6]|BLOCKQUOTE|DIV|FIGURE|FIGCAPTION|PRE|SECTION|ARTICLE|ASIDE|HEADER|FOOTER|DETAILS|SUMMARY|BODY|HTML|#document|#document-fragment)$/;

/** Whether a node shows nothing: blank text, a comment, a `<br>`, an element with neither text nor an image. */
function showsNothing(node: Node): boolean {
  if (node.nodeName === "BR" || node.nodeType === 8) return true;
  if ((node.textContent ?? "").trim() !== "") return false;
  if (node.nodeType !== 1) return true;
  return node.nodeName !== "IMG" && !(node as Element).querySelector("img");
}

/** Whether only what shows nothing stands between `node` and its block's start or end. */
function aloneAtEdge(node: Node, side: "previousSibling" | "nextSibling"): boolean {
  for (let current: Node | null = node; current && !lineBlocks.test(current.nodeName);) {
    for (let sibling = current[side]; sibling; sibling = sibling[side]) {
      if (!showsNothing(sibling)) return false;
    }
    current = current.parentNode;
  }
  return true;
}

/**
 * The Markdown of a `<br>`: a hard break (`br`, a backslash and a newline), except between a
 * list's items or first or last in its block ("", no stray backslash) and in a heading (" ").
 */
function lineBreak(node: Node, br: string): string {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) {
    if (/^H[1-6]$/.test(parent.nodeName)) return " ";
    if (lineBlocks.test(parent.nodeName)) break;
  }
  if (/^(?:UL|OL)$/.test(node.parentNode?.nodeName ?? "")) return "";
  if (aloneAtEdge(node, "nextSibling") || aloneAtEdge(node, "previousSibling")) return "";
  return `${br}\n`;
}

/**
 * Whether a list comes right after a list of its kind (only blank text between), every second
 * one counted: Markdown would join the two into one list, so its items take the other marker
 * (`*` for `-`, `1)` for `1.`), which starts a new list (CommonMark, "Lists").
 */
function followsSameList(list: Node): boolean {
  let previous = list.previousSibling;
  while (previous && previous.nodeType === 3 && (previous.textContent ?? "").trim() === "") {
    previous = previous.previousSibling;
  }
  return previous?.nodeName === list.nodeName ? !followsSameList(previous) : false;
}

/**
 * The Markdown of a list item: `-   ` or its number (the list's `start`, 1 by default, plus the
 * items before it), its lines after the first indented under its text; a list right after one
 * of its kind takes the other marker ({@link followsSameList}).
 */
function listItem(content: string, node: HTMLElement, options: TurndownService.Options): string {
  const parent = node.parentNode as HTMLElement | null;
  const other = parent ? followsSameList(parent) : false;
  let prefix = `${other ? "*" : (options.bulletListMarker ?? "-")}   `;
  if (parent?.nodeName === "OL") {
    const start = Number.parseInt(parent.getAttribute("start") ?? "", 10);
    const items = Array.from(parent.children).filter((child) => child.nodeName === "LI");
    prefix = `${(Number.isNaN(start) ? 1 : start) + items.indexOf(node)}${other ? ")" : "."}  `;
  }
  const paragraph = /\n$/.test(content);
  const text = content.replace(/^\n+/, "").replace(/\n+$/, "") + (paragraph ? "\n" : "");
  const indented = text.replace(/\n/gm, `\n${" ".repeat(prefix.length)}`);
  return prefix + indented + (node.nextSibling ? "\n" : "");
}

/**
 * The turndown service of the import: ATX headings, `-` lists, fenced code, `_` emphasis, a
 * backslash for a hard break, text escaped by {@link textToMarkdown}, and the import's rules.
 */
export function createTurndown(): TurndownService {
  const service = new TurndownService({
    headingStyle: "atx",
    hr: "---",
    bulletListMarker: "-",
    codeBlockStyle: "fenced",
    emDelimiter: "_",
    strongDelimiter: "**",
    // A backslash, not two spaces, so trailing spaces can be trimmed safely.
    br: "\\",
  });
  const escapeMarkdown = service.escape.bind(service);
  service.escape = (text: string) => textToMarkdown(text, escapeMarkdown);
  // Tables, figures (an image or table with its caption, a pull quote), <details> and definition
  // lists (<dl>, which Markdown has not) stay HTML;
  // a `{%` in them is an entity so no line reads as a tag.
  service.addRule("kept-html", {
    filter: ["table", "figure", "details", "dl"],
    replacement: (_content, node) => htmlBlock((node as HTMLElement).outerHTML),
  });
  // A paragraph in another language or direction keeps them: `text {lang=he dir=rtl}`.
  service.addRule("paragraph-language", {
    filter: (node) =>
      node.nodeName === "P" && (node.hasAttribute("lang") || node.hasAttribute("dir")),
    replacement: (content, node) =>
      `\n\n${content.trim()}${languageAttributes(node as HTMLElement)}\n\n`,
  });
  // A list item's number counts the list's items only (turndown counts every child element, so a
  // stray <br> between items made them 2, 4, 6), from the list's `start`.
  service.addRule("list-item", {
    filter: "li",
    replacement: (content, node, options) => listItem(content, node as HTMLElement, options),
  });
  // A line break between a list's items, or first or last in its block, breaks no line of text
  // (Markdown would show its backslash); in a heading, which is one line, it is a space.
  service.addRule("line-break", {
    filter: (node) => node.nodeName === "BR",
    replacement: (_content, node, options) => lineBreak(node, options.br ?? "  "),
  });
  // A <pre> without <code> (classic WordPress) is a fenced code block too, its text intact.
  service.addRule("preformatted", {
    filter: (node) => node.nodeName === "PRE" && node.firstChild?.nodeName !== "CODE",
    replacement: (_content, node) => {
      const code = (node.textContent ?? "").replace(/\n$/, "");
      let longest = 2;
      for (const match of code.matchAll(/^`{3,}/gm)) longest = Math.max(longest, match[0].length);
      const fence = "`".repeat(longest + 1);
      return `\n\n${fence}\n${code}\n${fence}\n\n`;
    },
  });
  return service;
}
