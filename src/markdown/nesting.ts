/**
 * markdown-it plugin: text nested deeper than Dispatch keeps stops the build with its file and
 * line. markdown-it stops parsing a block nested past its `maxNesting` and drops the rest of it
 * without a word (100 token levels in its default preset: 101 block quotes `> > > …`, or 50 lists
 * inside each other); no reader could follow such nesting anyway, so Dispatch stops well before,
 * at {@link maxDepth}, and says where.
 */
import type { MarkdownIt, StateBlock } from "markdown-it";
import { ContentError } from "../errors.ts";
import { inputFile, type EleventyEnv } from "./env.ts";
import { fileLineOfBlock } from "./geojson-fence.ts";

/** Block quotes, list items and `:::` blocks a text may stand inside, one in another. */
export const maxDepth = 20;

/** Tokens that open one level of nesting an author counts: a quote, a list item, a `:::` block. */
function isContainer(type: string): boolean {
  return type === "blockquote" || type === "list_item" || type.startsWith("container_");
}

/**
 * How many containers ({@link isContainer}) are open at the end of `tokens`: `> - text` is 2
 * deep (a list item in a quote).
 */
export function openContainers(tokens: readonly { type: string; nesting: number }[]): number {
  let depth = 0;
  for (const token of tokens) {
    if (token.nesting === 0) continue;
    const type = token.type.replace(/_(open|close)$/, "");
    if (isContainer(type)) depth += token.nesting;
  }
  return depth;
}

/**
 * Block rule, first of all: a block that would stand more than {@link maxDepth} containers deep
 * stops the build, as `posts/basra/index.md:14: text nested 21 levels deep (block quotes, lists
 * and ::: blocks inside each other); Dispatch keeps 20. Fix: …`. Matches nothing otherwise.
 * @throws ContentError naming the line of the first block too deep
 */
function nestingRule(state: StateBlock, startLine: number): boolean {
  // A list item is two token levels (its list and itself): nothing can be too deep before this.
  if (state.level < maxDepth) return false;
  const depth = openContainers(state.tokens);
  if (depth <= maxDepth) return false;
  const env = (state.env ?? {}) as EleventyEnv;
  throw new ContentError([
    {
      file: inputFile(env),
      line: fileLineOfBlock(env, startLine),
      message: `text nested ${depth} levels deep (block quotes, lists and ::: blocks inside each other); Dispatch keeps ${maxDepth}`,
      fix: `nest it at most ${maxDepth} levels deep: end a quote or list before the next, or write the innermost part as a paragraph of its own`,
    },
  ]);
}

/**
 * Registers the nesting check on `md`, before every other block rule (those of plugins too:
 * register it last).
 */
export function nestingPlugin(md: MarkdownIt): void {
  // markdown-it's Ruler names its rules only in `__rules__`; the first is "table" without plugins.
  const rules = (md.block.ruler as unknown as { __rules__: { name: string }[] }).__rules__;
  md.block.ruler.before(rules[0]?.name ?? "table", "dispatch_nesting", nestingRule);
}
