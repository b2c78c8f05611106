/**
 * Whether downloaded bytes are what their name says: an image's first bytes (its "magic
 * number") are an image's, and no file is an HTML page (the error page a site sends with status
 * 200 for a file it no longer has). Signatures: JPEG (ITU T.81 §B.1.1.2, FF D8 FF), PNG
 * (RFC 2083 §3.1), GIF (GIF87a/GIF89a), WebP (RIFF … WEBP), AVIF (ISO BMFF `ftyp`), SVG (XML
 * whose root is `<svg>`).
 */
import { activeXmlProblems } from "../../security/active-xml.ts";
import { extensionOf, isImageFile } from "../../content/files/post-files.ts";
import type { MediaKind } from "./resolver.ts";

/** The raster image type of the bytes, or undefined when they are none of those the site shows. */
export function rasterType(
  bytes: Uint8Array,
): "jpeg" | "png" | "gif" | "webp" | "avif" | undefined {
  const ascii = (start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (ascii(0, 8) === "\x89PNG\r\n\x1a\n") return "png";
  if (ascii(0, 6) === "GIF87a" || ascii(0, 6) === "GIF89a") return "gif";
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "webp";
  if (ascii(4, 8) === "ftyp" && /^(?:avif|avis|mif1|msf1)$/.test(ascii(8, 12))) return "avif";
  return undefined;
}

/** The start of the bytes as text, without a byte-order mark or leading white space, lower case. */
function leadingText(bytes: Uint8Array, length = 4096): string {
  return new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(0, length))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
}

/** True when the bytes are an HTML page (`<!doctype html`, `<html`, `<head`, `<body`). */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  return /^(?:<!doctype html|<html|<head|<body)/.test(leadingText(bytes, 512));
}

/**
 * What is wrong with a downloaded file's content for its name, or undefined when nothing is.
 * A raster image's extension (`.jpg`) accepts any raster image the site shows (a PNG saved as
 * `.jpg`, which old blogs have, is still an image); an `.svg` must be SVG, with nothing that
 * would run or load from elsewhere when opened (the build's own check, `activeXmlProblems`).
 * @param name the copy's name (`photo.jpg`)
 * @param kind `image` when the post shows it
 * @param bytes the content
 * @param contentType the server's `Content-Type`, for the message
 * @returns a phrase for the report: `the server sent an HTML page, not the file`
 */
export function contentProblem(
  name: string,
  kind: MediaKind,
  bytes: Uint8Array,
  contentType = "",
): string | undefined {
  const type = contentType ? ` (${contentType.split(";")[0]?.trim()})` : "";
  if (looksLikeHtml(bytes)) return `the server sent an HTML page${type}, not the file`;
  if (kind !== "image" && !isImageFile(name)) return undefined;
  if (extensionOf(name) === "svg") {
    const svg = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype svg[^>]*>\s*)?<svg[\s>]/;
    if (!svg.test(leadingText(bytes))) return `the file is not an SVG image${type}`;
    const active = activeXmlProblems(new TextDecoder().decode(bytes), "svg")[0];
    return active
      ? `the SVG has what the site refuses to publish, line ${active.line}: ${active.message}`
      : undefined;
  }
  return rasterType(bytes) ? undefined : `the file is not an image${type}`;
}
