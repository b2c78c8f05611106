/**
 * The BibTeX file offered for download beside each post (`cite.bib`): one biblatex `@online`
 * entry.
 *
 * `@online` (biblatex, https://ctan.org/pkg/biblatex, manual §2.1.1 "Regular Types") is the type
 * for a text published on the web, whose standard styles print the `url`; its `date` field takes
 * ISO 8601 (`2008-03-27`) and `organization` names the site. `@misc` with `howpublished` is what
 * classic BibTeX knows, but it puts the site in a free-text field and classic BibTeX cannot read
 * the UTF-8 names a byline may hold (`Nūr al-Dīn`), which biblatex with Biber reads as they are.
 * Classic BibTeX styles read an unknown type as `@misc`, so the entry still prints there.
 *
 * Field values are brace-delimited and escaped for LaTeX ({@link bibtexText}); the title is in a
 * second pair of braces so that styles which change a title's case (sentence case) keep the
 * capitals of names and places (`Basra`, `Mahdi Army`). Format of the file:
 * https://www.bibtex.org/Format/ and the biblatex manual.
 */
import type { CiteRecord } from "./record.ts";

/** LaTeX's special characters in text, each as a command that prints it. */
const latexEscapes: Record<string, string> = {
  "\\": "\\textbackslash{}",
  // `\{` would leave an unbalanced brace, which BibTeX counts even when escaped.
  "{": "\\textbraceleft{}",
  "}": "\\textbraceright{}",
  "%": "\\%",
  "&": "\\&",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "^": "\\textasciicircum{}",
  "~": "\\textasciitilde{}",
};

/**
 * Escapes text for a brace-delimited BibTeX field typeset by LaTeX: `{ } % & $ # _ ^ ~ \` become
 * commands that print them (`R&D 100%` → `R\&D 100\%`); line breaks and runs of white space become
 * one space; other characters, non-ASCII ones included, stay as UTF-8 (biblatex with Biber).
 */
export function bibtexText(text: string): string {
  return text
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/[\\{}%&$#_^~]/g, (c) => latexEscapes[c] as string);
}

/**
 * Writes a URL for biblatex's `url` field, which is verbatim (LaTeX's `%`, `#`, `_` need no
 * escape there, and escaping them would put a backslash in the link): only braces and
 * backslashes, which would unbalance the field, and white space are percent-encoded.
 */
export function bibtexUrl(url: string): string {
  return url.replace(
    /[{}\\\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/**
 * Writes one name for an `author` field so that BibTeX reads exactly that one person: a name with
 * a comma (`James Glanz, Jr.`, which BibTeX would read as "Last, First") or the word `and` (BibTeX's
 * separator of names) is wrapped in braces and kept whole; any other name is left for BibTeX to
 * split into given and family names, as for `James Glanz`.
 */
export function bibtexName(name: string): string {
  const escaped = bibtexText(name);
  return /,|\band\b/i.test(name) ? `{${escaped}}` : escaped;
}

/** Letters and digits of `text` in ASCII lower case: accents dropped, `ß` → `ss`, others gone. */
function asciiWord(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/æ/g, "ae")
    .replace(/œ/g, "oe")
    .replace(/[øđłı]/g, (c) => ({ ø: "o", đ: "d", ł: "l", ı: "i" })[c] as string)
    .replace(/[^a-z0-9]/g, "");
}

/** Words a key skips at the start of a title. */
const articles = new Set(["a", "an", "the"]);
/** Suffixes a key skips at the end of a name. */
const suffixes = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** A 32-bit FNV-1a hash of `text`, in 8 hexadecimal digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * The entry's citation key, ASCII and the same at every build of the same post: the first
 * author's family name (the last word of the name, less a `Jr.`), the year, the first word of the
 * title that is not an article, in lower-case ASCII letters and digits: `glanz2008iraqi`. With no
 * author, or one whose name has no Latin letters (`علي حسن`), the site's name stands first
 * (`dispatch2008basra`); a title with no Latin letters gives `post` and a hash of the URL
 * (`dispatch2008post3f2a9c1d`), so two such posts do not share a key.
 */
export function bibtexKey(record: CiteRecord): string {
  const nameWords = (record.authors[0] ?? "").split(/[\s,]+/).map(asciiWord);
  const family = nameWords.filter((word) => word !== "" && !suffixes.has(word)).at(-1);
  const lead = family || asciiWord(record.siteTitle) || "post";
  const titleWord = record.title
    .split(/[\s\-–—/:]+/u)
    .map(asciiWord)
    .find((word) => word !== "" && !articles.has(word));
  return `${lead}${record.date.slice(0, 4)}${titleWord ?? `post${fnv1a(record.url)}`}`;
}

/**
 * Writes the post's entry, ending with a newline:
 *
 *     @online{glanz2008iraqi,
 *       author = {James Glanz and Michael Kamber},
 *       title = {{Iraqi Army's Assault on Militias in Basra Stalls}},
 *       organization = {Dispatch},
 *       date = {2008-03-27},
 *       url = {https://example.org/posts/basra/},
 *     }
 *
 * `author` is left out for a post with no byline (biblatex then sorts by title). The licence,
 * for which biblatex has no field, is not written.
 */
export function bibtexEntry(record: CiteRecord): string {
  const fields: [string, string][] = [
    ...(record.authors.length > 0
      ? [["author", record.authors.map(bibtexName).join(" and ")] as [string, string]]
      : []),
    ["title", `{${bibtexText(record.title)}}`],
    ["organization", bibtexText(record.siteTitle)],
    ["date", record.date],
    ["url", bibtexUrl(record.url)],
  ];
  const lines = fields.map(([name, value]) => `  ${name} = {${value}},`);
  return `@online{${bibtexKey(record)},\n${lines.join("\n")}\n}\n`;
}
