/**
 * Collections of posts. Order is newest first; posts with the same date come in the order of
 * their input paths, so every list is the same build after build.
 */

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
