/**
 * The front matter of an imported post, in the order the import writes it: `title`, `date`,
 * `author`, `summary`, `tags`, `series`, `slug`, `id`, `aliases`, `image` (`./featured-image.ts`),
 * `draft`. Every text is a YAML
 * double-quoted string ({@link yamlString}), so it is read back exactly as written.
 */
import { isAbsoluteIri } from "../../content/front-matter/schema.ts";
import { yamlString } from "../../content/new-post.ts";
import { plainText } from "../../shared/plain-text.ts";
import { slugify } from "../../shared/slug.ts";
import type { WxrExport, WxrItem } from "../export/wxr.ts";
import { itemTags } from "./terms.ts";

/** The fields of a post's front matter that come from its item. */
export interface FrontMatterFields {
  title: string;
  date: string;
  slug: string;
  /** The item's series, the first of which is written (`itemSeries` of `./terms.ts`). */
  series: string[];
  /** The post's feed id, its WordPress guid ({@link feedIds}); no `id:` line without it. */
  id?: string | undefined;
}

/**
 * The lines of a post's front matter from `---` to `slug:` (the fields the import always knows
 * before it decides on aliases), author and summary as text, tags in the export's first spelling.
 * @param tagSpelling the spelling of each tag page, by the tag's slug
 */
export function frontMatterHead(
  item: WxrItem,
  fields: FrontMatterFields,
  wxr: WxrExport,
  tagSpelling: ReadonlyMap<string, string>,
): string[] {
  const author = plainText(wxr.authors.get(item.creator) ?? item.creator);
  const summary = plainText(item.excerpt);
  const tags = itemTags(item).map((tag) => tagSpelling.get(slugify(tag, "tag")) ?? tag);
  const lines = ["---", `title: ${yamlString(fields.title)}`, `date: ${yamlString(fields.date)}`];
  if (author) lines.push(`author: ${yamlString(author)}`);
  if (summary) lines.push(`summary: ${yamlString(summary)}`);
  if (tags.length > 0) lines.push(`tags: [${tags.map(yamlString).join(", ")}]`);
  if (fields.series.length > 0) lines.push(`series: ${yamlString(fields.series[0] as string)}`);
  lines.push(`slug: ${yamlString(fields.slug)}`);
  if (fields.id) lines.push(idLine(fields.id));
  return lines;
}

/** The `id:` line of a post's feed id: `id: "http://old.example.org/?p=12"`. */
export function idLine(id: string): string {
  return `id: ${yamlString(id)}`;
}

/**
 * The feed id a guid gives (`<guid>` of the export, https://codex.wordpress.org/Function_Reference/the_guid):
 * the guid with its character references read (`&#038;` is `&`, as feed readers read it) and
 * trimmed, with the characters a URI may not hold (spaces, `<>"{}|\^\``) percent-encoded
 * (RFC 3986 §2.1); `undefined` for an empty guid, or one that is not then an absolute URI
 * (`12`, `/?p=12`), which the front-matter schema would refuse.
 */
export function feedIdFromGuid(guid: string): string | undefined {
  const id = guid
    // WordPress writes the guid through esc_url(), `&` as `&#038;`, which the XML reader leaves.
    .replace(/&#(?:(\d+)|x([\da-f]+));/gi, (reference, decimal?: string, hex?: string) => {
      const code = decimal ? Number(decimal) : Number.parseInt(hex ?? "", 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    })
    .trim()
    .replace(/[\s<>"{}|\\^`\p{Cc}]/gu, (character) => encodeURIComponent(character));
  return id !== "" && isAbsoluteIri(id) ? id : undefined;
}

/**
 * The feed id of each item that has one ({@link feedIdFromGuid}): two items with one guid (an
 * export that holds a post twice) would be two posts with one feed id, so only the first in
 * export order keeps it; the other's feed id is the one Dispatch makes (src/feeds/feed-id.ts).
 * @returns the feed id by item
 */
export function feedIds(items: readonly WxrItem[]): Map<WxrItem, string> {
  const ids = new Map<WxrItem, string>();
  const taken = new Set<string>();
  for (const item of items) {
    const id = feedIdFromGuid(item.guid);
    if (id === undefined || taken.has(id)) continue;
    taken.add(id);
    ids.set(item, id);
  }
  return ids;
}

/** The `aliases:` line of old URLs' paths: the post's, then its attachment pages'. */
export function aliasesLine(...aliases: string[]): string {
  return `aliases: [${aliases.map(yamlString).join(", ")}]`;
}

/** The 1-based line of the field `name` in front matter lines; 0 when it is not there. */
export function fieldLine(lines: readonly string[], name: string): number {
  return lines.findIndex((line) => line.startsWith(`${name}:`)) + 1;
}
