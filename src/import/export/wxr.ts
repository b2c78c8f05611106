/**
 * Reads a WordPress export file (WXR, "WordPress eXtended RSS", Tools → Export in WordPress)
 * with fast-xml-parser: its authors and its items (posts, pages, attachments…) with the fields
 * the import uses. Text stays text: no value is read as a number.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** A WordPress export that cannot be read, said for the person running the import. */
export class ImportError extends Error {
  override name = "ImportError";
}

/** A term of an item: a category or a tag. */
export interface WxrTerm {
  /** `category` or `post_tag` (other taxonomies keep their own name). */
  domain: string;
  /** Its slug in WordPress: `uncategorized`. */
  nicename: string;
  /** Its name as shown: `Uncategorized`. */
  name: string;
}

/** One `<item>` of the export. */
export interface WxrItem {
  /** `wp:post_id`. */
  id: string;
  title: string;
  /** The item's permalink on the old site (`<link>`). */
  link: string;
  /** Login of the author (`dc:creator`). */
  creator: string;
  /** `content:encoded`: HTML with shortcodes. */
  content: string;
  /** `excerpt:encoded`. */
  excerpt: string;
  /** `wp:post_date`, the site's local time: `2008-03-27 14:32:00`. */
  postDate: string;
  /** `wp:post_date_gmt`: `2008-03-27 11:32:00`, or `0000-00-00 00:00:00` for a draft. */
  postDateGmt: string;
  /** `wp:post_name`, the slug (percent-encoded for non-Latin slugs), empty for some drafts. */
  postName: string;
  /** `publish`, `draft`, `pending`, `private`, `future`, `trash`, `inherit`… */
  status: string;
  /** `post`, `page`, `attachment`, `nav_menu_item`… */
  postType: string;
  terms: WxrTerm[];
  /** `wp:post_password`: a post only readers who know it could read; empty for most. */
  password: string;
  /** `wp:postmeta` values by `wp:meta_key` (`footnotes`, `_thumbnail_id`…), the first of each key. */
  meta: Map<string, string>;
  /** How many `wp:comment`s the item has (approved or not). */
  comments: number;
  /** `wp:attachment_url` of an attachment: the uploaded file's address; empty for other items. */
  attachmentUrl: string;
}

/** A whole export. */
export interface WxrExport {
  /** The old site's address (`<link>` of the channel). */
  siteUrl: string;
  /** Display name by login (`wp:author`). */
  authors: Map<string, string>;
  items: WxrItem[];
}

type XmlNode = Record<string, unknown>;

/** The text of a parsed element: its text, or the `#text` of an element with attributes. */
function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(text).join("");
  if (typeof value === "object") return text((value as XmlNode)["#text"]);
  return String(value);
}

function list(value: unknown): XmlNode[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as XmlNode[];
}

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
    throw new ImportError(
      `${file} is compressed (gzip), not the .xml file itself. Fix: unzip it first (gunzip ${file}, or double-click it), and give the .xml file inside`,
    );
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
    throw new ImportError(
      `${file}:1: the export says its encoding is "${declared}", which the import cannot read. Fix: save the file as UTF-8 (and write encoding="UTF-8" in its first line), or export it again from WordPress`,
    );
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
  return new ImportError(
    `${file}:${line}: the export says its encoding is ${declared}, but this line has bytes that are not ${declared}, so its accented letters would come out as "\uFFFD"; the file was probably saved in Latin-1 (ISO-8859-1 or windows-1252). Fix: write the encoding it has in its first line, such as <?xml version="1.0" encoding="windows-1252"?>, or save it as UTF-8`,
  );
}

/** The characters of windows-1252's bytes 0x80 to 0x9F (the five it leaves undefined kept as bytes). */
const windows1252High = [
  ..."\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f",
  ..."\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178",
];

/**
 * Parses the text of a WXR file.
 * @param xml the file's text
 * @param file its name, for messages
 * @throws ImportError when the text is not XML (with the line), or is XML but not a WordPress
 *   export (no `<rss><channel>` with `<wp:wxr_version>`)
 */
export function parseWxr(xml: string, file: string): WxrExport {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new ImportError(
      `${file}:${valid.err.line}: this is not XML (${valid.err.msg}). Fix: export the site again in WordPress, Tools → Export, and give the .xml file it saves`,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (_name, jpath) =>
      [
        "rss.channel.item",
        "rss.channel.item.category",
        "rss.channel.wp:author",
        "rss.channel.item.wp:postmeta",
        "rss.channel.item.wp:comment",
      ].includes(String(jpath)),
  });
  const document = parser.parse(xml) as XmlNode;
  const channel = (document.rss as XmlNode | undefined)?.channel as XmlNode | undefined;
  if (!channel || channel["wp:wxr_version"] === undefined) {
    throw new ImportError(
      `${file} is XML but not a WordPress export (WXR): it has no <rss><channel> with <wp:wxr_version>. Fix: in WordPress, use Tools → Export → All content, and give the .xml file it saves`,
    );
  }
  const authors = new Map<string, string>();
  for (const author of list(channel["wp:author"])) {
    const login = text(author["wp:author_login"]);
    const name = text(author["wp:author_display_name"]).trim();
    if (login) authors.set(login, name || login);
  }
  const items = list(channel.item).map((item): WxrItem => ({
    id: text(item["wp:post_id"]),
    title: text(item.title).trim(),
    link: text(item.link).trim(),
    creator: text(item["dc:creator"]).trim(),
    content: text(item["content:encoded"]),
    excerpt: text(item["excerpt:encoded"]),
    postDate: text(item["wp:post_date"]).trim(),
    postDateGmt: text(item["wp:post_date_gmt"]).trim(),
    postName: text(item["wp:post_name"]).trim(),
    status: text(item["wp:status"]).trim(),
    postType: text(item["wp:post_type"]).trim(),
    terms: list(item.category).map((term) => ({
      domain: text(term["@domain"]),
      nicename: text(term["@nicename"]),
      name: text(term).trim(),
    })),
    password: text(item["wp:post_password"]).trim(),
    meta: new Map(
      list(item["wp:postmeta"])
        .map((meta) => [text(meta["wp:meta_key"]), text(meta["wp:meta_value"])] as const)
        .filter(([key]) => key !== "")
        .reverse(),
    ),
    comments: list(item["wp:comment"]).length,
    attachmentUrl: text(item["wp:attachment_url"]).trim(),
  }));
  return { siteUrl: text(channel.link).trim(), authors, items };
}
