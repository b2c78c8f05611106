/**
 * Feed ids that two posts share. A post's feed id (Atom `<id>`, RFC 4287 §4.2.6; JSON Feed `id`)
 * is its front matter's `id` (an imported post's WordPress guid) or else its absolute URL
 * (`src/feeds/entries.ts`); a feed reader that sees one id twice shows one of the two posts only,
 * or shows the second as an edit of the first. The feeds hold only the newest posts, so the check
 * reads every post's source (`posts/<folder>/index.md`), drafts included, not the built feeds.
 */
import path from "node:path";
import type { ContentProblem } from "../errors.ts";
import { walkTree } from "../content/files/folder-tree.ts";
import { postsDir } from "../content/files/post-files.ts";
import { isPostSource } from "../content/permalinks/permalink.ts";
import { readPost } from "../content/post.ts";
import { feedIdOf } from "../feeds/entries.ts";
import { absoluteUrl, type SiteOrigin } from "../seo/urls.ts";

/** The feed id of one post and where it comes from. */
export interface PostFeedId {
  /** Project-relative source, `posts/basra/index.md`. */
  file: string;
  /** The id, exactly as feeds write it. */
  id: string;
  /** Line of `id:` in the front matter; `undefined` when the id is the post's URL. */
  line: number | undefined;
}

/**
 * Finds posts whose feed id another post has, in the order given.
 * @returns one problem for each post after the first with an id, naming both files, on the line
 *   of its `id:` (or line 1 when its id is its URL)
 */
export function duplicateFeedIds(posts: readonly PostFeedId[]): ContentProblem[] {
  const owners = new Map<string, PostFeedId>();
  const problems: ContentProblem[] = [];
  for (const post of posts) {
    const owner = owners.get(post.id);
    if (!owner) {
      owners.set(post.id, post);
      continue;
    }
    const where = owner.line === undefined ? "its URL" : `id: on line ${owner.line}`;
    const own = post.line === undefined ? "this post's URL, " : "";
    problems.push({
      file: post.file,
      line: post.line ?? 1,
      message: `the feed id "${post.id}" (${own}the id feed readers know the post by) is also the feed id of ${owner.file} (${where}); feed readers would show only one of the two posts`,
      fix:
        post.line === undefined
          ? `remove or change the id: line of ${owner.file}, which names this post's URL`
          : `keep the id on the post feed readers already know by it and remove this id: line (the post's feed id is then its URL), or give it another absolute URI`,
    });
  }
  return problems;
}

/**
 * The feed id of every post of the project at `root` (each `posts/<folder>/index.md`, drafts
 * included, ordered by file), as {@link feedIdOf} gives it; posts without a page
 * (`permalink: false`) are in no feed and left out.
 * @param site the site's origin and path prefix, for ids that are URLs
 */
export function projectFeedIds(root: string, site: SiteOrigin): PostFeedId[] {
  const files = walkTree(path.join(root, postsDir))
    .filter((entry) => entry.kind === "file")
    .map((entry) => `${postsDir}/${entry.path}`)
    .filter(isPostSource)
    .sort();
  const ids: PostFeedId[] = [];
  for (const file of files) {
    const post = readPost(root, file, "UTC", "");
    if (!post.permalink) continue;
    const data = post.frontMatter.data as { id?: unknown };
    const id = typeof data.id === "string" ? data.id : undefined;
    const feedId = feedIdOf(
      { data: id === undefined ? {} : { id } },
      absoluteUrl(post.permalink.url, site),
    );
    ids.push({
      file,
      id: feedId,
      line: feedId === id ? post.frontMatter.lineOf(["id"]) : undefined,
    });
  }
  return ids;
}
