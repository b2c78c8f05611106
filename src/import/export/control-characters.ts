/**
 * Characters a WordPress export may hold that no post can: text pasted from word processors
 * brings C0 controls (a vertical tab U+000B for a line break, U+0008, U+001A), and a file
 * written in windows-1252 and declared ISO-8859-1 or UTF-8 by a plugin brings C1 controls
 * (U+0092 for a right quote). WordPress stores and exports them as they are; Dispatch's build
 * refuses every one of them in front matter and body (`src/text/control-characters.ts`: XML,
 * feeds and the sitemap cannot carry them), so the import takes them out of what it reads: a C1
 * control becomes the windows-1252 character of its byte (as browsers read `&#146;`, WHATWG
 * Encoding), a vertical tab or form feed (Word's line and page breaks) a line feed, and any
 * other one is removed. Tab, line feed and carriage return stay.
 */

import { windows1252High } from "./encoding.ts";

// Without the `u` flag, so that a surrogate is one code unit the pattern can look at.
const refused =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` without the characters Dispatch refuses in a post: U+0080–U+009F read as windows-1252
 * (`\u0092` → `’`, `\u0085` → `…`), U+000B and U+000C as `\n`, other C0 and C1 controls, U+FFFE,
 * U+FFFF and lone surrogates removed.
 */
export function withoutControlCharacters(text: string): string {
  return text.replace(refused, (character) => {
    const code = character.charCodeAt(0);
    // Word's manual line break (vertical tab) and page break (form feed) end a line.
    if (code === 0x0b || code === 0x0c) return "\n";
    if (code < 0x80 || code > 0x9f) return "";
    const read = windows1252High[code - 0x80] ?? character;
    // Five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) have no character in windows-1252.
    return read === character ? "" : read;
  });
}
