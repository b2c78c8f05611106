/** Posts for taxonomy unit tests: collection items with only what the taxonomy reads. */
import type { TaxonomyPost } from "../../../src/taxonomy/post.ts";

/** A post at `posts/<slug>/index.md` dated `date` (UTC midnight) with the given front matter. */
export function post(
  slug: string,
  date: string,
  data: Partial<TaxonomyPost["data"]> = {},
): TaxonomyPost {
  return {
    inputPath: `./posts/${slug}/index.md`,
    url: `/posts/${slug}/`,
    date: new Date(`${date}T00:00:00Z`),
    data: { title: slug, ...data },
  };
}

/** The slugs of `posts`, in order. */
export function slugs(posts: readonly TaxonomyPost[]): string[] {
  return posts.map((item) => item.inputPath.split("/")[2] ?? "");
}
