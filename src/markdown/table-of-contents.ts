/**
 * A post's table of contents: its `##` headings (with the `###` under each nested), as plain
 * text, linked to the ids `src/markdown/heading-anchors.ts` gives them. The headings are read from
 * markdown-it's tokens as the post is rendered ({@link headingsPlugin}), never from its HTML.
 */
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import type { EleventyEnv } from "./env.ts";

/** A heading of a post's body, as the table of contents lists it. */
export interface TocHeading {
  /** 2 for `##`, 3 for `###`. */
  level: 2 | 3;
  /** The heading's `id`, the fragment of its link: `the-port`. */
  id: string;
  /** The heading's text without markup, links or footnote references: `The port of Basra`. */
  text: string;
  /** The heading's `lang`, when it has one (`## البصرة {lang=ar}`). */
  lang?: string;
  /** The heading's `dir`, when it has one. */
  dir?: string;
}

/** An entry of the table of contents: a `##` heading and the `###` headings under it. */
export interface TocEntry extends TocHeading {
  /** The `###` headings after this one and before the next `##`; always empty for a `###`. */
  children: TocHeading[];
}

/** Options of {@link tableOfContents}. */
export interface TableOfContentsOptions {
  /**
   * Fewest `##` headings a post needs for a table of contents.
   * @default 3
   */
  minHeadings?: number;
  /**
   * The post's `toc` front matter: `false` never shows one, `true` shows one whenever the post
   * has a heading, `undefined` follows {@link minHeadings}.
   * @default undefined
   */
  setting?: boolean;
}

/** The plain text of a heading's inline tokens: text and code, without footnote references. */
function plainText(children: readonly Token[]): string {
  return children
    .map((child) =>
      child.type === "text" || child.type === "code_inline"
        ? child.content
        : child.type === "softbreak" || child.type === "hardbreak"
          ? " "
          : "",
    )
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The `##` and `###` headings of a parsed post, in order, once the heading ids are given (after
 * markdown-it-anchor's core rule). Headings inside a block quote (quoted text, not the post's own
 * sections) and headings without an id or text are left out.
 */
export function headingsOf(tokens: readonly Token[]): TocHeading[] {
  const headings: TocHeading[] = [];
  let quoteDepth = 0;
  tokens.forEach((token, index) => {
    if (token.type === "blockquote_open") quoteDepth++;
    if (token.type === "blockquote_close") quoteDepth--;
    if (token.type !== "heading_open" || quoteDepth > 0) return;
    if (token.tag !== "h2" && token.tag !== "h3") return;
    const id = String(token.attrGet("id") ?? "");
    const text = plainText(tokens[index + 1]?.children ?? []);
    if (id === "" || text === "") return;
    const lang = String(token.attrGet("lang") ?? "");
    const dir = String(token.attrGet("dir") ?? "");
    headings.push({
      level: token.tag === "h2" ? 2 : 3,
      id,
      text,
      ...(lang ? { lang } : {}),
      ...(dir ? { dir } : {}),
    });
  });
  return headings;
}

/**
 * The table of contents of a post's headings, or `undefined` when it gets none: when
 * `setting` is `false`, when it has fewer than `minHeadings` `##` headings (unless `setting` is
 * `true`), or when it has no heading at all. Each `###` is nested under the `##` before it; a
 * `###` before the first `##` is an entry of its own.
 */
export function tableOfContents(
  headings: readonly TocHeading[],
  options: TableOfContentsOptions = {},
): TocEntry[] | undefined {
  if (options.setting === false || headings.length === 0) return undefined;
  const sections = headings.filter((heading) => heading.level === 2).length;
  if (options.setting !== true && sections < (options.minHeadings ?? 3)) return undefined;
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    const parent = entries[entries.length - 1];
    if (heading.level === 3 && parent?.level === 2) parent.children.push(heading);
    else entries.push({ ...heading, children: [] });
  }
  return entries;
}

/** Headings of each rendered post, by Eleventy's input path (`./posts/basra/index.md`). */
export type HeadingStore = Map<string, TocHeading[]>;

/** Where {@link headingsPlugin} records a post's headings: a {@link HeadingStore}, or a recorder of it. */
export interface HeadingSink {
  set(inputPath: string, headings: TocHeading[]): unknown;
}

/**
 * markdown-it plugin: after the heading ids are given, records the headings of the page being
 * rendered in `store` under its input path, for its layout's table of contents. Register it
 * after `headingAnchorsPlugin` (`src/markdown/heading-anchors.ts`). Rendering without a page (tests) records nothing.
 */
export function headingsPlugin(md: MarkdownIt, store: HeadingSink): void {
  md.core.ruler.push("dispatch_headings", (state: StateCore) => {
    const inputPath = (state.env as EleventyEnv | undefined)?.page?.inputPath;
    if (inputPath) store.set(inputPath, headingsOf(state.tokens));
  });
}
