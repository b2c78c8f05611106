/**
 * Gutenberg's block marks: reusable blocks (`<!-- wp:block {"ref":55} /-->`) put in place, the
 * blocks' content marked (WordPress gives it no paragraphs of its own), and the block comments
 * (`<!-- wp:paragraph -->`) removed, since they are not content.
 * See https://developer.wordpress.org/block-editor/explanations/architecture/key-concepts/.
 */
import type { Losses } from "../html/losses.ts";

/**
 * Puts the export's reusable blocks where a post names them (`<!-- wp:block {"ref":55} /-->`),
 * those they name in turn too (at most 5 deep); one missing from the export is reported through
 * `losses`.
 */
export function inlineReusableBlocks(
  html: string,
  blocks: ReadonlyMap<string, string>,
  losses: Losses,
  depth = 0,
): string {
  return replaceComments(html, (comment) => {
    const json = /^<!--\s*wp:block\s+(\{[^]*\})\s*\/-->$/.exec(comment)?.[1];
    if (json === undefined) return comment;
    let ref: string;
    try {
      ref = String((JSON.parse(json) as { ref?: unknown }).ref ?? "");
    } catch {
      ref = /"ref"\s*:\s*"?(\d+)/.exec(json)?.[1] ?? "";
    }
    const content = blocks.get(ref);
    if (content === undefined || depth >= 5) {
      return losses.mark(
        `the reusable block ${ref || "(no ref)"} (${comment}) is not in the export, so what it showed was left out. Fix: copy its text from the old site (Appearance → Patterns, or Reusable blocks) into the post, or export it with the posts (Tools → Export → All content)`,
      );
    }
    return `\n\n${inlineReusableBlocks(content, blocks, losses, depth + 1)}\n\n`;
  });
}

/** The mark {@link markBlockContent} puts before a top-level block's content. */
export const keptBlockOpen = "<!--kept-block-->";
/** The mark {@link markBlockContent} puts after a top-level block's content. */
export const keptBlockClose = "<!--/kept-block-->";

/**
 * Blocks whose content WordPress gives paragraphs: the classic block (`core/freeform`, whose
 * content the block editor runs through `autop` when it loads it) and the shortcode block
 * (`render_block_core_shortcode` runs `wpautop`).
 */
const paragraphedBlocks = /^(?:core\/)?(?:freeform|shortcode)$/;

/**
 * Marks the content of each top-level Gutenberg block with {@link keptBlockOpen} and
 * {@link keptBlockClose}: WordPress shows a post's blocks as the editor saved them, paragraphs
 * included, and runs no `wpautop` on them (`do_blocks` removes it,
 * https://developer.wordpress.org/reference/functions/do_blocks/). Text outside blocks (a classic
 * block, saved without block comments), `wp:freeform` and `wp:shortcode` blocks are left
 * unmarked, to get WordPress's paragraphs. Content with no block comment (the classic editor's)
 * is returned as it is. Block comments are read as WordPress's block parser reads them
 * (`<!-- wp:name {"attrs"} -->`, `<!-- /wp:name -->`, `<!-- wp:name /-->`).
 */
export function markBlockContent(html: string): string {
  const block =
    /^<!--\s+(\/)?wp:((?:[a-z][a-z0-9_-]*\/)?[a-z][a-z0-9_-]*)\s+(?:\{[^]*\}\s+)?(\/)?-->$/;
  let depth = 0;
  let marked = false;
  return replaceComments(html, (comment) => {
    const [, closer, name = "", empty] = block.exec(comment) ?? [];
    if (!name || empty) return comment;
    if (!closer) {
      depth += 1;
      if (depth > 1 || paragraphedBlocks.test(name)) return comment;
      marked = true;
      return `\n\n${keptBlockOpen}${comment}`;
    }
    depth = Math.max(0, depth - 1);
    if (depth > 0 || !marked) return comment;
    marked = false;
    return `${comment}${keptBlockClose}\n\n`;
  });
}

/**
 * Each HTML comment of `html` (`<!--` to the first `-->` after it) replaced by what `replace`
 * returns for it, in one pass; a `<!--` never closed and what follows it are kept as they are.
 */
function replaceComments(html: string, replace: (comment: string) => string): string {
  let result = "";
  let position = 0;
  for (;;) {
    const start = html.indexOf("<!--", position);
    const end = start < 0 ? -1 : html.indexOf("-->", start + 4);
    if (end < 0) return result + html.slice(position);
    result += html.slice(position, start) + replace(html.slice(start, end + 3));
    position = end + 3;
  }
}

/**
 * Removes HTML comments, such as Gutenberg's block comments (`<!-- wp:paragraph -->`), but not
 * the marks of {@link markBlockContent}. `<!--nextpage-->` (a page break) and `<!--more-->` on a
 * line of its own end a paragraph, as on the old site's pages; a `<!--more-->` inside a line is
 * removed and the line goes on.
 */
export function removeComments(html: string): string {
  const pages = html
    .replace(/<!--nextpage-->/g, "\n\n")
    .replace(/^[ \t]*<!--more(?:(?!-->)[^\n])*-->[ \t]*$/gm, "\n");
  return replaceComments(pages, (comment) =>
    comment === keptBlockOpen || comment === keptBlockClose ? comment : "",
  );
}
