/** Posts put straight into the post store, for unit tests of the modules that read it. */
import { DateTime } from "luxon";
import type { Post } from "../../src/content/post.ts";
import { postStore } from "../../src/content/store.ts";

/**
 * Puts a post whose dates were read in Baghdad's zone (published 2008-03-27T14:30, updated
 * 2008-03-28T09:00) into the store of the working folder.
 * @returns its input path as Eleventy names it, `./posts/<folder>/index.md`
 */
export function storeBaghdadPost(folder: string): string {
  const zone = "Asia/Baghdad";
  const file = `posts/${folder}/index.md`;
  const store = postStore(process.cwd(), "UTC");
  const at = (text: string) => ({ written: text, at: DateTime.fromISO(text, { zone }) });
  const post = {
    file,
    dates: { published: at("2008-03-27T14:30"), updated: at("2008-03-28T09:00"), corrections: [] },
  } as unknown as Post;
  store.entries.set(file, { post, build: store.builds });
  return `./${file}`;
}
