/**
 * Reads a WordPress export file (WXR, "WordPress eXtended RSS", Tools → Export in WordPress)
 * with fast-xml-parser: its authors and its items (posts, pages, attachments…) with the fields
 * the import uses. Text stays text: no value is read as a number.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { withoutControlCharacters } from "./control-characters.ts";
import { ImportError } from "./import-error.ts";

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
  /**
   * `<guid>`: the id WordPress gave the item in its feeds (`http://old.example.org/?p=12`), which
   * feed readers remember; empty when the export has none.
   */
  guid: string;
  /** `wp:post_parent`: for an attachment, the post it was uploaded to; `"0"` or empty for none. */
  parentId: string;
  /** `wp:menu_order`: an attachment's place in its post's gallery; 0 when not given. */
  menuOrder: number;
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

/**
 * The text of a parsed element: its text, or the `#text` of an element with attributes, without
 * the control characters no post may hold ({@link withoutControlCharacters}).
 */
function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return withoutControlCharacters(value);
  if (Array.isArray(value)) return value.map(text).join("");
  if (typeof value === "object") return text((value as XmlNode)["#text"]);
  return String(value);
}

function list(value: unknown): XmlNode[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as XmlNode[];
}

/** One `<item>` of the export, its values as text. */
function readItem(item: XmlNode): WxrItem {
  return {
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
    guid: text(item.guid).trim(),
    parentId: text(item["wp:post_parent"]).trim(),
    menuOrder: Number.parseInt(text(item["wp:menu_order"]), 10) || 0,
  };
}

/**
 * The elements left open at the end of a file, from fast-xml-parser's validator message for
 * them (`Invalid '[    "rss",    "channel",    "item"]' found.`, given at line 1); undefined
 * for any other message.
 */
function unclosedElements(message: string): string[] | undefined {
  const list = /^Invalid '(\[[^]*\])' found\.$/.exec(message)?.[1];
  if (!list) return undefined;
  try {
    const names = JSON.parse(list) as unknown;
    return Array.isArray(names) && names.length > 0 && names.every((n) => typeof n === "string")
      ? names
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parses the text of a WXR file.
 * @param xml the file's text
 * @param file its name, for messages
 * @throws ImportError when the text is not XML (with the line; a file cut short names the
 *   elements left open, or that it ends before `</rss>`, at its last line), or is XML but not a
 *   WordPress
 *   export (no `<rss><channel>` with `<wp:wxr_version>`)
 */
export function parseWxr(xml: string, file: string): WxrExport {
  const valid = XMLValidator.validate(xml);
  const unclosed = valid === true ? undefined : unclosedElements(valid.err.msg);
  // An export whose download stopped: it began as one and does not end with </rss>.
  const cutShort = valid !== true && /<rss\b/.test(xml) && !/<\/rss>\s*$/.test(xml);
  if (unclosed || cutShort) {
    throw new ImportError({
      file,
      line: xml.split("\n").length,
      message: `${unclosed ? `ends inside <${unclosed.join("><")}>` : "ends before </rss>"}, so the export was cut short (a whole export ends with </rss>)`,
      fix: "export the site again in WordPress, Tools → Export, and check the download finished (the file's last line is </rss>)",
    });
  }
  if (valid !== true) {
    throw new ImportError({
      file,
      line: valid.err.line,
      message: `this is not XML (${valid.err.msg})`,
      fix: "export the site again in WordPress, Tools → Export, and give the .xml file it saves",
    });
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
    throw new ImportError({
      file,
      message:
        "is XML but not a WordPress export (WXR): it has no <rss><channel> with <wp:wxr_version>",
      fix: "in WordPress, use Tools → Export → All content, and give the .xml file it saves",
    });
  }
  const authors = new Map<string, string>();
  for (const author of list(channel["wp:author"])) {
    const login = text(author["wp:author_login"]);
    const name = text(author["wp:author_display_name"]).trim();
    if (login) authors.set(login, name || login);
  }
  const items = list(channel.item).map(readItem);
  return { siteUrl: text(channel.link).trim(), authors, items };
}
