/**
 * The text of a WordPress export file's bytes: UTF-8, UTF-16, or the encoding its XML declaration
 * names, as `TextDecoder` knows them (https://encoding.spec.whatwg.org/#names-and-labels).
 */
import { ImportError } from "./import-error.ts";

/**
 * The text of an export file's bytes: UTF-8, UTF-16 (by its byte-order mark), or the encoding its
 * XML declaration names (`<?xml version="1.0" encoding="windows-1252"?>`: ISO-8859-1,
 * windows-1252, windows-1256… as `TextDecoder` knows them). A UTF-8 byte-order mark is dropped.
 * @param bytes the file's bytes
 * @param file its name, for messages
 * @throws ImportError when the declared encoding is one `TextDecoder` does not know; when the
 *   file is declared UTF-8 (or declares nothing) but its bytes are not UTF-8 (a Latin-1 file),
 *   naming the first bad line; when the file is gzip-compressed (`.xml.gz`)
 */
export function decodeExport(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw new ImportError({
      file,
      message: "is compressed (gzip), not the .xml file itself",
      fix: `unzip it first (gunzip ${file}, or double-click it), and give the .xml file inside`,
    });
  }
  const bom = (a: number, b: number) => bytes[0] === a && bytes[1] === b;
  if (bom(0xff, 0xfe)) return new TextDecoder("utf-16le").decode(bytes);
  if (bom(0xfe, 0xff)) return new TextDecoder("utf-16be").decode(bytes);
  // UTF-16 without a mark: the declaration's "<?" has a zero byte beside each character.
  if (bom(0x3c, 0x00)) return new TextDecoder("utf-16le").decode(bytes);
  if (bom(0x00, 0x3c)) return new TextDecoder("utf-16be").decode(bytes);
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  const declared =
    /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared ?? "utf-8", { fatal: true });
  } catch {
    throw new ImportError({
      file,
      line: 1,
      message: `the export says its encoding is "${declared}", which the import cannot read`,
      fix: 'save the file as UTF-8 (and write encoding="UTF-8" in its first line), or export it again from WordPress',
    });
  }
  let decoded: string;
  try {
    decoded = decoder.decode(bytes);
  } catch {
    throw notUtf8(bytes, file, declared ?? "UTF-8");
  }
  // Node's TextDecoder reads windows-1252 (and ISO-8859-1, which the Encoding Standard reads as
  // windows-1252) as Latin-1: bytes 0x80 to 0x9F, curly quotes and dashes, come out as C1 controls.
  return decoder.encoding === "windows-1252"
    ? decoded.replace(/[\u0080-\u009f]/g, (c) => windows1252High[c.charCodeAt(0) - 0x80] ?? c)
    : decoded;
}

/**
 * The error for an export declared UTF-8 (or declaring nothing) whose bytes are not UTF-8: the
 * line of the first bad byte, and the likely encoding.
 */
function notUtf8(bytes: Uint8Array, file: string, declared: string): ImportError {
  const lenient = new TextDecoder("utf-8").decode(bytes);
  const before = lenient.slice(0, Math.max(0, lenient.indexOf("\uFFFD")));
  const line = before.split("\n").length;
  return new ImportError({
    file,
    line,
    message: `the export says its encoding is ${declared}, but this line has bytes that are not ${declared}, so its accented letters would come out as "\uFFFD"; the file was probably saved in Latin-1 (ISO-8859-1 or windows-1252)`,
    fix: 'write the encoding it has in its first line, such as <?xml version="1.0" encoding="windows-1252"?>, or save it as UTF-8',
  });
}

/** The characters of windows-1252's bytes 0x80 to 0x9F (the five it leaves undefined kept as bytes). */
export const windows1252High = [
  ..."\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f",
  ..."\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178",
];
