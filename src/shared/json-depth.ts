/**
 * How deep JSON text nests, measured before it is parsed: parsers that recurse (jsonc-parser,
 * which reads map data and `---json` front matter with the line of every value) overflow the
 * stack on text nested thousands deep. Imports nothing, so any folder may use it.
 */

/** The deepest nesting of `[` and `{` read: GeoJSON needs 9 levels (a MultiPolygon in a FeatureCollection). */
export const maxJsonDepth = 64;

/**
 * The offset of the first `[` or `{` of `text` that opens level `limit + 1`, or `undefined` when
 * the text never nests deeper than `limit`. Brackets inside strings do not count; the text need
 * not be valid JSON.
 * @param limit the deepest nesting allowed @default {@link maxJsonDepth}
 */
export function jsonTooDeepAt(text: string, limit = maxJsonDepth): number | undefined {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c)
        index++; // \ escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > limit) return index;
    } else if (char === 0x5d || char === 0x7d) depth = Math.max(0, depth - 1);
  }
  return undefined;
}
