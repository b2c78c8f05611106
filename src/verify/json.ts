/**
 * JSON files of the output (the JSON Feed, search data): strict JSON (RFC 8259) as feed readers
 * and `JSON.parse` read it: no comments, no trailing commas. Read with `jsonc-parser` in strict
 * mode, which gives the place of every error, not only the first.
 */
import { parse, printParseErrorCode, type ParseError } from "jsonc-parser";
import type { SiteProblem } from "./problem.ts";

/** Extensions of files checked as JSON. */
export const jsonExtensions = ["json"] as const;

/**
 * Checks that `text` is strict JSON.
 * @param file its path relative to the output folder, for messages
 * @returns the first syntax error of each line, with its 1-based line
 */
export function checkJson(text: string, file: string): SiteProblem[] {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  const problems: SiteProblem[] = [];
  for (const error of errors) {
    const line = text.slice(0, error.offset).split("\n").length;
    // One error often brings another at the same place: report the first of each line.
    if (problems.some((problem) => problem.line === line)) continue;
    problems.push({
      file,
      line,
      message: `not valid JSON: ${printParseErrorCode(error.error)}`,
      check: "json",
    });
  }
  return problems;
}
