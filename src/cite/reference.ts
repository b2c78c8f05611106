/**
 * The reference a reader copies from a post's "Cite this analysis" block, in the Chicago Manual of
 * Style's notes-bibliography system, in the form of a note citing website content or a blog post
 * (The Chicago Manual of Style, 17th ed., chapter 14; its quick guide, "Website content" and
 * "Blog posts": https://www.chicagomanualofstyle.org/tools_citationguide/citation-guide-1.html):
 *
 *     James Glanz, “Who Holds Basra?” Dispatch, 27 March 2008, https://example.org/posts/basra/.
 *
 * Author(s), the title in double quotation marks, the site's name in italics, the date, the URL;
 * no access date (Chicago asks for one only when a page gives no date). The note form, not the
 * bibliography entry ("Glanz, James."), because it names people as their byline does: inverting a
 * name needs its family name, which a byline does not mark and which the last word is not for
 * many names (Spanish double surnames, Chinese names written family name first, Arabic names with
 * `al-`). Dates are day month year, which Chicago allows and the byline uses.
 */
import { englishMonths } from "../shared/months.ts";
import { escapeHtml } from "../shared/html.ts";
import { breakableUrlHtml } from "../shared/url-breaks.ts";
import type { CiteRecord } from "./record.ts";

/**
 * A reference as plain text and as HTML (escaped; names and title in `<bdi>`, the title with the
 * post's `lang`, the site's name in `<i>`, the URL a link).
 */
export interface FormattedReference {
  text: string;
  html: string;
}

/**
 * Writes a calendar date `YYYY-MM-DD` day month year in English: `"2008-03-07"` → `"7 March 2008"`.
 * @throws RangeError when `date` is not `YYYY-MM-DD` with a month 01–12
 */
export function referenceDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? englishMonths[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) {
    throw new RangeError(`not a date written YYYY-MM-DD: ${JSON.stringify(date)}`);
  }
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/**
 * Names the authors as a Chicago note does: one `A`; two `A and B`; three `A, B, and C`; four or
 * more `A et al.`, as Chicago's notes do; none `""`.
 * @param name writes one name (HTML: escaped and isolated); @default as it is
 */
export function referenceAuthors(
  authors: readonly string[],
  name: (author: string) => string = (author) => author,
): string {
  const [first = "", second = "", third = ""] = authors.map(name);
  if (authors.length <= 2) return authors.map(name).join(" and ");
  if (authors.length === 3) return `${first}, ${second}, and ${third}`;
  return `${first} et al.`;
}

/**
 * The title inside the reference's double quotation marks: its own double quotation marks become
 * single ones (`The “army”` → `The ‘army’`; straight `"` paired the same way), as Chicago asks for
 * quotations within quotations.
 */
export function quotedTitle(title: string): string {
  let open = true;
  return title
    .replace(/“/g, "‘")
    .replace(/”/g, "’")
    .replace(/"/g, () => {
      const mark = open ? "‘" : "’";
      open = !open;
      return mark;
    });
}

/**
 * Formats the reference of a post (see the module's comment for the style). The comma after the
 * title goes inside the closing quotation mark, and is left out after a title that ends in `?`
 * or `!`, as in Chicago. A post with no author starts with its title.
 */
export function chicagoReference(record: CiteRecord): FormattedReference {
  const authors = referenceAuthors(record.authors);
  const title = quotedTitle(record.title);
  const comma = /[?!]$/.test(title) ? "" : ",";
  const tail = `, ${referenceDate(record.date)}, `;
  // In HTML the names and the title are isolated (<bdi>), so that a title in Arabic script does
  // not carry the reference's punctuation to the wrong side (https://www.w3.org/International/articles/inline-bidi-markup/).
  // The title also carries the post's language: the reference itself is in the site's (its
  // words, its date), and a screen reader reads the title with the voice of its own.
  const isolated = (text: string, lang?: string) =>
    `<bdi${lang ? ` lang="${escapeHtml(lang)}"` : ""}>${escapeHtml(text)}</bdi>`;
  return {
    text: `${authors ? `${authors}, ` : ""}“${title}${comma}” ${record.siteTitle}${tail}${record.url}.`,
    html: [
      // Each name isolated on its own, so that names in two scripts keep their order.
      authors ? `${referenceAuthors(record.authors, (author) => isolated(author))}, ` : "",
      `“${isolated(title, record.language)}${comma}” `,
      `<i>${escapeHtml(record.siteTitle)}</i>${escapeHtml(tail)}`,
      // The URL's text breaks where Chicago allows (after `//`, before `/` `.` `-`…), never
      // after a hyphen, where it would read as hyphenation; the href is the URL as it is.
      `<a href="${escapeHtml(record.url)}">${breakableUrlHtml(record.url)}</a>.`,
    ].join(""),
  };
}
