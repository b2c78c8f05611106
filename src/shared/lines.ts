/**
 * Line numbers in a post's source file. Eleventy hands markdown-it the body without its front
 * matter, so lines counted there must be shifted to be lines of the file an author opens.
 */
/**
 * Returns how many lines of `source` come before the body: the front matter block with both of
 * its fences (`---` or `---json` to open, `---` to close), or 0 when the file has none. A UTF-8
 * byte-order mark is ignored.
 */
export function bodyLineOffset(source: string): number {
  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (!/^---[a-z]*\s*$/.test(lines[0] ?? "")) return 0;
  const close = lines.findIndex((line, index) => index > 0 && /^---\s*$/.test(line));
  return close === -1 ? 0 : close + 1;
}

/**
 * Returns the 1-based line in `text` of the character at `offset` (0-based UTF-16 index).
 */
export function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) line++;
  }
  return line;
}
