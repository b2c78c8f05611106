/**
 * Code shortcodes (SyntaxHighlighter Evolved's `[php]`, `[code lang="js"]`, WordPress.com's
 * `[sourcecode]`): code inline becomes a code span, code on lines of its own a `<pre><code>` block
 * that turndown makes a fenced code block with its language.
 */
import { decodeHTML } from "entities";
import { escapeHtml } from "../../shared/html.ts";
import type { ShortcodeAttributes } from "../../shortcodes/attributes.ts";

/**
 * Code shortcodes of SyntaxHighlighter Evolved and the WordPress.com code block: the name is the
 * language (`[php]`), or `[code]`/`[sourcecode]` name it in `language=` or `lang=`.
 */
export const codeShortcodes: ReadonlyMap<string, string> = new Map([
  ["code", ""],
  ["sourcecode", ""],
  ...(
    [
      ["php", "php"],
      ["js", "js"],
      ["javascript", "js"],
      ["jscript", "js"],
      ["css", "css"],
      ["html", "html"],
      ["xml", "xml"],
      ["xhtml", "html"],
      ["bash", "bash"],
      ["shell", "bash"],
      ["sh", "bash"],
      ["sql", "sql"],
      ["python", "python"],
      ["py", "python"],
      ["ruby", "ruby"],
      ["rails", "ruby"],
      ["java", "java"],
      ["c", "c"],
      ["cpp", "cpp"],
      ["csharp", "csharp"],
      ["perl", "perl"],
      ["diff", "diff"],
      ["text", "text"],
      ["plain", "text"],
      ["ps", "powershell"],
      ["powershell", "powershell"],
    ] as const
  ).map(([name, language]) => [name, language] as [string, string]),
]);

/**
 * A code span of `code`, its backtick fence longer than any run of backticks in it:
 * `{% map "x" %}` → `` `{% map "x" %}` ``.
 */
export function codeSpan(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
  return `${fence}${pad}${code}${pad}${fence}`;
}

/**
 * The code of a code shortcode as written: the line breaks after the opening and before the
 * closing tag dropped; HTML entities decoded when the visual editor wrote them (the code has
 * `&lt;` and no `<` of its own).
 */
export function codeText(content: string): string {
  const code = content.replace(/^[ \t]*\n/, "").replace(/\n[ \t]*$/, "");
  if (code.includes("<") || !/&(?:lt|gt|amp|quot|#\d+);/.test(code)) return code;
  return decodeHTML(code);
}

/**
 * The markup of a code shortcode: a code span (placed inline by `placeInline`) when the code is
 * one line with text before or after it on its line, else a `<pre><code class="language-…">`
 * block on lines of its own.
 * @param name the shortcode's name, lower case (`php`, `code`)
 * @param content what the shortcode wraps
 * @param attributes its attributes (`language=`, `lang=`)
 * @param around the text before it on its line and after it on its line
 * @param placeInline returns the placeholder of an inline Markdown replacement
 */
export function codeMarkup(
  name: string,
  content: string,
  attributes: ShortcodeAttributes,
  around: { before: string; after: string },
  placeInline: (markdown: string) => string,
): string {
  const code = codeText(content);
  const language =
    codeShortcodes.get(name) ||
    (attributes.named.language ?? attributes.named.lang ?? "").replace(/[^\w+#-]/g, "");
  if (!code.includes("\n") && (around.before.trim() !== "" || around.after.trim() !== "")) {
    return placeInline(codeSpan(code));
  }
  const className = language ? ` class="language-${escapeHtml(language)}"` : "";
  return `\n\n<pre><code${className}>${escapeHtml(code)}</code></pre>\n\n`;
}
