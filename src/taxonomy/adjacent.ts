/**
 * Previous and next posts across the whole site, in time: the post published just before and
 * just after a post. Time order is by date, then by input path, the order of series parts, so
 * that on a post in a series "previous post" and "previous part" never disagree about two posts
 * of one day (lists newest first show those two in the same input-path order).
 */
import type { PostItem } from "../content/collections.ts";
import { oldestFirst } from "./post.ts";

/** A post's neighbours in time. */
export interface AdjacentPosts<T> {
  /** The post published just before it. */
  previous?: T;
  /** The post published just after it. */
  next?: T;
}

/**
 * Returns the neighbours of the post at `inputPath` among `posts` (in any order); `{}` when the
 * post is not among them (a draft on the dev server).
 */
export function adjacentPosts<T extends PostItem>(
  inputPath: string,
  posts: readonly T[],
): AdjacentPosts<T> {
  const inTime = [...posts].sort(oldestFirst);
  const index = inTime.findIndex((post) => post.inputPath === inputPath);
  if (index === -1) return {};
  const neighbours: AdjacentPosts<T> = {};
  if (index > 0) neighbours.previous = inTime[index - 1];
  if (index + 1 < inTime.length) neighbours.next = inTime[index + 1];
  return neighbours;
}
