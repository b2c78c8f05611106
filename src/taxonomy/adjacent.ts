/**
 * Previous and next posts across the whole site, in time: the post published just before and
 * just after a post, in the order of `collections.posts` (newest first; equal dates by input
 * path).
 */
import type { PostItem } from "../content/collections.ts";

/** A post's neighbours in time. */
export interface AdjacentPosts<T> {
  /** The post before it: next in the newest-first list. */
  previous?: T;
  /** The post after it: before it in the newest-first list. */
  next?: T;
}

/**
 * Returns the neighbours of the post at `inputPath` in `posts` (newest first); `{}` when the
 * post is not in the list (a draft on the dev server).
 */
export function adjacentPosts<T extends PostItem>(
  inputPath: string,
  posts: readonly T[],
): AdjacentPosts<T> {
  const index = posts.findIndex((post) => post.inputPath === inputPath);
  if (index === -1) return {};
  const neighbours: AdjacentPosts<T> = {};
  if (index + 1 < posts.length) neighbours.previous = posts[index + 1];
  if (index > 0) neighbours.next = posts[index - 1];
  return neighbours;
}
