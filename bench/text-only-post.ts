/**
 * The page weight and Lighthouse budgets of a post without a map, measured on the real site: the
 * timeline post's text without its map. Since issue 17 every post of the real site carries a
 * map, so the benchmark adds this copy (same words, fonts, contents and sources) to the project
 * it builds; the real `posts/` are never changed.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The real post whose text is measured, and the folder of its copy without maps. */
export const textOnlySource = "basra-timeline-24-31-march-2008";
export const textOnlySlug = "basra-timeline-text-only";

/**
 * Returns a post's Markdown without its map blocks: every ` ```geojson ` fence (and the blank
 * line after it), every `{% map %}` tag line, and every paragraph that speaks of "the map".
 */
export function withoutMaps(markdown: string): string {
  return markdown
    .replace(/^```geojson\n[\s\S]*?^```\n\n?/gm, "")
    .replace(/^\{%\s*map\s[^\n]*%\}\n\n?/gm, "")
    .split(/\n\n/)
    .filter((paragraph) => !/^The map\b/.test(paragraph))
    .join("\n\n");
}

/**
 * Writes the copy of the timeline post without its map into the project at `root`.
 * @returns the URL path of its page, `/posts/basra-timeline-text-only/`
 * @throws Error of the file system when the real post is missing
 */
export function addTextOnlyPost(root: string): string {
  const source = readFileSync(path.join(root, "posts", textOnlySource, "index.md"), "utf8");
  const folder = path.join(root, "posts", textOnlySlug);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "index.md"), withoutMaps(source));
  return `/posts/${textOnlySlug}/`;
}
