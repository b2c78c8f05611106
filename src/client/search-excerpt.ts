/**
 * Pagefind's excerpts as parts to build with DOM APIs: an excerpt is text escaped as HTML with
 * the matched words in `<mark>` elements (`"the <mark>Basra</mark> &amp; Umm Qasr"`). It is never
 * parsed as HTML; only `<mark>` and `</mark>` are read as markup, everything else is text.
 */

/** One run of an excerpt's text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const named: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** Decodes the character references Pagefind writes (`&amp;`, `&#39;`, `&#x27;`…). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X"
          ? Number.parseInt(name.slice(2), 16)
          : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt into text and marked parts:
 * `"a <mark>b</mark> &lt;c&gt;"` → `[{text: "a ", marked: false}, {text: "b", marked: true},
 * {text: " <c>", marked: false}]`. Empty parts are left out.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/i)) {
    if (/^<mark>$/i.test(piece)) marked = true;
    else if (/^<\/mark>$/i.test(piece)) marked = false;
    else if (piece !== "") parts.push({ text: decodeEntities(piece), marked });
  }
  return parts;
}

/** The result count as readers hear it: `"No results for “x”"`, `"1 result for “x”"`, `"3 results…"`. */
export function resultCountText(count: number, query: string): string {
  if (count === 0) return `No results for “${query}”`;
  return `${count} result${count === 1 ? "" : "s"} for “${query}”`;
}
