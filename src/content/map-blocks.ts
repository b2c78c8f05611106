/**
 * The map blocks of a post's body checked before the build: every ` ```geojson ` block and
 * `{% map %}` tag read as the build will draw it, each problem on its file line.
 */
import { warn, type ContentProblem } from "../errors.ts";
import { readMapBlock } from "../maps/read-block.ts";
import { styleWarnings } from "../maps/style-keys.ts";
import { isGeojsonFence } from "../markdown/geojson-fence.ts";
import { readMapTag, type MapTag } from "../markdown/map-tag.ts";
import { sourceParser } from "../markdown/source-parser.ts";

/**
 * Checks the map blocks of a post's body.
 * @param body the text after the front matter
 * @param bodyOffset lines before the body in the file
 * @param root the project root `file` is relative to, where `{% map %}` files are read
 * @param onWarning told each warning (a simplified map, an unknown style key); prints it by default
 * @returns the problems of every ` ```geojson ` block and `{% map %}` tag, with file lines
 */
export function checkMapBlocks(
  body: string,
  bodyOffset: number,
  file: string,
  root = ".",
  onWarning: (warning: ContentProblem) => void = warn,
): ContentProblem[] {
  // Most posts have no map: only a body that names one is parsed.
  if (!/geojson/i.test(body) && !/\{%\s*map\b/.test(body)) return [];
  const problems: ContentProblem[] = [];
  const lines = body.split(/\r?\n/);
  for (const token of sourceParser.parse(body, {})) {
    if (token.type === "dispatch_map") {
      const result = readMapTag(
        token.meta as unknown as MapTag,
        file,
        bodyOffset + (token.map?.[0] ?? 0) + 1,
        root,
      );
      if (!result.ok) problems.push(...result.problems);
      else {
        const line = bodyOffset + (token.map?.[0] ?? 0) + 1;
        if (result.simplified) onWarning({ file, line, ...result.simplified });
        for (const { message, fix } of styleWarnings(result.collection))
          onWarning({ file, line, message, ...(fix ? { fix } : {}) });
      }
      continue;
    }
    if (token.type !== "fence" || !isGeojsonFence(token.info)) continue;
    const [start, end] = token.map ?? [0, 0];
    const fenceLine = bodyOffset + start + 1;
    // The closing fence, without the blockquote markers or list indentation around the block.
    const closing = (lines[end - 1] ?? "").replace(/^[\s>]*/, "").trim();
    if (
      end - 1 === start ||
      !closing.startsWith(token.markup) ||
      closing.replace(/[`~]/g, "") !== ""
    ) {
      problems.push({
        file,
        line: fenceLine,
        message: `the ${token.markup}geojson block opened on this line is never closed`,
        fix: `end it with a line holding only ${token.markup}`,
      });
      continue;
    }
    const block = readMapBlock(token.content);
    if (block.ok) {
      if (block.simplified) onWarning({ file, line: fenceLine, ...block.simplified });
      // Warnings, not errors: an unknown style key or Maki name is ignored, the map still draws.
      for (const { message, fix } of styleWarnings(block.collection)) {
        onWarning({ file, line: fenceLine, message, ...(fix ? { fix } : {}) });
      }
    }
    if (!block.ok) {
      for (const { line, message, fix } of block.problems)
        problems.push({ file, line: fenceLine + line, message, fix });
    }
  }
  return problems;
}
