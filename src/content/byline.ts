/**
 * The people a byline names, one by one: the one reading of `author:` front matter that the
 * author pages and feeds (`src/taxonomy/`), the JSON-LD (`src/seo/`), the feeds' entries
 * (`src/feeds/`) and the "Cite this" block, BibTeX and RIS (`src/cite/`) all share.
 */

/** `author:` as front matter gives it: one byline, or a YAML list of names. */
export type Byline = string | readonly string[];

/** One piece of a byline as printed: a name, or the words between two names. */
export type BylinePart = { name: string } | { text: string };

/** A name or joining words with runs of white space as one space, trimmed. */
function tidy(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/**
 * The names of a byline written as one text, with the joining words between them as written
 * (`", "`, `" and "`, `", and "`): `names[i]` and `names[i + 1]` are joined by `joins[i]`.
 */
function splitWritten(byline: string): { names: string[]; joins: string[] } {
  const text = tidy(byline);
  // Names and joining words alternate: [name, join, name, join, name].
  const pieces = text.split(/(,? and )/u);
  const first = pieces[0] as string;
  const listed = first.split(/(, )/u);
  const isList =
    listed.length > 1 && listed.every((piece, index) => index % 2 === 1 || piece.includes(" "));
  const tokens = [...(isList ? listed : [first]), ...pieces.slice(1)];
  const names: string[] = [];
  const joins: string[] = [];
  let join = "";
  tokens.forEach((token, index) => {
    if (index % 2 === 1) {
      join = token;
      return;
    }
    const name = token.trim();
    if (name === "") return;
    if (names.length > 0) joins.push(join);
    names.push(name);
  });
  // A part that is one word in lower case is no one's name ("Staff and agencies", "Ali Hassan
  // and staff"): the byline is then one name, as written. (A name may begin in lower case:
  // "bell hooks", "ali HASSAN".)
  if (names.some((name) => /^\p{Ll}\S*$/u.test(name))) return { names: [text], joins: [] };
  return { names, joins };
}

/**
 * Splits a byline into its names.
 *
 * A YAML list (`author: [James Glanz, Michael Kamber]`) gives its items, each one name as
 * written (white space tidied), never split again: `["Reuters and AFP staff"]` is one name.
 * A text is split on `" and "` and `", and "` (lower-case, English): `"James Glanz and Michael
 * Kamber"` → `["James Glanz", "Michael Kamber"]`; `"Ali Hassan, Sara Ahmed and Tom Lee"` (or
 * `", and"`) → three names; `"Ali Hassan"` → one. Commas split only when every part before the
 * "and" is a name of two words or more, so a suffix stays with its name (`"James Glanz, Jr."` is
 * one name) and so does a name written family name first (`"Glanz, James"`). Nothing else
 * splits: `"&"`, `"et"`, Arabic's `"و"` (a prefix of the next word, as in وليد) keep a byline
 * one name, and so does a part that is one word beginning in lower case, which is no one's name
 * (`"Staff and agencies"`, `"Ali Hassan and staff"`; `"bell hooks and Cornel West"` is two). Names are trimmed, runs of white space one
 * space, as written otherwise; an empty byline gives `[]`.
 */
export function bylineNames(byline: Byline | undefined): string[] {
  if (byline === undefined) return [];
  if (typeof byline !== "string") return byline.map(tidy).filter((name) => name !== "");
  return splitWritten(byline).names;
}

/**
 * A byline as the page prints it: each name ({@link bylineNames}) and the words between them. A
 * text keeps its joining words as written (`"Ali Hassan, Sara Ahmed and Tom Lee"` → name, `", "`,
 * name, `" and "`, name), so the author's choice is respected; a YAML list is joined as `lang`
 * joins a list (`Intl.ListFormat`, CLDR's list patterns: English `", "` and `", and "`, Arabic
 * `" و"`, French `", "` and `" et "`).
 * @param lang BCP 47 tag of the words around the names (the byline's "By")
 * @throws RangeError when `lang` is not a BCP 47 tag
 */
export function bylineParts(byline: Byline | undefined, lang: string): BylinePart[] {
  if (byline === undefined) return [];
  if (typeof byline !== "string") {
    const names = bylineNames(byline);
    return new Intl.ListFormat(lang, { type: "conjunction" })
      .formatToParts(names)
      .map((part) => (part.type === "element" ? { name: part.value } : { text: part.value }));
  }
  const { names, joins } = splitWritten(byline);
  return names.flatMap((name, index) =>
    index === 0 ? [{ name }] : [{ text: joins[index - 1] as string }, { name }],
  );
}
