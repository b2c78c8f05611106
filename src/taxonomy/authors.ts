/**
 * Authors: everyone a post names in `author:` front matter, and everyone in `site.authors`
 * (`src/site.ts`), each with a page at `/authors/<slug>/`. A byline of several people
 * (`James Glanz and Michael Kamber`, or a YAML list) names each of them (`bylineNames`), so a
 * co-written post is on each one's page. Names that differ only by case or spacing are one
 * author; the spelling in `site.authors` wins, otherwise the first byline's.
 */
import { bylineNames, bylineParts, type Byline } from "../content/byline.ts";
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
    namesOf: (post) => {
      const names = bylineNames(post.data.author);
      // An item of a list is located at its own line; names split from a text, at the field's.
      return typeof post.data.author === "string"
        ? names.map((name) => ({ name }))
        : names.map((name, index) => ({ name, index }));
    },
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

/** A piece of a printed byline: a name with its author entry (when it has a page), or words. */
export type BylineLink<T> = { name: string; author?: AuthorEntry<T> } | { text: string };

/**
 * A byline as a page prints it (`bylineParts` of `src/content/byline.ts`): each name with the
 * author entry it links to ({@link findAuthor}, whose spelling the page shows), and the words
 * between the names as written, or `lang`'s for a list (`" and "`, Arabic's `" و"`).
 * `[]` for a post with no author.
 * @param lang BCP 47 tag of the byline's words
 * @throws RangeError when `lang` is not a BCP 47 tag
 */
export function bylineLinks<T>(
  byline: Byline | undefined,
  authors: readonly AuthorEntry<T>[],
  lang: string,
): BylineLink<T>[] {
  return bylineParts(byline, lang).map((part) => {
    if ("text" in part) return part;
    const author = findAuthor(part.name, authors);
    return author ? { name: author.name, author } : { name: part.name };
  });
}
