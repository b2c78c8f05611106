/**
 * Paragraphs of the classic editor's content, made as WordPress's `wpautop` makes them
 * (https://developer.wordpress.org/reference/functions/wpautop/): text separated by a blank line
 * is a paragraph, a single line break a `<br>`.
 */
const blockStart =
  /^<\/?(p|div|h[1-6]|ul|ol|li|dl|blockquote|pre|table|thead|tbody|tr|figure|hr|address|section|article|aside|form|iframe|object)\b/i;

/**
 * WordPress's paragraphs: text separated by a blank line is a paragraph, a single line break is
 * a `<br>`; a chunk that starts with a block element is left as it is. A `<pre>` is a block of
 * its own, kept byte for byte: blank lines and indentation inside it are code, not paragraphs.
 */
export function autoParagraphs(html: string): string {
  return wholeBlocks(html)
    .flatMap((part, index) =>
      index % 2 === 1
        ? [part]
        : part
            .split(/\n[ \t]*\n/)
            .map((chunk) => chunk.trim())
            .filter((chunk) => chunk !== "")
            .map((chunk) =>
              blockStart.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, "<br>\n")}</p>`,
            ),
    )
    .join("\n");
}

/**
 * Splits HTML around each `<pre>…</pre>` and each outermost `<table>`, `<figure>` or `<details>`
 * (nested ones counted): odd indexes are those blocks, even ones the text between.
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
