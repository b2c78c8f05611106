/**
 * A post's folder name and `slug:`: WordPress's `wp:post_name` (decoded), else made from the
 * title; distinct across the export and from folders the import did not write.
 */
import { slugify } from "../../shared/slug.ts";
import type { WxrItem } from "../export/wxr.ts";

/**
 * A `wp:post_name` with its percent-encoding decoded as UTF-8: `%d8%a7` → `ا`. WordPress cuts
 * long slugs at 200 bytes, sometimes inside a character: a broken or cut sequence is dropped.
 */
export function decodePostName(name: string): string {
  return name.replace(/%[0-9a-f]?$/i, "").replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    const bytes = Uint8Array.from(run.slice(1).split("%"), (hex) => parseInt(hex, 16));
    return new TextDecoder().decode(bytes).replace(/\uFFFD/g, "");
  });
}

/** The slug a post would have alone: its `wp:post_name` when it has a letter or digit, else its title's. */
export function baseSlug(item: WxrItem, title: string): string {
  const name = decodePostName(item.postName);
  return slugify(/[\p{L}\p{N}]/u.test(name) ? name : title, "post");
}

/**
 * The slug of each post, by id: the one an earlier import gave it when still free, else
 * {@link baseSlug}, with `-2`, `-3`… when taken. Slugs WordPress recorded (`wp:post_name`) are
 * given first, then those made from titles, so a post's own slug is never taken by an earlier
 * post whose title gives the same one.
 * @param chosen the posts imported, in export order
 * @param previousSlugs slugs an earlier import gave, by post id
 * @param reservedSlugs folders the import did not write
 */
export function assignSlugs(
  chosen: readonly { item: WxrItem; title: string }[],
  previousSlugs: ReadonlyMap<string, string> | undefined,
  reservedSlugs: ReadonlySet<string> | undefined,
): Map<string, string> {
  const used = new Set<string>(reservedSlugs);
  const slugs = new Map<string, string>();
  for (const { item } of chosen) {
    const previous = previousSlugs?.get(item.id);
    if (previous && !used.has(previous)) {
      used.add(previous);
      slugs.set(item.id, previous);
    }
  }
  const named = chosen.filter(({ item }) => /[\p{L}\p{N}]/u.test(decodePostName(item.postName)));
  const unnamed = chosen.filter((entry) => !named.includes(entry));
  for (const { item, title } of [...named, ...unnamed]) {
    if (slugs.has(item.id)) continue;
    const base = baseSlug(item, title);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    slugs.set(item.id, slug);
  }
  return slugs;
}
