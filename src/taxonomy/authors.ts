/**
 * Authors: everyone a post names in `author:` front matter, and everyone in `site.authors`
 * (`src/site.ts`), each with a page at `/authors/<slug>/`. Names that differ only by case or
 * spacing are one author; the spelling in `site.authors` wins, otherwise the first byline's.
 */
import type { ContentProblem } from "../errors.ts";
import { weakRememberer } from "../shared/memo.ts";
import { foldKey, slugify } from "../shared/slug.ts";
import type { Author } from "../site.ts";
import {
  displayName,
  groupPosts,
  groupUrl,
  locateFile,
  sortByName,
  type Group,
  type Locate,
} from "./groups.ts";
import type { TaxonomyPost } from "./post.ts";

/** An author's page: their posts, newest first, and what `site.authors` says about them. */
export interface AuthorEntry<T> extends Group<T> {
  /** From `site.authors`. */
  bio?: string;
  /** From `site.authors`: the author's own page (http or https). */
  url?: string;
}

/** URL of the author named `name`: `/authors/james-glanz/`. */
export function authorUrl(name: string): string {
  return groupUrl("author", name);
}

/**
 * Gathers the authors of `posts` (newest first) and of `siteAuthors`, sorted by name with
 * `Intl.Collator(language)`. Two names with one slug are problems (a `site.authors` entry is
 * located in `src/site.ts`).
 */
export function collectAuthors<T extends TaxonomyPost>(
  posts: readonly T[],
  siteAuthors: readonly Author[],
  language: string,
  locate: Locate = locateFile,
): { authors: AuthorEntry<T>[]; problems: ContentProblem[] } {
  const { groups, problems } = groupPosts(posts, {
    noun: "author",
    field: "author",
    namesOf: (post) => (post.data.author === undefined ? [] : [{ name: post.data.author }]),
    locate,
  });
  const authors: AuthorEntry<T>[] = groups;
  for (const listed of siteAuthors) {
    const key = foldKey(listed.name);
    const details = {
      name: displayName(listed.name),
      ...(listed.bio === undefined ? {} : { bio: listed.bio }),
      ...(listed.url === undefined ? {} : { url: listed.url }),
    };
    const existing = authors.find((author) => author.key === key);
    if (existing) {
      Object.assign(existing, details);
      continue;
    }
    const slug = slugify(listed.name, "author");
    const clash = authors.find((author) => author.slug === slug);
    if (clash) {
      problems.push({
        file: "src/site.ts",
        message: `author ${JSON.stringify(details.name)} in site.authors has the URL /authors/${slug}/, the same as author ${JSON.stringify(clash.name)}; two authors cannot share a page`,
        fix: "spell both the same way, or make them differ in letters or digits, not only in punctuation",
      });
      continue;
    }
    authors.push({ key, slug, posts: [], ...details });
  }
  return { authors: sortByName(authors, language), problems };
}

/** One index per list of authors: a build hands every page the same `authorList`. */
const rememberAuthors = weakRememberer<
  readonly AuthorEntry<unknown>[],
  Map<string, AuthorEntry<unknown>>
>();

/**
 * The author entry a byline names, matched by folded name (`"jane  roe"` finds "Jane Roe"), or
 * `undefined` when `authors` has none (a draft's author on the dev server). The first entry of
 * each folded name is indexed once per list.
 */
export function findAuthor<T>(
  name: string | undefined,
  authors: readonly AuthorEntry<T>[],
): AuthorEntry<T> | undefined {
  if (name === undefined) return undefined;
  const byKey = rememberAuthors(authors, () => {
    const index = new Map<string, AuthorEntry<T>>();
    for (const author of authors) if (!index.has(author.key)) index.set(author.key, author);
    return index;
  }) as Map<string, AuthorEntry<T>>;
  return byKey.get(foldKey(name));
}
