/** Escaping for text from content on its way into HTML. */

const htmlEscapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEscapes[c] as string);
}

/**
 * HTML with every `{%` written `&#123;%` (which browsers show as `{%`), so that no Dispatch tag
 * (`{% map %}`, `{% video %}`) is read in it: HTML the WordPress import writes into a post, a
 * caption the build shows.
 */
export function withoutTagOpeners(html: string): string {
  return html.replace(/\{%/g, "&#123;%");
}

/** Text for an HTML text node or a quoted attribute value ({@link escapeHtml}) with no `{%` ({@link withoutTagOpeners}). */
export function escapeHtmlText(text: string): string {
  return withoutTagOpeners(escapeHtml(text));
}

/**
 * Serialises `value` as JSON safe inside `<script type="application/json">`: `<`, `>` and `&` are
 * written as `\u003c`, `\u003e`, `\u0026`, so no string can close the element (`</script>`) or
 * open a comment; U+2028 and U+2029 are escaped too. `JSON.parse` gives back the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
