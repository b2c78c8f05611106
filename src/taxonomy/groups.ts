/**
 * Grouping posts under a name (a tag, a series, an author) the same way for every kind: names
 * that differ only by case or spacing are one group (`foldKey`), shown with the spelling of
 * their first use, under a slug from `slugify`. Two different names whose slugs are the same
 * ("Iraq!" and "iraq?" are both `iraq`) cannot share a page: that is reported, never resolved
 * silently.
 */
import type { ContentProblem, SourceLocation } from "../errors.ts";
import { rememberer } from "../shared/memo.ts";
import { foldKey, slugify } from "../shared/slug.ts";
import type { TaxonomyPost } from "./post.ts";

/** Posts gathered under one name. */
export interface Group<T> {
  /** The folded name (`foldKey`): `"mahdi army"`. */
  key: string;
  /** The name as its first use spelt it (white space tidied): `"Mahdi Army"`. */
  name: string;
  /** URL segment: `"mahdi-army"`, `"البصرة"`, `"tag-1f7vzt7"` for `"🔥"`. */
  slug: string;
  /** The posts that name it, newest first (the order of `collections.posts`). */
  posts: T[];
}

/** A name as written in one post, with its index in a list field (`tags[2]`). */
export interface NameUse {
  name: string;
  /** Index in the front-matter list, for a list field; undefined for a single value. */
  index?: number;
}

/** Where a use of a name is written: file and line of `field` (`["tags", 2]`) in a post. */
export type Locate = (post: TaxonomyPost, path: readonly PropertyKey[]) => SourceLocation;

/** Default {@link Locate}: the post's file without a line. */
export const locateFile: Locate = (post) => ({ file: post.inputPath.replace(/^\.\//, "") });

/** How {@link groupPosts} reads and names one kind of group. */
export interface GroupKind<T extends TaxonomyPost> {
  /** Singular noun used in messages and slug fallbacks: `"tag"`, `"series"`, `"author"`. */
  noun: string;
  /** Front-matter field the names come from: `"tags"`. */
  field: string;
  /** The names a post gives, in the order written. */
  namesOf(post: T): NameUse[];
  /** Where a use is written. @default {@link locateFile} */
  locate?: Locate;
}

/** The outcome of grouping: the groups, and a problem for every slug two names share. */
export interface Grouping<T> {
  /** Groups in the order of their first use, oldest post first. */
  groups: Group<T>[];
  problems: ContentProblem[];
}

/**
 * Groups `posts` (newest first, as `collections.posts` holds them) by folded name.
 *
 * The first use of a name is its use in the oldest post (the last in the list); within one post,
 * the first in its list. A post that names one group twice ("Iraq", "iraq") is listed once.
 * A slug claimed by two different folded names yields one problem at the later first use, naming
 * both names and both posts.
 */
export function groupPosts<T extends TaxonomyPost>(
  posts: readonly T[],
  kind: GroupKind<T>,
): Grouping<T> {
  const locate = kind.locate ?? locateFile;
  const byKey = new Map<string, Group<T> & { firstUse: { post: T; use: NameUse } }>();
  const bySlug = new Map<string, string>();
  const refused = new Set<string>();
  const problems: ContentProblem[] = [];
  const oldestFirst = [...posts].reverse();
  for (const post of oldestFirst) {
    for (const use of kind.namesOf(post)) {
      const key = foldKey(use.name);
      if (key === "") continue;
      if (byKey.has(key) || refused.has(key)) continue;
      const slug = slugify(use.name, kind.noun);
      const claimedBy = bySlug.get(slug);
      if (claimedBy !== undefined) {
        const other = byKey.get(claimedBy)!;
        const otherPlace = locate(other.firstUse.post, pathOf(kind.field, other.firstUse.use));
        problems.push({
          ...locate(post, pathOf(kind.field, use)),
          message:
            `${kind.noun} ${JSON.stringify(displayName(use.name))} has the URL /${urlFolder(kind.noun)}/${slug}/, ` +
            `the same as ${kind.noun} ${JSON.stringify(other.name)} of ${formatPlace(otherPlace)}; ` +
            `two ${kind.noun === "series" ? "series" : `${kind.noun}s`} cannot share a page`,
          fix: `spell both the same way, or make them differ in letters or digits, not only in punctuation`,
        });
        refused.add(key);
        continue;
      }
      bySlug.set(slug, key);
      byKey.set(key, {
        key,
        name: displayName(use.name),
        slug,
        posts: [],
        firstUse: { post, use },
      });
    }
  }
  for (const post of posts) {
    const keys = new Set(kind.namesOf(post).map((use) => foldKey(use.name)));
    for (const key of keys) {
      byKey.get(key)?.posts.push(post);
    }
  }
  const groups = [...byKey.values()].map(({ key, name, slug, posts: list }) => ({
    key,
    name,
    slug,
    posts: list,
  }));
  return { groups, problems };
}

/** A name as shown: as written, with runs of white space as one space, trimmed. */
export function displayName(name: string): string {
  return name.replace(/\s+/gu, " ").trim();
}

function pathOf(field: string, use: NameUse): PropertyKey[] {
  return use.index === undefined ? [field] : [field, use.index];
}

function formatPlace({ file, line }: SourceLocation): string {
  return line === undefined ? file : `${file}:${line}`;
}

/** Folder of a kind's pages: `tag` → `tags`, `series` → `series`, `author` → `authors`. */
export function urlFolder(noun: string): string {
  return noun === "series" ? "series" : `${noun}s`;
}

/** A build links to one tag, author or series from many pages: each URL is made once. */
const rememberUrl = rememberer<string>(20_000);

/**
 * Root-relative URL of the page of the `noun` (`"tag"`, `"author"`, `"series"`) named `name`:
 * `groupUrl("tag", "Mahdi Army")` → `/tags/mahdi-army/`, the slug from `slugify(name, noun)`.
 */
export function groupUrl(noun: string, name: string): string {
  return rememberUrl(`${noun}\u0000${name}`, () => `/${urlFolder(noun)}/${slugify(name, noun)}/`);
}

/**
 * Sorts groups by name for an index, in `language`'s collation (case and accents as that
 * language orders them); equal names by slug. Returns a new array.
 */
export function sortByName<G extends { name: string; slug: string }>(
  groups: readonly G[],
  language: string,
): G[] {
  const collator = new Intl.Collator(language, { sensitivity: "base", numeric: true });
  return [...groups].sort(
    (a, b) => collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
}
