/**
 * Collections of posts. Order is newest first; posts with the same date come in the order of
 * their input paths, so every list is the same build after build.
 */
import { readFrontMatter, validatePostData, type PostData } from "./front-matter.ts";
import { readInput } from "./source-lines.ts";
import { ContentError, FrontMatterError, isContentError, type ContentProblem } from "../errors.ts";

/** The part of an Eleventy collection item that ordering and validation read. */
export interface PostItem {
  inputPath: string;
  date: Date;
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

/**
 * Validates every post's front matter, as written in its file, and returns the posts newest first.
 *
 * @param items Eleventy collection items of the posts
 * @param zone the site's IANA time zone
 * @throws FrontMatterError with the problems of every post at once, not only the first
 */
export function postsNewestFirst<T extends PostItem>(items: readonly T[], zone: string): T[] {
  const problems: ContentProblem[] = [];
  for (const item of items) {
    const { file, source } = readInput(item.inputPath);
    try {
      validatePostData(readFrontMatter(source, file), file, source, zone);
    } catch (error) {
      if (!isContentError(error)) throw error;
      problems.push(...(error as ContentError).problems);
    }
  }
  if (problems.length > 0) throw new FrontMatterError(problems);
  return [...items].sort(newestFirst);
}

export type { PostData };
