/**
 * Reading a shortcode's tag: its pattern (plain `[caption …]` or escaped `\[caption …\]`, any
 * case), its attributes, and its closing tag. See https://developer.wordpress.org/apis/shortcode/.
 */

/** Attributes of a shortcode: named ones, and the positional ones in order. */
export interface ShortcodeAttributes {
  named: Record<string, string>;
  positional: string[];
}

/** An opening, self-closing or closing tag, plain or escaped with backslashes. */
export const shortcodeTagPattern = /\\?\[(\/?)([A-Za-z_][\w-]*)((?:=|\s)[^\]]*?)?\s*(\/?)\\?\]/g;

/** Curly and prime quotes around attribute values, read as straight quotes. */
export function straightenQuotes(attributes: string): string {
  return attributes
    .replace(/[“”„‟″]/g, '"')
    .replace(/=\s*[‘‚‛′]([^]*?)[’′'](?=\s|\/|\\|$)/g, '="$1"');
}

/**
 * Reads a shortcode's attribute text: `id="a" width=300 caption='x' http://y` →
 * `{ named: { id: "a", width: "300", caption: "x" }, positional: ["http://y"] }`;
 * `=http://y` (as in `[youtube=http://y]`) → `{ positional: ["http://y"] }`.
 * Names are lower case; HTML entities for quotes and `&amp;` are decoded.
 */
export function parseAttributes(text: string): ShortcodeAttributes {
  const decoded = straightenQuotes(
    text
      .replace(/&#8220;|&#8221;|&#8243;|&quot;/g, '"')
      .replace(/&#8216;|&#8217;|&#039;/g, "'")
      .replace(/&amp;/g, "&"),
  ).replace(/\\$/, "");
  if (/^\s*=/.test(decoded))
    return { named: {}, positional: [decoded.replace(/^\s*=\s*/, "").trim()] };
  const named: Record<string, string> = {};
  const positional: string[] = [];
  const pattern = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))|"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const match of decoded.matchAll(pattern)) {
    if (match[1]) named[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? "";
    else positional.push(match[5] ?? match[6] ?? match[7] ?? "");
  }
  return { named, positional };
}

/**
 * Finds the closing tag of `name` (`[/caption]`, `\[/caption\]`) from `from`.
 * @returns its index and length, or undefined when there is none
 */
export function findClosing(
  text: string,
  name: string,
  from: number,
): { index: number; length: number } | undefined {
  const pattern = new RegExp(`\\\\?\\[\\/${name.replace(/-/g, "\\-")}\\\\?\\]`, "gi");
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? { index: match.index, length: match[0].length } : undefined;
}
