/**
 * Tags: a post's `tags:` front matter. Tags that differ only by case or spacing ("Iraq",
 * "iraq", " IRAQ ") are one tag, shown with the spelling of its first use: its use in the
 * oldest post of `collections.posts` (oldest by date, then by input path), and within that post
 * the first in its list. Its page is `/tags/<slug>/`, the slug from `slugify(tag, "tag")`.
 */
import type { ContentProblem } from "../errors.ts";
import { weakRememberer } from "../shared/memo.ts";
import { foldKey } from "../shared/slug.ts";
import { groupPosts, groupUrl, locateFile, sortByName, type Group, type Locate } from "./groups.ts";
import { paginate, type ListPage } from "./pages.ts";
import type { TaxonomyPost } from "./post.ts";

/** A tag and the posts that carry it, newest first. */
export type Tag<T> = Group<T>;

/** One page of a tag's list: its {@link ListPage} and the tag. */
export interface TagPage<T> extends ListPage<T> {
  tag: { name: string; slug: string; count: number };
}

/** Tags and the problems found while gathering them. */
export interface TagIndex<T> {
  /** Tags sorted by name in the site's language. */
  tags: Tag<T>[];
  /** Two tags with one slug, each naming both posts. */
  problems: ContentProblem[];
}

/**
 * URL of the tag named `name`: `/tags/<slug>/`, `"Mahdi Army"` → `/tags/mahdi-army/`,
 * `"البصرة"` → `/tags/البصرة/` (unencoded; the `href` filter encodes it).
 */
export function tagUrl(name: string): string {
  return groupUrl("tag", name);
}

/**
 * Gathers the tags of `posts` (newest first, as `collections.posts` holds them) and sorts them
 * by name with `Intl.Collator(language)`.
 * @param locate where a tag is written, for problems. @default the post's file
 */
export function collectTags<T extends TaxonomyPost>(
  posts: readonly T[],
  language: string,
  locate: Locate = locateFile,
): TagIndex<T> {
  const { groups, problems } = groupPosts(posts, {
    noun: "tag",
    field: "tags",
    namesOf: (post) => (post.data.tags ?? []).map((name, index) => ({ name, index })),
    locate,
  });
  return { tags: sortByName(groups, language), problems };
}

/** Cuts every tag's posts into pages of `perPage` at `/tags/<slug>/`, tags in the order given. */
export function tagPages<T>(tags: readonly Tag<T>[], perPage: number): TagPage<T>[] {
  return tags.flatMap((tag) =>
    paginate(tag.posts, perPage, `/tags/${tag.slug}/`).map((page) => ({
      ...page,
      tag: { name: tag.name, slug: tag.slug, count: tag.posts.length },
    })),
  );
}

/** One index per list of tags: a build hands every page the same `tagList`. */
const rememberTags = weakRememberer<readonly Tag<unknown>[], Map<string, Tag<unknown>>>();

/**
 * The tags of one post as links show them: each once, in the post's order, with the tag's
 * shown name and slug from `tags`. A name not in `tags` (a draft's tag on the dev server) is
 * left out. `tags` is indexed by folded name once per list.
 */
export function tagsOfPost<T>(
  names: readonly string[] | undefined,
  tags: readonly Tag<T>[],
): Tag<T>[] {
  const byKey = rememberTags(tags, () => new Map(tags.map((tag) => [tag.key, tag]))) as Map<
    string,
    Tag<T>
  >;
  const seen = new Set<string>();
  const result: Tag<T>[] = [];
  for (const name of names ?? []) {
    const key = foldKey(name);
    const tag = byKey.get(key);
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}
