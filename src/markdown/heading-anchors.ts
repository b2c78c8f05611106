/**
 * markdown-it plugin: an `id` on every heading of a post, from its text through the site's
 * {@link slugify} (Arabic headings keep Arabic ids: `## البصرة` → `id="البصرة"`), unique in the
 * page, and a permalink beside it ({@link permalinkAfterHeading}): the heading keeps its own text
 * and links, and a `#` link after it, named "Link to this section: <heading>" for screen readers,
 * points at it. Links never nest, as they did when the whole heading was its own permalink.
 *
 * Unique in the page means also unlike the ids the layouts and other markdown give: `main`,
 * `sources-heading` and others in {@link reservedIds}, map figures (`map-basra-2`, `map-basra-eight-days`, see
 * `src/maps/render-map.ts`) and footnotes (`fn-basra-1`). A repeated heading gets `-1`, `-2`…
 */
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import anchor from "markdown-it-anchor";
import { escapeHtml } from "../shared/html.ts";
import { slugify } from "../shared/slug.ts";
import { ContentError, type ContentProblem } from "../errors.ts";
import { inputFile, type EleventyEnv } from "./env.ts";
import { fileLineOfBlock } from "./geojson-fence.ts";
import { mapFigureIdsOf } from "./map-keys.ts";

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

/** Class of the `<div>` holding a heading of a post and its permalink. */
export const headingClass = "heading-anchored";

/** The accessible name of a heading's permalink: `Link to this section: The port`. */
export function permalinkName(headingText: string): string {
  return `Link to this section: ${headingText}`;
}

/** The heading's text as markdown-it-anchor reads it: text and code, without links' markup. */
function headingText(children: readonly Token[]): string {
  return children
    .filter((child) => child.type === "text" || child.type === "code_inline")
    .map((child) => child.content)
    .join("")
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * markdown-it-anchor permalink: wraps the heading at `index` of `state.tokens` and a link to it
 * in `<div class="heading-anchored">`, as GitHub does:
 * `<div class="heading-anchored"><h2 id="the-port" tabindex="-1">The <a href="…">port</a></h2>`
 * `<a class="header-anchor" href="#the-port" aria-label="Link to this section: The port">#</a></div>`.
 * The heading's accessible name stays its text; Pagefind leaves the `#` out of excerpts.
 */
export function permalinkAfterHeading(
  slug: string,
  _options: unknown,
  state: StateCore,
  index: number,
): void {
  const text = headingText(state.tokens[index + 1]?.children ?? []);
  const open = new state.Token("html_block", "", 0);
  open.content = `<div class="${headingClass}">\n`;
  const close = new state.Token("html_block", "", 0);
  close.content =
    `<a class="header-anchor" href="#${escapeHtml(slug)}" aria-label="${escapeHtml(permalinkName(text))}" data-pagefind-ignore>#</a>\n` +
    "</div>\n";
  // heading_open, inline, heading_close: the link and the end of the div after the last.
  state.tokens.splice(index + 3, 0, close);
  state.tokens.splice(index, 0, open);
}

/** Registers markdown-it-anchor with Dispatch's slugs, reserved ids and permalink style. */
export function headingAnchorsPlugin(md: MarkdownIt): void {
  // markdown-it-anchor keeps the ids it has given in env.markdownItAnchor.slugs: start every
  // document with only the reserved ones, so ids never depend on what was rendered before.
  md.core.ruler.push("dispatch_heading_ids", (state: StateCore) => {
    const env = state.env as EleventyEnv & { markdownItAnchor?: unknown };
    // The page's map figures too: a map's id (`eight-days`) makes its figure's id any text.
    const taken = [...reservedIds, ...mapFigureIdsOf(state.tokens, env)];
    env.markdownItAnchor = { slugs: Object.fromEntries(taken.map((id) => [id, true])) };
  });
  md.use(anchor, {
    slugify: headingSlug,
    // markdown-it-anchor types its permalinks against its own copy of markdown-it's types.
    permalink: permalinkAfterHeading as unknown as anchor.PermalinkGenerator,
    // An author's {#id} that repeats another is renamed like a repeated heading, not fatal.
    failOnNonUnique: false,
  });
  md.core.ruler.before("anchor", "dispatch_empty_heading", emptyHeadingRule);
}
