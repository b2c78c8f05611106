/**
 * Where a setting is written in `src/site.ts`: the line of its key in the `site` object (`url:`,
 * `license:`, then `url:` under it for `license.url`), or of the last statement after it that
 * sets it (`site.license = …`, `Object.assign(site.lists, …)`), so that a problem names the line
 * an author would edit.
 */

/** Escapes a setting's name for a regular expression. */
const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The 1-based line of a setting in the text of `src/site.ts`, or `undefined` when it is not
 * written there (a default, or a file laid out otherwise).
 * @param source the text of `src/site.ts`
 * @param path the setting's path, `["license", "url"]`; indexes of lists are skipped
 */
export function settingLine(source: string, path: readonly PropertyKey[]): number | undefined {
  const keys = path.filter((key): key is string => typeof key === "string");
  const [first, ...rest] = keys;
  if (first === undefined) return undefined;
  const lines = source.split(/\r\n?|\n/);
  const start = lines.findIndex((line) => /^export const site\b/.test(line));
  if (start === -1) return undefined;
  const key = new RegExp(`^\\s*(?:get\\s+)?${escape(first)}\\s*[:(]`);
  const assigned = new RegExp(
    `^\\s*(?:site\\.${escape(first)}\\s*=|Object\\.assign\\(site\\.${escape(first)}\\b)`,
  );
  let found: number | undefined;
  for (let index = start; index < lines.length; index++) {
    const line = lines[index] as string;
    if ((found === undefined && key.test(line)) || assigned.test(line)) found = index;
  }
  if (found === undefined) return undefined;
  for (const name of rest) {
    const inner = new RegExp(`\\b${escape(name)}\\s*:`);
    const next = lines.findIndex((line, index) => index >= (found as number) && inner.test(line));
    if (next === -1 || next > (found as number) + 20) break;
    found = next;
  }
  return found + 1;
}
