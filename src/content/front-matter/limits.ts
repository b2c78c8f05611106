/**
 * Front matter that would exhaust the YAML or JSON reader, or that names an impossible time
 * offset: each is a problem with its line and fix (the front-matter readers and fixes ask here).
 */
import type { ContentProblem } from "../../errors.ts";
import { jsonTooDeepAt, maxJsonDepth } from "../../shared/json-depth.ts";
import { lineAtOffset } from "../../shared/lines.ts";

/**
 * How many values YAML aliases (`*name`) may stand for in one front matter (the `yaml`
 * package's `maxAliasCount`): enough for any real use, too few for an alias bomb, where each
 * alias repeats a list of aliases until billions of values stand in a few lines.
 */
export const maxAliasCount = 100;

/**
 * The problem with front matter nested more than {@link maxJsonDepth} levels deep, in `[` and `{`
 * or by YAML's indentation (the YAML and JSON readers recurse and would overflow the stack), or
 * `undefined`.
 * @param text the front matter between its fences
 * @param firstLine the 1-based file line on which `text` begins
 * @param format how it is written: only YAML nests by indentation
 */
export function nestingProblem(
  text: string,
  file: string,
  firstLine: number,
  format: "yaml" | "json",
): ContentProblem | undefined {
  const at = jsonTooDeepAt(text);
  const line =
    at !== undefined
      ? lineAtOffset(text, at)
      : format === "yaml"
        ? indentTooDeepAt(text)
        : undefined;
  if (line === undefined) return undefined;
  return {
    file,
    line: line + firstLine - 1,
    message: `front matter is nested more than ${maxJsonDepth} levels deep`,
    fix: "no field needs more than 3 levels: look for brackets opened and never closed, or indentation that keeps growing, and remove the extra levels",
  };
}

/**
 * The 1-based line of `text` on which YAML block nesting (by indentation, and by `- ` items on
 * one line: `- - - a`) first goes deeper than {@link maxJsonDepth} levels, or `undefined`.
 */
export function indentTooDeepAt(text: string): number | undefined {
  const open: number[] = [];
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const prefix = /^(?: |-(?= ))*/.exec(line)?.[0] ?? "";
    if (prefix.length === line.length || line[prefix.length] === "#") continue;
    // The columns this line opens a level at: each `- ` item, then its content.
    const columns = [...prefix.matchAll(/-/g)].map((match) => match.index);
    columns.push(prefix.length);
    while (open.length > 0 && (open[open.length - 1] as number) >= (columns[0] as number))
      open.pop();
    open.push(...columns);
    if (open.length > maxJsonDepth) return index + 1;
  }
  return undefined;
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
