/**
 * Feed ids that two posts share. A post's feed id (Atom `<id>`, RFC 4287 §4.2.6; JSON Feed `id`)
 * is its front matter's `id` (an imported post's WordPress guid) or else the tag URI of its
 * publication day and first slug (RFC 4151; `src/feeds/feed-id.ts`); a feed reader that sees one
 * id twice shows one of the two posts only, or shows the second as an edit of the first. The feeds
 * hold only the newest posts, so the check reads every post's source (`posts/<folder>/index.md`),
 * drafts included, not the built feeds.
 *
 * Two default ids are one only when two posts of one day have one first slug: the build already
 * refuses two posts at one URL and an alias that is another post's URL, so that takes a post whose
 * own `permalink:` leaves its slug free for another post, or an `id:` written by hand.
 */
import path from "node:path";
import type { ContentProblem } from "../errors.ts";
import { walkTree } from "../content/files/folder-tree.ts";
import { postsDir } from "../content/files/post-files.ts";
import { isPostSource, postSlug } from "../content/permalinks/permalink.ts";
import { readPost } from "../content/post.ts";
import { explicitFeedId, feedIdOf, type FeedIdSite } from "../feeds/feed-id.ts";

/** The feed id of one post and where it comes from. */
export interface PostFeedId {
  /** Project-relative source, `posts/basra/index.md`. */
  file: string;
  /** The id, exactly as feeds write it. */
  id: string;
  /**
   * Line of `id:` in the front matter; `undefined` when the id is the default one, made from the
   * post's date and first slug.
   */
  line: number | undefined;
  /** Line of `date:`, for a default id. @default 1 */
  dateLine?: number;
}

/** How a message names where a post's id comes from. */
function origin(post: PostFeedId, own: boolean): string {
  if (post.line !== undefined) return `id: on line ${post.line}`;
  return own ? "made from this post's date and first slug" : "made from its date and first slug";
}

/** The fix for a post whose id another post already has. */
function fixFor(post: PostFeedId, owner: PostFeedId): string {
  if (post.line !== undefined) {
    return "keep the id on the post feed readers already know by it and remove this id: line (the post's feed id is then made from its date and first slug), or give it another absolute URI";
  }
  if (owner.line !== undefined) {
    return `remove or change the id: line of ${owner.file}, which names this post's feed id`;
  }
  return `give this post an id of its own, e.g. id: ${JSON.stringify(`${post.id}-2`)} in its front matter (when feed readers already know this post by the shared id, write that id: line in ${owner.file} instead)`;
}

/**
 * Finds posts whose feed id another post has, in the order given.
 * @returns one problem for each post after the first with an id, naming both files, on the line
 *   of its `id:` (or of its `date:` when its id is the default one)
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
    problems.push({
      file: post.file,
      line: post.line ?? post.dateLine ?? 1,
      message: `the feed id "${post.id}" (${post.line === undefined ? `${origin(post, true)}, ` : ""}the id feed readers know the post by) is also the feed id of ${owner.file} (${origin(owner, false)}); feed readers would show only one of the two posts`,
      fix: fixFor(post, owner),
    });
  }
  return problems;
}

/**
 * The feed id of every post of the project at `root` (each `posts/<folder>/index.md`, drafts
 * included, ordered by file), as {@link feedIdOf} gives it; posts without a page
 * (`permalink: false`) are in no feed and left out, and so are posts whose `date` is not a date
 * (the build stops on them).
 * @param site the site's URL and `tagAuthority`, which default ids are made from, and its time
 *   zone, in which posts are read (an id takes the date as written, whatever the zone)
 * @throws ContentError naming `src/site.ts` when the site's tag authority is not one
 */
export function projectFeedIds(
  root: string,
  site: FeedIdSite & { timeZone: string },
): PostFeedId[] {
  const files = walkTree(path.join(root, postsDir))
    .filter((entry) => entry.kind === "file")
    .map((entry) => `${postsDir}/${entry.path}`)
    .filter(isPostSource)
    .sort();
  const ids: PostFeedId[] = [];
  for (const file of files) {
    const post = readPost(root, file, site.timeZone, "");
    if (!post.permalink || !post.dates) continue;
    const data = post.frontMatter.data as { id?: unknown; slug?: unknown; aliases?: unknown };
    const explicit = explicitFeedId(data.id);
    const id = feedIdOf(
      {
        id: explicit,
        currentSlug: postSlug(file, data.slug),
        aliases: data.aliases,
        published: post.dates.published.written,
      },
      site,
    );
    ids.push({
      file,
      id,
      line: explicit === undefined ? undefined : post.frontMatter.lineOf(["id"]),
      ...(explicit === undefined ? { dateLine: post.frontMatter.lineOf(["date"]) } : {}),
    });
  }
  return ids;
}
