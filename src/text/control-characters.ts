/**
 * Characters no text of a post may hold: those XML 1.0 cannot carry (its `Char` production,
 * https://www.w3.org/TR/xml/#charsets) and the C1 controls it discourages. Any of them in a
 * title, a tag, a map caption or the body makes a feed, the sitemap or a static map SVG not
 * well-formed, and none of them shows on a page. One function finds them, for front matter, map
 * data and Markdown alike, so that every place text enters refuses the same characters.
 *
 * Refused: C0 controls but tab, line feed and carriage return (U+0000–U+0008, U+000B, U+000C,
 * U+000E–U+001F), DEL and the C1 controls (U+007F–U+009F), the noncharacters U+FFFE and U+FFFF,
 * and a surrogate (U+D800–U+DFFF) that is not half of a pair.
 */

/** One refused character found in a text. */
export interface ControlCharacter {
  /** Its code point: `0x08`. */
  codePoint: number;
  /** `U+0008`: the code point as Unicode writes it, four hex digits at least. */
  name: string;
  /** What it is, for a message: `a control character`, `a noncharacter` or `a lone surrogate`. */
  kind: string;
  /** 0-based offset in the text, in UTF-16 code units (a JavaScript string index). */
  index: number;
  /** 1-based line of the text it is on (lines end at `\n`, `\r\n` or `\r`). */
  line: number;
  /** 1-based column in that line, counting characters (code points), as editors do. */
  column: number;
}

// Without the `u` flag, so that a surrogate is one code unit the pattern can look at.
const refusedUnits =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when `text` holds a character {@link findControlCharacters} would report. */
export function hasControlCharacter(text: string): boolean {
  refusedUnits.lastIndex = 0;
  return refusedUnits.test(text);
}

/** `U+0008` for 8: the code point in hex, at least four digits. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

function kindOf(codePoint: number): string {
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return "a lone surrogate";
  if (codePoint === 0xfffe || codePoint === 0xffff) return "a noncharacter";
  return "a control character";
}

/**
 * Every refused character of `text`, in order, with its line and column.
 * @param text any text: a front-matter value, a map property, a post's body
 * @returns an empty array when the text is clean
 */
export function findControlCharacters(text: string): ControlCharacter[] {
  if (!hasControlCharacter(text)) return [];
  const found: ControlCharacter[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  refusedUnits.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = refusedUnits.exec(text))) {
    const index = match.index;
    for (let at = scanned; at < index; at++) {
      const unit = text.charCodeAt(at);
      if (unit === 0x0a || (unit === 0x0d && text.charCodeAt(at + 1) !== 0x0a)) {
        line++;
        lineStart = at + 1;
      }
    }
    scanned = index;
    const codePoint = text.charCodeAt(index);
    found.push({
      codePoint,
      name: codePointName(codePoint),
      kind: kindOf(codePoint),
      index,
      line,
      column: [...text.slice(lineStart, index)].length + 1,
    });
  }
  return found;
}

/** The fix for a refused character: delete it, as its kind calls for. */
export function controlCharacterFix(character: ControlCharacter): string {
  return character.kind === "a control character"
    ? "delete it; it is invisible, and feeds and maps cannot carry it"
    : "delete it; it is not text, and feeds and maps cannot carry it";
}

/** A string value somewhere in a parsed document, with the path of keys and indices to it. */
export interface TextAt {
  /** Keys and 0-based indices from the document's root: `["features", 2, "properties", "title"]`. */
  path: (string | number)[];
  /** The text, or the key itself when {@link key} is true. */
  text: string;
  /** True when the text is a property's name rather than its value. */
  key: boolean;
}

/**
 * Every string in a parsed JSON or YAML value (property names included), depth first, with its
 * path. Objects seen twice (YAML aliases) are visited once.
 */
export function stringsIn(value: unknown, path: (string | number)[] = []): TextAt[] {
  const found: TextAt[] = [];
  const seen = new Set<object>();
  const visit = (current: unknown, at: (string | number)[]) => {
    if (typeof current === "string") {
      found.push({ path: at, text: current, key: false });
      return;
    }
    if (current === null || typeof current !== "object" || seen.has(current)) return;
    seen.add(current);
    if (Array.isArray(current)) {
      current.forEach((item, index) => visit(item, [...at, index]));
      return;
    }
    for (const [name, item] of Object.entries(current as Record<string, unknown>)) {
      found.push({ path: [...at, name], text: name, key: true });
      visit(item, [...at, name]);
    }
  };
  visit(value, path);
  return found;
}

/**
 * The path of a value as front-matter messages write it: `citations.1.title`,
 * `features.2.properties.title`; a refused character in a name is written as its code point,
 * `ta<U+0008>g`, so a message never carries one.
 */
export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((part) =>
      String(part).replace(refusedUnits, (unit) => `<${codePointName(unit.charCodeAt(0))}>`),
    )
    .join(".");
}

/** A refused character in one string of a parsed value, as {@link controlCharactersIn} finds it. */
export interface ControlCharacterProblem {
  /** Path of the string: `["citations", 1, "title"]`. */
  path: (string | number)[];
  /** The path as an author reads it ({@link formatPath}): `citations.1.title`. */
  field: string;
  /** True when the character is in a property's name (the last part of the path), not its value. */
  key: boolean;
  /** What is wrong with it: `holds a control character (U+0008) at character 12`. */
  what: string;
  /** How to fix it: `delete it; it is invisible, and feeds and maps cannot carry it`. */
  fix: string;
}

/**
 * The first refused character of every string of a parsed value (property names included), with
 * its place in the string counted in characters (code points), 1-based.
 * @param value parsed front matter or map data
 * @returns one problem per string holding one; empty when every string is clean
 */
export function controlCharactersIn(value: unknown): ControlCharacterProblem[] {
  const problems: ControlCharacterProblem[] = [];
  for (const { path, text, key } of stringsIn(value)) {
    const [first] = findControlCharacters(text);
    if (!first) continue;
    const position = [...text.slice(0, first.index)].length + 1;
    problems.push({
      path,
      field: formatPath(path),
      key,
      what: `holds ${first.kind} (${first.name}) at character ${position}`,
      fix: controlCharacterFix(first),
    });
  }
  return problems;
}

/**
 * Returns `xml` as it is, after making sure it holds no refused character: the last guard where
 * Dispatch writes XML itself (the sitemap, a static map's SVG). Every place text enters refuses
 * them with the file and line, so one here is a bug in Dispatch.
 * @param xml the document about to be written
 * @param what what it is, for the message: `the static map of posts/basra/index.md`
 * @throws Error naming the character and `what`, rather than writing XML that is not well-formed
 */
export function assertXmlCharacters(xml: string, what: string): string {
  const [character] = hasControlCharacter(xml) ? findControlCharacters(xml) : [];
  if (!character) return xml;
  throw new Error(
    `${what} would hold ${character.kind} (${character.name}) at line ${character.line}, column ${character.column}, which XML cannot carry; a check let it through (a bug in Dispatch)`,
  );
}
