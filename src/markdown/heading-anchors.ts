/**
 * markdown-it plugin: an `id` on every heading of a post, from its text through the site's
 * {@link slugify} (Arabic headings keep Arabic ids: `## البصرة` → `id="البصرة"`), unique in the
 * page, with the heading itself as its permalink (markdown-it-anchor's `headerLink`: the link's
 * text is the heading's, so screen readers announce nothing extra).
 *
 * Unique in the page means also unlike the ids the layouts and other markdown give: `main`,
 * `sources-heading` and others in {@link reservedIds}, map figures (`map-basra-31`, see
 * `src/maps/render-map.ts`) and footnotes (`fn-basra-1`). A repeated heading gets `-1`, `-2`…
 */
import type { MarkdownIt, StateCore } from "markdown-it";
import anchor from "markdown-it-anchor";
import { slugify } from "../content/slug.ts";
import type { EleventyEnv } from "./env.ts";

/** Ids the layouts use on every page or post; a heading that slugs to one gets `-1`. */
export const reservedIds: readonly string[] = [
  "main",
  "sources-heading",
  "by-place",
  "search-heading",
  "footnotes",
];

/** Fallback prefix of the id of a heading with no letter or digit: `section-1c5ah2e`. */
export const headingFallback = "section";

/**
 * True when `id` has the shape of an id other markdown of the page gives: a map figure or its
 * features (`map-<page slug>-<line>`, `…-feature-<n>`), a video (`video-<page slug>-<line>`,
 * `…-title`) or a footnote (`fn-…`, `fnref-…`).
 */
export function isGeneratedId(id: string): boolean {
  return (
    /^map-.+-\d+(?:-feature-\d+)?$/u.test(id) ||
    /^video-.+-\d+(?:-title)?$/u.test(id) ||
    /^fn(?:ref)?-/u.test(id)
  );
}

/**
 * The slug of a heading's text: {@link slugify} with the fallback `section`; a slug shaped like
 * a generated id ({@link isGeneratedId}) is prefixed with `section-`.
 */
export function headingSlug(text: string): string {
  const slug = slugify(text, headingFallback);
  return isGeneratedId(slug) ? `${headingFallback}-${slug}` : slug;
}

/** Registers markdown-it-anchor with Dispatch's slugs, reserved ids and permalink style. */
export function headingAnchorsPlugin(md: MarkdownIt): void {
  // markdown-it-anchor keeps the ids it has given in env.markdownItAnchor.slugs: start every
  // document with only the reserved ones, so ids never depend on what was rendered before.
  md.core.ruler.push("dispatch_heading_ids", (state: StateCore) => {
    const env = state.env as EleventyEnv & { markdownItAnchor?: unknown };
    env.markdownItAnchor = { slugs: Object.fromEntries(reservedIds.map((id) => [id, true])) };
  });
  md.use(anchor, {
    slugify: headingSlug,
    permalink: anchor.permalink.headerLink({ safariReaderFix: true }),
    // An author's {#id} that repeats another is renamed like a repeated heading, not fatal.
    failOnNonUnique: false,
  });
}
