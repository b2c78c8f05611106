/**
 * Front matter that would exhaust the YAML or JSON reader, or that names an impossible time
 * offset: each is a problem with its line and fix (`src/content/front-matter.ts` asks here).
 */
import type { ContentProblem } from "../errors.ts";
import { jsonTooDeepAt, maxJsonDepth } from "../json-depth.ts";
import { lineAtOffset } from "./source-lines.ts";

/**
 * How many values YAML aliases (`*name`) may stand for in one front matter (the `yaml`
 * package's `maxAliasCount`): enough for any real use, too few for an alias bomb, where each
 * alias repeats a list of aliases until billions of values stand in a few lines.
 */
export const maxAliasCount = 100;

/**
 * The problem with front matter nested more than {@link maxJsonDepth} levels deep in `[` and `{`
 * (the YAML and JSON readers recurse and would overflow the stack), or `undefined`.
 * @param text the front matter between its fences
 * @param firstLine the 1-based file line on which `text` begins
 */
export function nestingProblem(
  text: string,
  file: string,
  firstLine: number,
): ContentProblem | undefined {
  const at = jsonTooDeepAt(text);
  if (at === undefined) return undefined;
  return {
    file,
    line: lineAtOffset(text, at) + firstLine - 1,
    message: `front matter is nested more than ${maxJsonDepth} levels deep ([ and { inside one another)`,
    fix: "no field needs more than 3 levels: look for brackets that are opened and never closed, or remove the extra levels",
  };
}

/**
 * The problem with YAML whose aliases stand for more than {@link maxAliasCount} values, on the
 * line of its first alias.
 * @param text the front matter between its fences
 * @param firstLine the 1-based file line on which `text` begins
 */
export function aliasProblem(text: string, file: string, firstLine: number): ContentProblem {
  const alias = /(?:^|[\s,[{:-])\*[^\s,[\]{}]+/m.exec(text);
  return {
    file,
    line: lineAtOffset(text, alias ? alias.index : 0) + firstLine - 1,
    message: `front matter's YAML aliases (*name) stand for more than ${maxAliasCount} values`,
    fix: "write the values out instead of repeating them with &name and *name",
  };
}

/**
 * The fix for a date whose time offset no place has ({@link impossibleOffset} in `dates.ts`).
 * @param offset the offset as written, `+25:00`
 * @param format how the front matter is written, for the example
 * @param field the field, `date`, `updated`
 */
export function offsetFix(offset: string, format: "yaml" | "json" | "none", field: string): string {
  const example = "2008-03-27T14:30+03:00";
  const write = format === "json" ? `"${field}": "${example}"` : `${field}: ${example}`;
  return `${offset} is not a time offset: offsets run from -14:00 to +14:00, minutes under 60 (Baghdad is +03:00); write e.g. ${write}, or leave the offset out for the site's time zone`;
}
