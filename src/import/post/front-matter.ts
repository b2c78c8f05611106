/**
 * The front matter of an imported post, in the order the import writes it: `title`, `date`,
 * `author`, `summary`, `tags`, `series`, `slug`, `aliases`, `image` (`./featured-image.ts`),
 * `draft`. Every text is a YAML
 * double-quoted string ({@link yamlString}), so it is read back exactly as written.
 */
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
  return lines;
}

/** The `aliases:` line of old URLs' paths: the post's, then its attachment pages'. */
export function aliasesLine(...aliases: string[]): string {
  return `aliases: [${aliases.map(yamlString).join(", ")}]`;
}

/** The 1-based line of the field `name` in front matter lines; 0 when it is not there. */
export function fieldLine(lines: readonly string[], name: string): number {
  return lines.findIndex((line) => line.startsWith(`${name}:`)) + 1;
}
