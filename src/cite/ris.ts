/**
 * The RIS file offered for download beside each post (`cite.ris`), read by Zotero, EndNote,
 * Mendeley and most reference managers. Format: the RIS specification (Research Information
 * Systems, 2011; https://web.archive.org/web/2012/http://www.refman.com/support/risformat_intro.asp
 * and Wikipedia's summary https://en.wikipedia.org/wiki/RIS_(file_format)): one tag a line, two
 * capital letters or a letter and a digit, two spaces, a hyphen and a space (`TY  - `), lines ended
 * by CR LF, the record ended by `ER  - `.
 */
import type { CiteRecord } from "./record.ts";

/**
 * A value on one RIS line: line breaks (CR, LF, U+2028, U+2029, NEL) and runs of white space
 * become one space, since a line break ends a tag's value; text otherwise as it is, in UTF-8.
 */
export function risValue(text: string): string {
  return text.replace(/[\s\u0085\u2028\u2029]+/gu, " ").trim();
}

/**
 * Writes the post's record, lines ended by CR LF:
 *
 *     TY  - BLOG
 *     AU  - James Glanz
 *     TI  - Iraqi Army's Assault on Militias in Basra Stalls
 *     T2  - Dispatch
 *     PB  - Dispatch
 *     PY  - 2008
 *     DA  - 2008/03/27
 *     UR  - https://example.org/posts/basra/
 *     LA  - en
 *     ER  -
 *
 * `BLOG` (blog) rather than `ELEC` (web page): a post of a dated publication, whose `T2` is the
 * publication (Zotero reads it as the blog's title). One `AU` per name of the byline, as written
 * (RIS prefers "Last, First", which a byline does not give: reference managers split a name
 * written "First Last" themselves); none for a post with no author. `C?`, `N1` and the licence
 * are not written. The last line is `ER  - ` with its trailing space, then CR LF.
 */
export function risRecord(record: CiteRecord): string {
  const lines: [string, string][] = [
    ["TY", "BLOG"],
    ...record.authors.map((name) => ["AU", name] as [string, string]),
    ["TI", record.title],
    ["T2", record.siteTitle],
    ["PB", record.publisher],
    ["PY", record.date.slice(0, 4)],
    ["DA", record.date.replace(/-/g, "/")],
    ["UR", record.url],
    ["LA", record.language],
  ];
  return [...lines.map(([tag, value]) => `${tag}  - ${risValue(value)}`), "ER  - ", ""].join(
    "\r\n",
  );
}
