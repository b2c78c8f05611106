/**
 * Previous and next posts across the whole site, in time: the post published just before and
 * just after a post. Time order is by date, then by input path, the order of series parts, so
 * that on a post in a series "previous post" and "previous part" never disagree about two posts
 * of one day (lists newest first show those two in the same input-path order).
 */
import type { PostItem } from "../content/collections.ts";
import { weakRememberer } from "../shared/memo.ts";
import { oldestFirst } from "./post.ts";

/** A post's neighbours in time. */
export interface AdjacentPosts<T> {
  /** The post published just before it. */
  previous?: T;
  /** The post published just after it. */
  next?: T;
}

/** A list of posts in time order, with each post's place in it. */
interface Timeline {
  inTime: readonly PostItem[];
  position: Map<string, number>;
}

/** One timeline per list: a build hands every page the same `collections.posts`. */
const rememberTimeline = weakRememberer<readonly PostItem[], Timeline>();

/** The posts in time order, with the place of each input path (its first place). */
function timelineOf(posts: readonly PostItem[]): Timeline {
  return rememberTimeline(posts, () => {
    const inTime = [...posts].sort(oldestFirst);
    const position = new Map<string, number>();
    inTime.forEach((post, i) => {
      if (!position.has(post.inputPath)) position.set(post.inputPath, i);
    });
    return { inTime, position };
  });
}

/**
 * Returns the neighbours of the post at `inputPath` among `posts` (in any order); `{}` when the
 * post is not among them (a draft on the dev server). The time order of a list is made once and
 * reused for every post of the build.
 */
export function adjacentPosts<T extends PostItem>(
  inputPath: string,
  posts: readonly T[],
): AdjacentPosts<T> {
  const { inTime, position } = timelineOf(posts);
  const index = position.get(inputPath);
  if (index === undefined) return {};
  const neighbours: AdjacentPosts<T> = {};
  if (index > 0) neighbours.previous = inTime[index - 1] as T;
  if (index + 1 < inTime.length) neighbours.next = inTime[index + 1] as T;
  return neighbours;
}
