/**
 * Page builders' shortcodes (Divi `et_pb_*`, WPBakery `vc_*`, Avada `fusion_*`, Shortcodes
 * Ultimate `su_*`, Themify, Enfold `av_*`, Beaver Builder `fl_*`, Cornerstone `cs_*`, Elementor,
 * Flatsome `ux_*`, Tatsu, Thrive `tcb_*`): their tags are removed and what they wrap is kept; the
 * report says so once per post.
 */
import { findClosing } from "../../shortcodes/attributes.ts";

/** The names of a post's page-builder shortcodes. */
export interface LayoutShortcodes {
  /** Every layout shortcode met, once each, in the order met. */
  names: string[];
  /** Those that showed something of their own (a button, an image, a divider), now gone. */
  dropped: string[];
}

/** A page builder's shortcode name, by its prefix. */
export const layoutShortcode =
  /^(?:et_pb_|vc_|fusion_|su_|themify_|av_|fl_|cs_|elementor|ux_|tatsu_|tcb_|mk_|x_)/;

/** A layout shortcode's tag that separates blocks (a section, row, column or text module). */
const layoutBlock =
  /(?:section|row|column|col|container|text|wrapper|box|tab|tabs|accordion|toggle|spoiler|note|quote|module|inner|block|layout|one_|two_|three_|four_|full|half|third|fourth|fifth)/;

/** Page-builder shortcodes that only lay out what they wrap, removed without a word. */
export function wrapsOnly(name: string): boolean {
  return layoutBlock.test(name.replace(layoutShortcode, ""));
}

/**
 * Notes one page-builder tag in `layout` and returns what replaces it: a blank line for one that
 * separates blocks, else nothing. One that wraps nothing (`[et_pb_button …][/et_pb_button]`)
 * showed something of its own, which is gone; one around text (`[su_highlight]`) styled it.
 * @param text the content the tag is in
 * @param name its name, lower case
 * @param tag whether it closes or closes itself, and where it ends in `text`
 */
export function removeLayoutTag(
  text: string,
  name: string,
  tag: { closing: boolean; selfClosing: boolean; end: number },
  layout: LayoutShortcodes,
): string {
  if (!layout.names.includes(name)) layout.names.push(name);
  const closingOwn = tag.closing || tag.selfClosing ? undefined : findClosing(text, name, tag.end);
  const wrapped = closingOwn ? text.slice(tag.end, closingOwn.index).trim() : "";
  if (!tag.closing && !wrapsOnly(name) && wrapped === "" && !layout.dropped.includes(name)) {
    layout.dropped.push(name);
  }
  return wrapsOnly(name) ? "\n\n" : "";
}

/** Adds the names of `more` to `layout`, each once. */
export function mergeLayout(layout: LayoutShortcodes, more: LayoutShortcodes): void {
  layout.names.push(...more.names.filter((name) => !layout.names.includes(name)));
  layout.dropped.push(...more.dropped.filter((name) => !layout.dropped.includes(name)));
}

/** The one report line of a post built with a page builder: what was removed, and what is gone. */
export function layoutMessage(layout: LayoutShortcodes): string {
  const shown = layout.names.slice(0, 4).join(", ") + (layout.names.length > 4 ? "…" : "");
  const gone =
    layout.dropped.length > 0
      ? `; what ${layout.dropped.join(", ")} showed of ${layout.dropped.length === 1 ? "its" : "their"} own (a button, an image, a divider…) is not shown`
      : "";
  return `the page builder's layout shortcodes (${shown}) were removed and the text they held kept${gone}. Fix: check that the post reads as it should`;
}
