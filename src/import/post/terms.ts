/**
 * A WordPress item's terms as Dispatch's front matter: categories and tags as `tags`, a series
 * plugin's term as `series`.
 */
import { decodeHTML } from "entities";
import { foldKey, slugify } from "../../shared/slug.ts";
import type { WxrItem } from "../export/wxr.ts";

/**
 * A tag name as shown: WordPress's HTML escaping undone (`War &amp; Peace` → `War & Peace`),
 * spaces collapsed.
 */
export function tagName(name: string): string {
  return decodeHTML(name).replace(/\s+/g, " ").trim();
}

/**
 * The taxonomies whose terms become tags, in order: categories, then tags (`post_tag`; WXR 1.0,
 * written by WordPress 2.3 to 2.9, names them `tag`: `<category domain="tag" nicename="basra">`).
 * A WXR 1.0 `<category>` without `domain` repeats a category "for backwards compatibility" and is
 * not read (https://core.trac.wordpress.org/ticket/5447).
 */
const tagDomains = [["category"], ["post_tag", "tag"]];

/**
 * The item's tags: categories then tags, "Uncategorized" left out, names unescaped
 * ({@link tagName}), each tag once: two names with one tag page (`Iraq`, `iraq!`: slug `iraq`)
 * are one tag, with the first spelling.
 */
export function itemTags(item: WxrItem): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const domains of tagDomains) {
    for (const term of item.terms) {
      const name = tagName(term.name);
      if (!domains.includes(term.domain) || name === "") continue;
      if (term.nicename === "uncategorized" || foldKey(name) === "uncategorized") continue;
      const key = slugify(name, "tag");
      if (seen.has(key)) continue;
      seen.add(key);
      tags.push(name);
    }
  }
  return tags;
}

/**
 * The series an item belongs to: the names of its terms in a series plugin's taxonomy
 * (`<category domain="series">`, Organize Series and PublishPress Series), unescaped, each once.
 */
export function itemSeries(item: WxrItem): string[] {
  const names = item.terms
    .filter((term) => term.domain === "series")
    .map((term) => tagName(term.name))
    .filter((name) => name !== "");
  return [...new Set(names)];
}

/**
 * One spelling for each tag page across the export: the first met, by the tag's slug.
 * @param items the items imported, in export order
 */
export function tagSpellings(items: readonly WxrItem[]): Map<string, string> {
  const spelling = new Map<string, string>();
  for (const item of items) {
    for (const tag of itemTags(item)) {
      const key = slugify(tag, "tag");
      if (!spelling.has(key)) spelling.set(key, tag);
    }
  }
  return spelling;
}
