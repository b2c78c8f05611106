/**
 * Collections of posts. Order is newest first; posts with the same date come in the order of
 * their input paths, so every list is the same build after build.
 */
import { weakRememberer } from "../shared/memo.ts";

/** The part of an Eleventy collection item that ordering reads. */
export interface PostItem {
  inputPath: string;
  date: Date;
  /** The page's URL, or `false` for a post with `permalink: false` (never listed). */
  url: string | false;
}

/** Glob of post sources: one folder per post, its text in `index.md`. */
export const postsGlob = "./posts/*/index.md";

/**
 * Compares two posts for a newest-first list: later `date` first; on equal dates, input path in
 * ascending code-point order. Use with `Array.prototype.sort`.
 */
export function newestFirst(a: PostItem, b: PostItem): number {
  const byDate = b.date.getTime() - a.date.getTime();
  if (byDate !== 0) return byDate;
  return a.inputPath < b.inputPath ? -1 : a.inputPath > b.inputPath ? 1 : 0;
}

/** Returns the posts that have a page, newest first. */
export function postsNewestFirst<T extends PostItem>(items: readonly T[]): T[] {
  return items.filter((item) => item.url !== false).sort(newestFirst);
}

/** Eleventy's collection API, as the lists of posts read it. */
export interface PostsApi<T extends PostItem> {
  getFilteredByGlob(glob: string): T[];
}

/** The posts of one collection API and what they were sorted from. */
interface SortedPosts {
  items: readonly PostItem[];
  posts: readonly PostItem[];
}

/** One sorted list per collection API: Eleventy makes a new one for every build. */
const rememberSorted = weakRememberer<object, SortedPosts>();

/** True when `a` and `b` hold the same items in the same order. */
function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * The posts of a build ({@link postsGlob}) that have a page, newest first
 * ({@link postsNewestFirst}), sorted once per build: every collection made from the posts (the
 * `posts` collection, the home pages, tags, authors, series, tag feeds) asks for them, and gets
 * the same list while Eleventy's collection API holds the same posts. The list is shared: do not
 * change it (copy it with `slice()` first).
 * @param api the collection API handed to a collection function (one per build)
 */
export function sortedPosts<T extends PostItem>(api: PostsApi<T>): readonly T[] {
  const items = api.getFilteredByGlob(postsGlob);
  const sorted = rememberSorted(api, () => ({ items, posts: postsNewestFirst(items) }));
  if (!sameItems(sorted.items, items)) {
    sorted.items = items;
    sorted.posts = postsNewestFirst(items);
  }
  return sorted.posts as readonly T[];
}
