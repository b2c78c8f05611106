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
import { ContentError, type ContentProblem } from "../errors.ts";
import { inputFile, type EleventyEnv } from "./env.ts";
import { fileLineOfBlock } from "./geojson-fence.ts";

/** Ids the layouts use on every page or post; a heading that slugs to one gets `-1`. */
export const reservedIds: readonly string[] = [
  "main",
  "sources-heading",
  "by-place",
  "search-heading",
  "toc-heading",
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
 * a generated id ({@link isGeneratedId}), or that does not begin with a letter (`## 24 March`:
 * html-validate's valid-id, which `npm run verify` applies, wants a letter first), is prefixed
 * with `section-`: `section-24-march`.
 */
export function headingSlug(text: string): string {
  const slug = slugify(text, headingFallback);
  return isGeneratedId(slug) || !/^\p{L}/u.test(slug) ? `${headingFallback}-${slug}` : slug;
}

/**
 * Core rule, before the ids are given: a heading with nothing to read (`##` alone, or
 * `## {#the-port}`, whose `{…}` is only attributes) stops the build with its file and line; it
 * would be an empty heading and an empty link, which readers of a screen reader hear as nothing.
 */
function emptyHeadingRule(state: StateCore): void {
  const env = (state.env ?? {}) as EleventyEnv;
  const problems: ContentProblem[] = [];
  state.tokens.forEach((token, index) => {
    if (token.type !== "heading_open") return;
    const children = state.tokens[index + 1]?.children ?? [];
    const readable = children.some((child) =>
      child.type === "text" || child.type === "code_inline"
        ? child.content.trim() !== ""
        : child.type === "image" || child.type === "html_inline" || child.type === "footnote_ref",
    );
    if (!readable) {
      problems.push({
        file: inputFile(env),
        line: fileLineOfBlock(env, token.map?.[0] ?? 0),
        message: `heading "${token.markup}" has no text`,
        fix: `write the heading's text after ${token.markup}, e.g. ${token.markup} The port, or delete the line`,
      });
    }
  });
  if (problems.length > 0) throw new ContentError(problems);
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
  md.core.ruler.before("anchor", "dispatch_empty_heading", emptyHeadingRule);
}
