/**
 * `---json` front matter read with jsonc-parser, knowing the offset of every value, so problems
 * name the file line as they do for YAML.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from "jsonc-parser";
import type { ContentProblem } from "../../errors.ts";
import { jsonSyntaxMessages } from "../../shared/json-syntax.ts";
import { lineAtOffset } from "../../shared/lines.ts";

/** Front matter as a YAML or JSON reader gives it, before the fences are known. */
export interface FrontMatterReading {
  /** The data (`{}` when it cannot be read). */
  data: unknown;
  /** Syntax problems, with file lines. */
  problems: ContentProblem[];
  /** 1-based file line of the value at `path` (or of its nearest parent that exists). */
  lineOf(path: readonly PropertyKey[]): number;
  /** The value at `path` exactly as the author wrote it, or `undefined`. */
  sourceOf(path: readonly PropertyKey[]): string | undefined;
}

/**
 * Parses `---json` front-matter text with jsonc-parser, which knows the offset of every value,
 * so a syntax error and a schema problem name the file line an author must fix, as for YAML.
 * @param text the text between the fences
 * @param file the post's project-relative path, for messages
 * @param firstLine the 1-based file line on which `text` begins
 * @returns the data (`{}` after a syntax error) with its problems, `lineOf` and `sourceOf`
 */
export function readJson(text: string, file: string, firstLine: number): FrontMatterReading {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const lineAt = (offset: number) => lineAtOffset(text, offset) + firstLine - 1;
  const first = errors[0];
  if (first || !root) {
    const code = first ? printParseErrorCode(first.error) : undefined;
    const what = code ? (jsonSyntaxMessages[code] ?? "syntax error") : "it is empty";
    // A missing comma is found at the next item; the author must fix the end of the item before.
    const offset =
      first && code === "CommaExpected"
        ? Math.max(0, text.slice(0, first.offset).trimEnd().length - 1)
        : first?.offset;
    return {
      data: {},
      problems: [
        {
          file,
          line: offset !== undefined ? lineAt(offset) : firstLine,
          message: `front matter is not valid JSON: ${what}`,
          fix: "---json front matter is strict JSON: names and strings in double quotes, commas between items and none after the last",
        },
      ],
      lineOf: () => firstLine - 1,
      sourceOf: () => undefined,
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let length = path.length; length > 0; length--) {
      const node = findNodeAtLocation(root, path.slice(0, length) as (string | number)[]);
      if (node) return lineAt((node.parent?.type === "property" ? node.parent : node).offset);
    }
    return firstLine - 1;
  };
  const sourceOf = (path: readonly PropertyKey[]): string | undefined => {
    const node = findNodeAtLocation(root, path as (string | number)[]);
    return node ? text.slice(node.offset, node.offset + node.length) : undefined;
  };
  return { data: JSON.parse(text) as unknown, problems: [] as ContentProblem[], lineOf, sourceOf };
}
