/**
 * A URL shown as text, with the places a line may break in it marked, as the Chicago Manual of
 * Style asks (CMOS 17th ed. §6.17 and §14.18): after a colon or a double slash; before a single
 * slash, a period, a comma, a hyphen, an underscore, a tilde, a question mark, a number sign or a
 * percent sign; before or after an equals sign or an ampersand. A hyphen is never left at the
 * end of a line, where it would read as the word's hyphenation (`dispatch-` / `news.com`).
 */
import { escapeHtml } from "./html.ts";

/** Characters a line may break before (CMOS §6.17). */
const breakBefore = /[/.,\-_~?#%]/;
/** Characters a line may break before or after. */
const breakAround = /[=&]/;

/**
 * The HTML of a URL's text with `<wbr>` at each place a line may break, every part escaped;
 * each hyphen is kept with the character after it (`<span class="url-hyphen">-n</span>`,
 * `white-space: nowrap` in the style sheet), so that no line ends with it. The text is the URL
 * exactly (copying it gives the URL; `<wbr>` is no character), so a link's `href` stays as it is.
 * `breakableUrlHtml("https://dispatch-news.com/posts/a/")` →
 * `https://<wbr>dispatch<wbr><span class="url-hyphen">-n</span>ews<wbr>.com<wbr>/posts<wbr>/a<wbr>/`.
 * @param url any text; meant for an absolute URL
 */
export function breakableUrlHtml(url: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:(?:\/\/)?/i.exec(url)?.[0] ?? "";
  let html = escapeHtml(scheme) + (scheme ? "<wbr>" : "");
  const rest = [...url.slice(scheme.length)];
  for (let index = 0; index < rest.length; index++) {
    const character = rest[index] as string;
    const previous = index > 0 ? (rest[index - 1] as string) : "";
    // Not between two characters that both allow a break before (`//`, `..`): one break is enough.
    const marks =
      index > 0 &&
      (breakBefore.test(character) || breakAround.test(character)) &&
      !breakBefore.test(previous)
        ? "<wbr>"
        : breakAround.test(previous) && !breakBefore.test(character) && !breakAround.test(character)
          ? "<wbr>"
          : "";
    if (character === "-" && index + 1 < rest.length) {
      html += `${marks}<span class="url-hyphen">-${escapeHtml(rest[index + 1] as string)}</span>`;
      index++;
      continue;
    }
    html += marks + escapeHtml(character);
  }
  return html;
}
