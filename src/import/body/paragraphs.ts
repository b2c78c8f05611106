/**
 * Paragraphs of a post's classic-editor content, made by WordPress's own rules: `wpautop`
 * (https://developer.wordpress.org/reference/functions/wpautop/, wp-includes/formatting.php), in
 * its official JavaScript port `@wordpress/autop` (the block editor's). Text separated by a blank
 * line is a paragraph, a single line break a `<br>` except next to a block tag, and a block
 * element (a list, table, blockquote, heading, `<hr>`, `<div>`…) after a line of text starts a
 * block of its own, blank line or not. What Dispatch keeps whole is never touched: `<pre>` line
 * for line, `<table>`, `<figure>` and `<details>`, Gutenberg blocks (which WordPress shows as
 * saved, see `./gutenberg.ts`), and converted shortcodes that stand as blocks (a figure, a video).
 */
import { autop } from "@wordpress/autop";
import { keptBlockClose, keptBlockOpen } from "./gutenberg.ts";

/** Options of {@link autoParagraphs}. */
export interface AutoParagraphOptions {
  /**
   * Placeholders (`WPSHORTCODE3X`) of converted shortcodes that stand as blocks: each becomes a
   * paragraph of its own, splitting the text around it, as WordPress's block-level output did.
   */
  blockPlaceholders?: readonly string[];
}

/**
 * WordPress's paragraphs for a post's HTML (`wpautop`), around what Dispatch keeps whole.
 * Line endings are read as `\n` (CRLF and CR too).
 * @param html the post's HTML, its Gutenberg blocks marked by `markBlockContent` (`./gutenberg.ts`)
 * @param options the placeholders of block shortcodes
 * @returns HTML with `<p>` and `<br />` where WordPress showed them; "" for blank input
 */
export function autoParagraphs(html: string, options: AutoParagraphOptions = {}): string {
  const kept: string[] = [];
  // A token no text of the post holds: `<div data-kept-k="3"></div>` (more k's if need be).
  let longest = 0;
  for (const match of html.matchAll(/data-kept-k+/g)) longest = Math.max(longest, match[0].length);
  const name = `data-kept-${"k".repeat(Math.max(1, longest - 9))}`;
  const keep = (original: string) => `<div ${name}="${kept.push(original) - 1}"></div>`;
  let text = keepGutenbergBlocks(html.replace(/\r\n?/g, "\n"), keep);
  text = wholeBlocks(text)
    .map((part, index) => (index % 2 === 1 ? keep(part) : part))
    .join("");
  for (const placeholder of options.blockPlaceholders ?? []) {
    text = text.split(placeholder).join(keep(`<p>${placeholder}</p>`));
  }
  // formatting.php adds a double line break after `<hr>` (void, so no closing tag does it); the
  // JavaScript port leaves that step out.
  const paragraphs = autop(text.replace(/(<hr\s*?\/?>)/g, "$1\n\n"));
  return paragraphs
    .replace(
      new RegExp(`<div ${name}="(\\d+)"></div>`, "g"),
      (_token, index: string) => kept[Number(index)] ?? "",
    )
    .trim();
}

/**
 * Replaces each Gutenberg block's content, marked by `markBlockContent`, by `keep`'s token: the
 * block editor saves its blocks with their paragraphs, and WordPress shows them as saved.
 */
function keepGutenbergBlocks(html: string, keep: (original: string) => string): string {
  if (!html.includes(keptBlockOpen)) return html;
  const open = keptBlockOpen.replace(/[/]/g, "\\/");
  const close = keptBlockClose.replace(/[/]/g, "\\/");
  return html
    .replace(new RegExp(`${open}([^]*?)${close}`, "g"), (_block, content: string) =>
      keep(content.trim()),
    )
    .replaceAll(keptBlockOpen, "")
    .replaceAll(keptBlockClose, "");
}

/**
 * Splits HTML around each `<pre>…</pre>` and each outermost `<table>`, `<figure>` or `<details>`
 * (nested ones counted): odd indexes are those blocks, even ones the text between. One left open
 * is text.
 */
function wholeBlocks(html: string): string[] {
  const parts: string[] = [];
  const tag = /<(\/?)(pre|table|figure|details)\b[^>]*>/gi;
  let start = 0;
  let open: { name: string; index: number; depth: number } | undefined;
  let match: RegExpExecArray | null;
  while ((match = tag.exec(html))) {
    const name = (match[2] as string).toLowerCase();
    const closing = match[1] === "/";
    if (!open) {
      if (!closing) open = { name, index: match.index, depth: 1 };
      continue;
    }
    if (name !== open.name) continue;
    open.depth += closing ? -1 : 1;
    if (open.depth === 0) {
      const end = match.index + match[0].length;
      parts.push(html.slice(start, open.index), html.slice(open.index, end));
      start = end;
      open = undefined;
    }
  }
  parts.push(html.slice(start));
  return parts;
}
