/**
 * The parts of a post that its layout adds around the body and that feed readers would otherwise
 * miss: the lead image before the text, and after it the corrections and updates log and the
 * Sources list. Feed readers show no layout, so a feed entry carries them in its content.
 */
import { readableDate } from "../content/front-matter/dates.ts";
import type { Citation, Correction, LeadImage } from "../content/front-matter/schema.ts";
import { escapeHtml } from "../shared/html.ts";
import { archivedCopyOf } from "../shared/wayback.ts";
import { inlineMarkdown } from "../markdown/plugin.ts";

/** The front matter these parts come from, as Eleventy passes it (no defaults applied). */
export interface JournalismData {
  image?: LeadImage;
  corrections?: readonly (Omit<Correction, "kind"> & { kind?: Correction["kind"] })[];
  citations?: readonly Citation[];
}

/** Where and how dates are shown: the site's IANA time zone and BCP 47 language. */
export interface DateStyle {
  timeZone: string;
  language: string;
}

/**
 * Returns the lead image as a `<figure>` (its `src` as written: relative to the post's page, made
 * absolute later with the rest of the entry), or `""` when the post has none.
 */
export function leadImageHtml(data: JournalismData): string {
  const image = data.image;
  if (!image) return "";
  const caption = [
    image.caption ? escapeHtml(image.caption) : "",
    image.credit ? `<small>${escapeHtml(image.credit)}</small>` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return `<figure><img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt)}">${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>\n`;
}

/**
 * Returns the corrections and updates log and the Sources list as HTML, in the order and words
 * of the post's page ("Correction, 28 March 2008: …"; "James Glanz, <cite>…</cite>, The New York
 * Times, 27 March 2008. archived", the last a link to the source's archived copy), or `""` when the post has neither.
 */
export function endMatterHtml(data: JournalismData, style: DateStyle): string {
  const date = (text: string) =>
    `<time datetime="${escapeHtml(text)}">${escapeHtml(readableDate(text, style.timeZone, style.language))}</time>`;
  let html = "";
  if (data.corrections?.length) {
    const items = data.corrections.map(
      (entry) =>
        `<li><strong>${entry.kind === "update" ? "Update" : "Correction"}, ${date(entry.date)}:</strong> ${inlineMarkdown(entry.text)}</li>`,
    );
    html += `<h2>Corrections and updates</h2>\n<ol>\n${items.join("\n")}\n</ol>\n`;
  }
  if (data.citations?.length) {
    const items = data.citations.map((citation) => {
      const title = `<cite>${escapeHtml(citation.title)}</cite>`;
      const archived = archivedCopyOf(citation);
      return [
        "<li>",
        citation.author ? `${escapeHtml(citation.author)}, ` : "",
        citation.url ? `<a href="${escapeHtml(citation.url)}">${title}</a>` : title,
        `, ${escapeHtml(citation.publisher)}`,
        citation.date ? `, ${date(citation.date)}` : "",
        ".",
        archived
          ? ` <a href="${escapeHtml(archived)}" aria-label="Archived copy of ${escapeHtml(citation.title)}">Archived copy</a>.`
          : "",
        citation.note ? ` ${escapeHtml(citation.note)}` : "",
        "</li>",
      ].join("");
    });
    html += `<h2>Sources</h2>\n<ol>\n${items.join("\n")}\n</ol>\n`;
  }
  return html;
}
