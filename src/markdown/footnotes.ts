/**
 * markdown-it plugin: footnotes (`text[^1]` … `[^1]: note`) with markdown-it-footnote, whose ids
 * carry the post's document id: `fn-basra-1`, `fnref-basra-1`. Ids stay unique when several
 * posts' content shares one page (feeds, lists of posts in full), and stay the same build after
 * build.
 */
import type { MarkdownIt } from "markdown-it";
import footnote from "markdown-it-footnote";
import { slugify } from "../content/slug.ts";
import type { EleventyEnv } from "./env.ts";

/** What markdown-it-footnote reads from `env`: `docId` prefixes every footnote id. */
export interface FootnoteEnv extends EleventyEnv {
  docId?: unknown;
}

/**
 * Returns the document id of a page: `env.docId` when the caller set one, else the slug of the
 * page's file slug (`posts/basra/index.md` → `basra`), else of its input path; `undefined`
 * when markdown is rendered outside any page (ids are then `fn1`, as the plugin makes them).
 */
export function footnoteDocId(env: FootnoteEnv | undefined): string | undefined {
  if (typeof env?.docId === "string") return env.docId;
  const name = env?.page?.fileSlug || env?.page?.inputPath?.replace(/\.[^./]+$/, "");
  return name ? slugify(name, "doc") : undefined;
}

/** Registers markdown-it-footnote with ids from {@link footnoteDocId}. */
export function footnotesPlugin(md: MarkdownIt): void {
  md.use(footnote);
  const anchorName = md.renderer.rules.footnote_anchor_name;
  if (!anchorName) throw new Error("markdown-it-footnote did not register footnote_anchor_name");
  md.renderer.rules.footnote_anchor_name = (tokens, index, options, env, self) => {
    const docId = footnoteDocId(env as FootnoteEnv);
    return anchorName(tokens, index, options, docId === undefined ? {} : { docId }, self);
  };
}
