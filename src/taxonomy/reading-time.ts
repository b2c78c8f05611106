/**
 * Reading time: the words of a post's prose at a reading speed, in whole minutes.
 *
 * Words are counted in the post's Markdown as the renderer parses it (`sourceParser`, on the
 * raw body Eleventy reads, without front matter): text of paragraphs, headings, lists, quotes,
 * tables, footnotes, link and inline-code text, and the text of raw HTML. Not counted: fenced code
 * blocks (map data in ` ```geojson ` blocks included; indented code is off, as in Eleventy),
 * `{% map %}` tags, image alt text, HTML tags and URLs. A word is a run of characters between white space holding at least one letter or digit:
 * "Sadr's", "25–31" and "البصرة" are one word each, "—" is none.
 */
import type { Token } from "markdown-it";
import type { BuildCache } from "../cache/build-cache.ts";
import { sourceParser } from "../markdown/source-parser.ts";
import { rememberer } from "../shared/memo.ts";

/** Words in `text`: runs between white space with at least one letter or digit. */
export function countTextWords(text: string): number {
  return text.split(/\s+/u).filter((chunk) => /[\p{L}\p{N}]/u.test(chunk)).length;
}

function stripTags(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, " ").replace(/<[^>]*>/g, " ");
}

function inlineText(tokens: readonly Token[]): string {
  const parts: string[] = [];
  for (const token of tokens) {
    if (token.type === "text" || token.type === "code_inline") parts.push(token.content);
    else if (token.type === "html_inline") parts.push(stripTags(token.content));
    else if (token.type === "softbreak" || token.type === "hardbreak") parts.push(" ");
    // An image's alt text is its children: not prose, so not read.
  }
  return parts.join("");
}

/**
 * Word counts by Markdown body: a build asks for a post's reading time on every list that shows
 * it (home, tag, author and series pages), so each body is parsed once.
 */
const remembered = rememberer<number>(20_000);

/** Format of the word counts the build cache holds: bumped when the counting changes. */
export const wordsCacheFormat = 1;

/**
 * Counts the words of prose in a post's Markdown body (see the module documentation). Each body
 * is counted once a process; with `cache` (the build cache, kind `"words"`, keyed by the body
 * itself, hashed with SHA-256 by the cache), once until the body changes.
 */
export function countWords(markdown: string, cache?: BuildCache): number {
  return remembered(markdown, () => {
    if (!cache?.enabled) return parseAndCount(markdown);
    const parts = [`words/${wordsCacheFormat}`, markdown];
    const stored = Number(cache.read("words", parts));
    if (Number.isInteger(stored) && stored >= 0) return stored;
    const words = parseAndCount(markdown);
    cache.write("words", parts, String(words));
    return words;
  });
}

function parseAndCount(markdown: string): number {
  let words = 0;
  for (const token of sourceParser.parse(markdown, {})) {
    if (token.type === "inline") words += countTextWords(inlineText(token.children ?? []));
    else if (token.type === "html_block") words += countTextWords(stripTags(token.content));
  }
  return words;
}

/**
 * Minutes to read `markdown` at `wordsPerMinute`: words divided by the speed, rounded up, at
 * least 1 (an empty post still reads "1 min"). Words are counted with {@link countWords}, through
 * `cache` when given.
 * @throws RangeError when `wordsPerMinute` is not a positive number
 */
export function readingMinutes(
  markdown: string,
  wordsPerMinute: number,
  cache?: BuildCache,
): number {
  if (!(wordsPerMinute > 0)) {
    throw new RangeError(`words per minute must be a positive number, not ${wordsPerMinute}`);
  }
  return Math.max(1, Math.ceil(countWords(markdown, cache) / wordsPerMinute));
}
