/**
 * Control characters in front matter ({@link controlCharactersIn}): every text field, the ones
 * Dispatch reads (title, summary, tags, author, dateline, location, image, citations, corrections)
 * and any other, is refused when it holds a character feeds and the sitemap cannot carry.
 */
import type { ContentProblem } from "../../errors.ts";
import { controlCharactersIn } from "../../text/control-characters.ts";
import { readerPath } from "./field-path.ts";

/**
 * One problem per front-matter string (or field name) holding a refused character:
 * `front matter field "tags.2" holds a control character (U+0008) at character 4` (list items
 * counted from 1, as every front-matter message counts them).
 * @param data the parsed front matter
 * @param file the post's path relative to the project root
 * @param lineOf the 1-based line of the value at a path (`FrontMatter.lineOf`)
 */
export function frontMatterControlCharacters(
  data: unknown,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number,
): ContentProblem[] {
  return controlCharactersIn(data).map(({ path, field, key, what, fix }) => ({
    file,
    line: lineOf(path),
    message: `front matter ${key ? "field name" : "field"} "${key ? field : readerPath(path)}" ${what}`,
    fix,
  }));
}
