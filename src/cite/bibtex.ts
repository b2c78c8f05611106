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
 * Writes one name for an `author` field so that BibTeX reads exactly that one person, with the
 * right family name (BibTeX's name forms "First von Last", "von Last, First" and
 * "von Last, Jr, First": https://www.bibtex.org/Format/, Patashnik's "BibTeXing" §4):
 * - `James Glanz` and `Glanz, James` are left as they are: BibTeX reads both;
 * - `James Glanz, Jr.` becomes `Glanz, Jr., James` (read as is, `Jr.` would be the given name);
 * - a name with the word `and` (BibTeX's separator of names), more than one comma, or a suffix
 *   after more than two words (which word is the family name is unclear) is wrapped in braces
 *   and kept whole.
 */
export function bibtexName(name: string): string {
  const escaped = bibtexText(name);
  if (/\band\b/i.test(name)) return `{${escaped}}`;
  const parts = escaped.split(",").map((part) => part.trim());
  if (parts.length === 1) return escaped;
  const [first, second] = parts as [string, string];
  if (parts.length === 2 && !suffixes.has(asciiWord(second))) return `${first}, ${second}`;
  const words = first.split(" ");
  if (parts.length === 2 && words.length === 2) return `${words[1]}, ${second}, ${words[0]}`;
  return `{${escaped}}`;
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

/** Suffixes a key skips at the end of a name: `James Glanz, Jr.`, `Glanz, James, III`. */
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
 * The family name of a byline's name in lower-case ASCII, or `""` when it has no Latin letter:
 * the last word of `Given Family` (`James Glanz` → `glanz`), the part before the comma of
 * `Family, Given` (`Glanz, James` → `glanz`, `de la Peña, José` → `delapena`), a suffix left out
 * (`James Glanz, Jr.`, `Glanz, Jr., James` → `glanz`) and so is text in parentheses
 * (`Ali Hassan (Basra)` → `hassan`).
 */
export function familyName(name: string): string {
  const parts = name
    .replace(/\([^()]*\)/gu, " ")
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "" && !suffixes.has(asciiWord(part)));
  const words = (parts[0] ?? "").split(/\s+/u);
  const familyWords = parts.length > 1 ? words : words.filter((w) => !suffixes.has(asciiWord(w)));
  return parts.length > 1
    ? familyWords.map(asciiWord).join("")
    : asciiWord(familyWords.at(-1) ?? "");
}

/**
 * A first slug in key characters: its words in lower-case ASCII joined by `-`
 * (`basra-pipeline-attack` stays, `café-économie` → `cafe-economie`); a slug with no Latin letter
 * or digit (`البصرة`) gives `post` and an FNV-1a hash of the slug (`post1a2b3c4d`), so two such
 * posts do not share a key.
 */
function slugKey(slug: string): string {
  const words = slug
    .split("-")
    .map(asciiWord)
    .filter((word) => word !== "");
  return words.length > 0 ? words.join("-") : `post${fnv1a(slug.normalize("NFC"))}`;
}

/**
 * The entry's citation key: the first author's family name ({@link familyName}), the year, and
 * the post's first slug (`hassan2009basra`, `glanz2008basra-pipeline-attack`), in lower-case
 * ASCII letters, digits and hyphens. With no author, or one whose name has no Latin letters
 * (`علي حسن`), the site's name stands first (`dispatch2008basra`).
 *
 * Unique across the site and stable: two posts never share a first slug (one URL each), and the
 * first slug outlives a new slug, folder, domain or path prefix (see `src/feeds/feed-id.ts`), so
 * a key that a reader's `.bib` file holds never changes, whatever posts come later; only a new
 * byline or another year changes it. Biblatex's keys allow `-` (https://ctan.org/pkg/biblatex,
 * manual §2.1.1), as do BibTeX's (anything but white space, `"#%'(),={}`).
 */
export function bibtexKey(record: CiteRecord): string {
  const lead = familyName(record.authors[0] ?? "") || asciiWord(record.siteTitle) || "post";
  return `${lead}${record.date.slice(0, 4)}${slugKey(record.firstSlug)}`;
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
