/**
 * Tables of a post, kept as HTML: rows in a `<tbody>`, header cells with a `scope` (as
 * `npm run verify` asks), a Gutenberg table block's caption as the table's `<caption>`.
 */
import { parseHTML } from "linkedom";

/**
 * Makes tables pass `npm run verify`: rows written straight in `<table>` go in a `<tbody>`,
 * header cells get a `scope` (`col` in a header row, `row` when a row starts with one).
 * @param html sanitised HTML
 */
export function accessibleTables(html: string): string {
  if (!/<table\b/i.test(html)) return html;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const table of [...document.querySelectorAll("table")]) {
    const loose = [...table.children].filter((child) => child.nodeName === "TR");
    if (loose.length > 0) {
      const body = document.createElement("tbody");
      loose[0]?.before(body);
      body.append(...loose);
    }
    for (const row of [...table.querySelectorAll("tr")]) {
      if (row.closest("table") !== table) continue;
      const cells = [...row.children].filter((cell) => /^T[HD]$/.test(cell.nodeName));
      const headerRow =
        row.parentElement?.nodeName === "THEAD" || cells.every((cell) => cell.nodeName === "TH");
      cells.forEach((cell, index) => {
        if (cell.nodeName !== "TH" || cell.hasAttribute("scope")) return;
        if (headerRow) cell.setAttribute("scope", "col");
        else if (index === 0) cell.setAttribute("scope", "row");
        else cell.setAttribute("scope", "col");
      });
    }
  }
  return document.body.innerHTML;
}

/**
 * A Gutenberg table block's caption becomes the table's own `<caption>`:
 * `<figure class="wp-block-table"><table>…</table><figcaption>X</figcaption></figure>` →
 * `<table><caption>X</caption>…</table>`.
 */
export function tableCaptions(html: string): string {
  return html.replace(
    /<figure\b[^>]*\bwp-block-table\b[^>]*>\s*(<table\b[^>]*>)([^]*?<\/table>)\s*(?:<figcaption\b[^>]*>([^]*?)<\/figcaption>)?\s*<\/figure>/gi,
    (_figure, open: string, rest: string, caption: string | undefined) =>
      caption && caption.trim() !== ""
        ? `${open}<caption>${caption.trim()}</caption>${rest}`
        : `${open}${rest}`,
  );
}
