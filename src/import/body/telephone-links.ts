/** Links to telephone numbers (`tel:`) in a post. */
/**
 * The text of a `tel:` link keeps together: its spaces become no-break spaces (a phone number
 * split over two lines is misread; `npm run verify` checks it).
 */
export function telephoneLinks(html: string): string {
  return html.replace(
    /(<a\b[^>]*\bhref=["']tel:[^>]*>)([^<]*)(<\/a>)/gi,
    (_link, open: string, text: string, close: string) =>
      `${open}${text.replace(/ +/g, "\u00a0")}${close}`,
  );
}
