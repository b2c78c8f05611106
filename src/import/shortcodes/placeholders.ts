/**
 * Placeholders for converted shortcodes: each shortcode is replaced by `WPSHORTCODE3X` (letters
 * and digits only, so neither the HTML sanitiser nor turndown changes it) and its Markdown is put
 * back once the rest of the content is Markdown.
 */

/** What stands in for one placeholder once the content is Markdown. */
export interface Replacement {
  /** The placeholder in the HTML: `WPSHORTCODE3X`. */
  placeholder: string;
  /** Markdown that replaces it. */
  markdown: string;
  /** A block stands on lines of its own, splitting a paragraph it was in. */
  block: boolean;
}

/** The placeholders of one post's content. */
export interface Placeholders {
  /** The Markdown of each placeholder, in the order they were made. */
  replacements: Replacement[];
  /** Makes a placeholder for `markdown`, a block (on lines of its own) or inline. */
  place(markdown: string, block: boolean): string;
}

/** Creates the placeholders of one post: `WPSHORTCODE0X`, `WPSHORTCODE1X`… */
export function createPlaceholders(): Placeholders {
  const replacements: Replacement[] = [];
  return {
    replacements,
    place(markdown, block) {
      const placeholder = `WPSHORTCODE${replacements.length}X`;
      replacements.push({ placeholder, markdown, block });
      return placeholder;
    },
  };
}

/**
 * Puts each placeholder's Markdown back into the converted Markdown: a block on lines of its
 * own (blank lines around it), an inline one where it stood. Trailing spaces go, a hard break
 * left at the end of a paragraph a block split goes, and blank lines a block left are collapsed
 * (except in fenced code, where they are the code's).
 */
export function restorePlaceholders(
  markdown: string,
  replacements: readonly Replacement[],
): string {
  let result = markdown;
  for (const { placeholder, markdown: replacement, block } of replacements) {
    result = result.replace(placeholder, () => (block ? `\n\n${replacement}\n\n` : replacement));
  }
  return (
    result
      .split("\n")
      .map((line) =>
        line
          .replace(/[ \t]+$/, "")
          .replace(/^[ \t]+(?=\{% video|<figure>|<span class="legacy-embed")/, ""),
      )
      .join("\n")
      // A hard break (a backslash) left at the end of a paragraph a block split.
      .replace(/\\\n(?=\s*\n)/g, "\n")
      .split(/(^(`{3,}|~{3,})[^\n]*\n[^]*?\n\2[ \t]*$)/m)
      // Blank lines a block left are collapsed, except in fenced code, where they are the code's.
      .map((part, index) =>
        index % 3 === 0 ? part.replace(/\n{3,}/g, "\n\n") : index % 3 === 1 ? part : "",
      )
      .join("")
      .trim()
  );
}
