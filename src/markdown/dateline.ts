/**
 * The dateline: where a report was filed, printed at the start of its first paragraph in small
 * capitals, as newspapers do: "BASRA, Iraq — According to several media reports…". It comes from
 * the post's `dateline` front matter, which Eleventy passes markdown-it as `env`.
 */
import type { MarkdownIt } from "markdown-it";

/**
 * markdown-it plugin: when `env.dateline` is a non-blank string, opens the first top-level
 * paragraph with `<span data-pagefind-ignore><span class="dateline">{dateline}</span> — </span>`
 * (left out of the search index, so that search excerpts start with the report's own words). A
 * post whose body starts with
 * something other than a paragraph (a heading, a map) gets the dateline on its first paragraph
 * wherever it is; a post with no paragraph gets none.
 */
export function datelinePlugin(md: MarkdownIt): void {
  md.core.ruler.push("dispatch_dateline", (state) => {
    const dateline = (state.env as { dateline?: unknown } | undefined)?.dateline;
    if (typeof dateline !== "string" || dateline.trim() === "") return false;
    const index = state.tokens.findIndex(
      (token, i) =>
        token.type === "inline" &&
        token.level === 1 &&
        state.tokens[i - 1]?.type === "paragraph_open" &&
        state.tokens[i - 1]?.level === 0,
    );
    const inline = state.tokens[index];
    if (!inline?.children) return false;
    const open = new state.Token("html_inline", "", 0);
    open.content = '<span data-pagefind-ignore><span class="dateline">';
    const text = new state.Token("text", "", 0);
    text.content = dateline.trim();
    const close = new state.Token("html_inline", "", 0);
    close.content = "</span> — </span>";
    inline.children.unshift(open, text, close);
    return true;
  });
}
