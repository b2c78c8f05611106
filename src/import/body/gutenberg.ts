/**
 * Gutenberg's block marks: reusable blocks (`<!-- wp:block {"ref":55} /-->`) put in place, and the
 * block comments (`<!-- wp:paragraph -->`) removed, since they are not content.
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
  return html.replace(/<!--\s*wp:block\s+(\{[^]*?\})\s*\/-->/g, (comment, json: string) => {
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

/** Removes HTML comments, such as Gutenberg's block marks (`<!-- wp:paragraph -->`). */
export function removeComments(html: string): string {
  return html.replace(/<!--[^]*?-->/g, "");
}
