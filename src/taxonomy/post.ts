/**
 * The part of a post (an Eleventy collection item from `collections.posts`) that the taxonomy
 * reads: its place in the order, its URL and the front matter that groups it.
 */
import type { Byline } from "../content/byline.ts";
import type { PostItem } from "../content/collections.ts";

/** A post as the taxonomy reads it. */
export interface TaxonomyPost extends PostItem {
  data: {
    title: string;
    /** Topics as written; Eleventy always hands them over as a list. */
    tags?: readonly string[];
    /** Name of the series the post is a part of. */
    series?: string;
    /** Byline: a text (`James Glanz and Michael Kamber`) or a list of names. */
    author?: Byline;
    /** Where the post is set: `coordinates` are `[longitude, latitude]` in degrees. */
    location?: { name: string; coordinates: readonly number[] };
  };
}

/**
 * Compares two posts oldest first: earlier `date` first; on equal dates, input path in ascending
 * code-point order (so two posts of one day keep the order they have in every newest-first
 * list). Use with `Array.prototype.sort`.
 */
export function oldestFirst(a: PostItem, b: PostItem): number {
  const byDate = a.date.getTime() - b.date.getTime();
  if (byDate !== 0) return byDate;
  return a.inputPath < b.inputPath ? -1 : a.inputPath > b.inputPath ? 1 : 0;
}
