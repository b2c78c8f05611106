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

/** A letter, digit or combining mark: a character inside a word. */
const wordCharacter = /[\p{L}\p{N}\p{M}]/u;

/** Punctuation and spaces left dangling where an excerpt is cut: `, and the` → `and the`. */
const danglingStart = /^[\s,;:.)\]}”’»—–-]+/u;
const danglingEnd = /[\s,;:([{“‘«—–-]+$/u;

/** The ellipsis that marks where an excerpt is cut from the text. */
export const ellipsis = "…";

/** Changes the text of the first (`at` 0) or last (`at` -1) part, dropping it when left empty. */
function editEnd(parts: ExcerptPart[], at: 0 | -1, edit: (text: string) => string): void {
  const index = at === 0 ? 0 : parts.length - 1;
  const part = parts[index];
  if (!part || part.marked) return;
  const text = edit(part.text);
  if (text === "") parts.splice(index, 1);
  else parts[index] = { text, marked: false };
}

/**
 * An excerpt as readers see it: its parts ({@link excerptParts}) cut at word boundaries, with
 * "…" where it starts after the beginning of the text or stops before its end. `content` is the
 * whole text the excerpt was taken from (Pagefind's `content`); where the excerpt cannot be found
 * in it, an excerpt is taken as cut at the start unless it begins with a capital, a digit or an
 * opening quote, and at the end unless it ends a sentence.
 *
 * `trimmedExcerpt("of the old <mark>city</mark> and the closing of the bri", content)` →
 * `[{text: "…of the old "}, {text: "city", marked: true}, {text: " and the closing of the…"}]`.
 */
export function trimmedExcerpt(excerpt: string, content: string): ExcerptPart[] {
  const parts = excerptParts(excerpt).map((part) => ({
    ...part,
    text: part.text.replace(/\s+/g, " "),
  }));
  const plain = parts.map((part) => part.text).join("");
  const leading = plain.length - plain.trimStart().length;
  const core = plain.trim();
  if (core === "") return [];
  const text = content.replace(/\s+/g, " ");
  const found = text.indexOf(core);
  const before = found > 0 ? (text[found - 1] ?? "") : "";
  const after = found >= 0 ? (text[found + core.length] ?? "") : "";
  const cutStart = found >= 0 ? found > 0 : !/^[\p{Lu}\p{N}"“‘«(]/u.test(core);
  const cutEnd = found >= 0 ? found + core.length < text.length : !/[.!?…]["”’»)]?$/u.test(core);
  const midWordStart = wordCharacter.test(before) && wordCharacter.test(core[0] ?? "");
  const midWordEnd = wordCharacter.test(after) && wordCharacter.test(core[core.length - 1] ?? "");

  if (leading > 0) editEnd(parts, 0, (first) => first.trimStart());
  editEnd(parts, -1, (last) => last.trimEnd());
  if (midWordStart) editEnd(parts, 0, (first) => first.replace(/^\S*\s*/u, ""));
  if (midWordEnd) editEnd(parts, -1, (last) => last.replace(/\s*\S*$/u, ""));
  if (cutStart) editEnd(parts, 0, (first) => first.replace(danglingStart, ""));
  if (cutEnd) editEnd(parts, -1, (last) => last.replace(danglingEnd, ""));
  if (cutStart) parts.unshift({ text: ellipsis, marked: false });
  if (cutEnd) parts.push({ text: ellipsis, marked: false });
  // Neighbouring unmarked parts are one run of text.
  return parts.reduce<ExcerptPart[]>((runs, part) => {
    const previous = runs[runs.length - 1];
    if (previous && !previous.marked && !part.marked) previous.text += part.text;
    else runs.push({ ...part });
    return runs;
  }, []);
}

/** The result count as readers hear it: `"No results for “x”"`, `"1 result for “x”"`, `"3 results…"`. */
export function resultCountText(count: number, query: string): string {
  if (count === 0) return `No results for “${query}”`;
  return `${count} result${count === 1 ? "" : "s"} for “${query}”`;
}
