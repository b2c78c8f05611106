/**
 * Reads an author's text file (a post's `index.md`, a map file) as UTF-8, checking its size
 * before reading it and its encoding after: a file too large, saved as UTF-16 or UTF-32, or
 * holding bytes that are not UTF-8 is a problem with its line and fix, never a crash, a hang or
 * garbled text. A UTF-8 byte-order mark, which many Windows editors write, is dropped silently.
 */
import { readFileSync, statSync } from "node:fs";
import { formatBytes } from "../shared/bytes.ts";
import type { ContentProblem } from "../errors.ts";

/**
 * The largest post (`index.md`) the build reads: 4 MiB, map blocks included. A long article is
 * under 100 KiB; a larger map goes in a file beside the post, which may be 8 MiB.
 */
export const maxPostBytes = 4 * 1024 * 1024;

/** What {@link readSourceText} read: the text, or the one problem that stopped it. */
export type SourceText = { ok: true; text: string } | { ok: false; problem: ContentProblem };

const fix = "save it as UTF-8 (in most editors: Save As, then Encoding: UTF-8)";

/** The byte-order marks of encodings other than UTF-8, longest first. */
const foreignMarks: ReadonlyArray<[string, number[]]> = [
  ["UTF-32", [0xff, 0xfe, 0x00, 0x00]],
  ["UTF-32", [0x00, 0x00, 0xfe, 0xff]],
  ["UTF-16", [0xff, 0xfe]],
  ["UTF-16", [0xfe, 0xff]],
];

/**
 * The encoding `bytes` are in when it is not UTF-8: `"UTF-16"` or `"UTF-32"` by its byte-order
 * mark, or `"UTF-16"` for text without one in which NUL bytes are a quarter or more of the first
 * 4,096 bytes (every ASCII letter of UTF-16 has one); `undefined` otherwise.
 */
export function foreignEncoding(bytes: Uint8Array): "UTF-16" | "UTF-32" | undefined {
  for (const [name, mark] of foreignMarks) {
    if (mark.every((byte, index) => bytes[index] === byte)) return name as "UTF-16" | "UTF-32";
  }
  const sample = bytes.subarray(0, 4096);
  let nul = 0;
  for (const byte of sample) if (byte === 0) nul++;
  return sample.length > 0 && nul * 4 >= sample.length ? "UTF-16" : undefined;
}

/**
 * The offset of the first byte of `bytes` that does not belong to a well-formed UTF-8 sequence
 * (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), or `undefined` when all
 * of it is UTF-8.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] as number;
    if (byte < 0x80) {
      index++;
      continue;
    }
    let length: number;
    let min: number;
    if (byte >= 0xc2 && byte <= 0xdf) [length, min] = [2, 0x80];
    else if (byte >= 0xe0 && byte <= 0xef) [length, min] = [3, 0x800];
    else if (byte >= 0xf0 && byte <= 0xf4) [length, min] = [4, 0x10000];
    else return index;
    let code = byte & (0xff >> (length + 1));
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
      code = (code << 6) | (continuation & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return index;
    index += length;
  }
  return undefined;
}

/**
 * Reads a text file an author wrote, as UTF-8 without its byte-order mark.
 * @param absolute where the file is
 * @param file its project-relative path, for messages (`posts/basra/index.md`)
 * @param maxBytes the largest size read; a larger file is not read at all
 * @param what what the file is, for the message: `"a post"`, `"a map file"`
 * @param smaller how to make it smaller, the fix of a file too large
 * @returns the text, or one problem on line 1 (size, UTF-16/UTF-32, a second byte-order mark) or
 *   on the line of the first byte that is not UTF-8
 */
export function readSourceText(
  absolute: string,
  file: string,
  maxBytes: number,
  what: string,
  smaller: string,
): SourceText {
  const size = statSync(absolute).size;
  if (size > maxBytes) {
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        message: `the file is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} ${what} may be`,
        fix: smaller,
      },
    };
  }
  const bytes = readFileSync(absolute);
  const foreign = foreignEncoding(bytes);
  if (foreign) {
    return {
      ok: false,
      problem: { file, line: 1, message: `the file is saved as ${foreign}, not UTF-8`, fix },
    };
  }
  let text: string;
  try {
    // Fatal: a byte that is not UTF-8 throws; the byte-order mark is dropped.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes) ?? 0;
    let line = 1;
    for (let index = 0; index < bad; index++) if (bytes[index] === 0x0a) line++;
    const byte = (bytes[bad] as number).toString(16).toUpperCase().padStart(2, "0");
    return {
      ok: false,
      problem: {
        file,
        line,
        message: `the file is not UTF-8: byte 0x${byte} on this line is not UTF-8 text (it was probably saved as Windows-1252 or Latin-1)`,
        fix,
      },
    };
  }
  if (text.startsWith("\uFEFF")) {
    // A second mark: Eleventy drops only one, and would read the front matter as body text.
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        message:
          "the file starts with more than one byte-order mark (invisible U+FEFF characters); the build drops only one",
        fix: "save it again as UTF-8 without a byte-order mark (in most editors: Save As, then Encoding: UTF-8)",
      },
    };
  }
  return { ok: true, text };
}

/** The fix for a post larger than {@link maxPostBytes}. */
export const postTooLarge =
  'split it into several posts, or move a large map into a file beside it: {% map "route.geojson" %}';
