/**
 * Where a file reference of a post's body stands in the source: markdown-it gives each block its
 * lines but not each image or link, so the destination is looked for as written (percent-decoded
 * or HTML-escaped too) in the block's lines, after the reference before it.
 */

/** Where a reference was written, which tells what may stand around it in the source. */
export type ReferenceSyntax = "markdown" | "html";

/** Characters that may come right before a destination, and right after it. */
const around: Record<ReferenceSyntax, { before: RegExp; after: RegExp }> = {
  // `](photo.png)`, `](<my photo.png>)`, a definition `[pic]: photo.png`.
  markdown: { before: /(?:[(<]|\]:[ \t]*)$/, after: /^(?:$|[)>\s])/ },
  // `src="photo.png"`, `src='…'`, `src=photo.png`, `srcset="a.png 1x, b.png 2x"`.
  html: { before: /[=\s"',]$/, after: /^(?:$|[\s"'>,])/ },
};

/** A place in the body: 0-based line and column. */
interface Place {
  line: number;
  column: number;
}

/**
 * `decodeURI`, or the text as it is when it is not valid percent-encoding.
 * @param text a URL or path as markdown-it or the HTML parser read it: `my%20photo.png`
 */
export function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/**
 * The forms a destination may have in the source: as read, percent-decoded, HTML-escaped; an
 * empty one (`![Alt]()`) is found between its parentheses.
 */
function spellings(text: string): string[] {
  const forms = [text, safeDecode(text)];
  forms.push(...forms.map((form) => form.replaceAll("&", "&amp;")));
  return [...new Set(forms)];
}

/** The end of the first place in `source` at or after `from` where `form` stands as a destination. */
function destinationEnd(
  source: string,
  form: string,
  syntax: ReferenceSyntax,
  from: number,
): number | undefined {
  const { before, after } = around[syntax];
  let at = source.indexOf(form, from);
  while (at >= 0) {
    const next = at + form.length;
    if (before.test(source.slice(0, at)) && after.test(source.slice(next))) return next;
    // An empty form stands at every position: stop after the end of the line.
    at = at < source.length ? source.indexOf(form, at + 1) : -1;
  }
  return undefined;
}

/** The first place at or after `from`, before line `end`, where `text` stands as a destination. */
function findDestination(
  lines: readonly string[],
  text: string,
  syntax: ReferenceSyntax,
  from: Place,
  end: number,
): Place | undefined {
  for (let line = from.line; line < end; line += 1) {
    const source = lines[line] ?? "";
    for (const form of spellings(text)) {
      const column = destinationEnd(source, form, syntax, line === from.line ? from.column : 0);
      if (column !== undefined) return { line, column };
    }
  }
  return undefined;
}

/**
 * Finds where each reference of a block stands, in order: a reference is looked for after the
 * one before it, so that two references to one file get their own lines. One not written in
 * the block (an image whose destination is a reference definition, `[pic]: photo.png`) is
 * looked for in the whole body.
 */
export class BlockCursor {
  private at: Place;

  /**
   * @param lines the body's lines
   * @param block the block's 0-based `[first line, line after the last]`, as markdown-it maps it
   */
  constructor(
    private readonly lines: readonly string[],
    private readonly block: readonly [number, number],
  ) {
    this.at = { line: block[0], column: 0 };
  }

  /**
   * The 0-based body line of the next occurrence of `text` in the block, else of its first
   * occurrence in the body (a definition), else the block's first line.
   * @param text the destination as markdown-it or the HTML parser read it
   */
  next(text: string, syntax: ReferenceSyntax): number {
    const found = findDestination(this.lines, text, syntax, this.at, this.block[1]);
    if (found) {
      this.at = found;
      return found.line;
    }
    const start = { line: 0, column: 0 };
    const anywhere = findDestination(this.lines, text, syntax, start, this.lines.length);
    return anywhere?.line ?? this.block[0];
  }
}
