/**
 * The people a byline names, one by one, as the "Cite this" block, BibTeX and RIS list them.
 */

/**
 * Splits a byline into its names: `"James Glanz and Michael Kamber"` → `["James Glanz",
 * "Michael Kamber"]`; `"Ali Hassan, Sara Ahmed and Tom Lee"` (or `", and"`) → three names;
 * `"Ali Hassan"` → one. Commas split only when every part is a name of two words or more, so a
 * suffix stays with its name (`"James Glanz, Jr."` is one name) and so does a name written
 * family name first (`"Glanz, James"`). Names are trimmed, as written otherwise; an empty byline
 * gives `[]`.
 */
export function bylineNames(byline: string | undefined): string[] {
  const text = (byline ?? "").replace(/\s+/g, " ").trim();
  if (text === "") return [];
  const parts = text.split(/,? and /u);
  const first = parts[0] as string;
  const listed = first.split(/, /u);
  const isList = listed.length > 1 && listed.every((name) => name.trim().includes(" "));
  return [...(isList ? listed : [first]), ...parts.slice(1)]
    .map((name) => name.trim())
    .filter((name) => name !== "");
}
