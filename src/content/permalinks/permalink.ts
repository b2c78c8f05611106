/**
 * Permalinks of posts: a post at `posts/<folder>/index.md` is published at `/posts/<slug>/`, where
 * the slug is its `slug:` front matter, else its folder's name made a slug ({@link slugify}). The
 * URL is never empty, in any script; it is UTF-8 on disk and percent-encoded in an `href`.
 */
import path from "node:path";
import type { ContentProblem } from "../../errors.ts";
import { slugify } from "../../shared/slug.ts";

/** The folder under which every post is published: `/posts/<slug>/`. */
export const postsUrlFolder = "posts";

/** True when `inputPath` is a post's source: `posts/<folder>/index.md`, with or without `./`. */
export function isPostSource(inputPath: string): boolean {
  return /^(?:\.\/)?posts\/[^/]+\/index\.md$/.test(inputPath);
}

/**
 * Returns a post's slug: `slug` when it is given (and valid, see {@link slugProblem}), else the
 * slug of the folder's name: `postSlug("posts/Basra Timeline/index.md")` → `"basra-timeline"`,
 * `postSlug("posts/x/index.md", "البصرة")` → `"البصرة"`. A `slug` is Unicode NFC-normalised, so
 * an accent typed as a separate mark gives the same URL as the composed letter. Never empty.
 * @param inputPath the post's source path, `posts/<folder>/index.md` (a leading `./` is ignored)
 * @param slug the post's `slug:` front matter, when it has one
 */
export function postSlug(inputPath: string, slug?: unknown): string {
  // NFC: `café` typed with a separate accent mark (NFD) is the same URL as with `é`.
  if (typeof slug === "string" && slug.trim() !== "") return slug.normalize("NFC");
  return slugify(path.posix.basename(path.posix.dirname(inputPath.replace(/^\.\//, ""))), "post");
}

/** Returns a post's root-relative URL without the path prefix: `/posts/<slug>/`. */
export function postUrl(inputPath: string, slug?: unknown): string {
  return `/${postsUrlFolder}/${postSlug(inputPath, slug)}/`;
}

/**
 * What is wrong with a `slug:` value, or `undefined` when it already is a slug (what
 * {@link slugify} makes of it is itself, up to Unicode NFC): `slugProblem("Basra Battle")` →
 * `{ message: "is not a slug", suggestion: "basra-battle" }`.
 */
export function slugProblem(slug: string): { message: string; suggestion: string } | undefined {
  const suggestion = slugify(slug, "post");
  if (suggestion === slug.normalize("NFC")) return undefined;
  return {
    message:
      "is not a slug: a slug is lower-case letters and digits of any script, joined by single hyphens",
    suggestion,
  };
}

/**
 * A post's own `permalink:` as the check before the build can know it: `false` (no page), a
 * plain path made root-relative (`posts/x.html` → `/posts/x.html`), or `undefined` when the post
 * has none or it is a template (`{{ … }}`) that only Eleventy can work out.
 */
export function ownPermalink(permalink: unknown): string | false | undefined {
  if (permalink === false) return false;
  if (typeof permalink !== "string" || permalink.trim() === "" || /\{[{%]/.test(permalink)) {
    return undefined;
  }
  return `/${permalink.trim().replace(/^\/+/, "")}`;
}

/** One post's permalink as the pre-build check sees it. */
export interface PostPermalink {
  /** The post's project-relative source path, `posts/basra/index.md`. */
  file: string;
  /**
   * Line of `slug:` (or `permalink:`) in the front matter, or 1 when the slug comes from the
   * folder's name.
   */
  line: number;
  /** Root-relative URL without the path prefix, `/posts/basra/`. */
  url: string;
  /** True when the slug comes from `slug:`, false when from the folder's name. */
  fromSlugField: boolean;
  /** True when the URL is the post's own `permalink:`, which wins over its slug. @default false */
  fromPermalinkField?: boolean;
}

function describeOrigin(post: PostPermalink): string {
  if (post.fromPermalinkField) return `${post.file}:${post.line} (its permalink)`;
  return post.fromSlugField
    ? `${post.file}:${post.line} (its slug)`
    : `${post.file} (its folder's name)`;
}

/**
 * The key under which two URLs are one output file: `/a/` and `/a/index.html` are the same
 * file, and so are `/A/` and `/a/` on a disk that ignores case (macOS, Windows).
 */
function outputKey(url: string): string {
  return url
    .replace(/\/index\.html$/i, "/")
    .normalize("NFC")
    .toLowerCase();
}

/**
 * Finds posts that would write the same URL (two folders with the same `slug:`, a `slug:` equal
 * to another post's folder name, two folder names with the same slug), so the build can stop
 * before Eleventy writes anything.
 * @returns one problem for each post after the first to claim a URL (in the order given), naming
 *   both files
 */
export function duplicatePermalinks(posts: readonly PostPermalink[]): ContentProblem[] {
  const owners = new Map<string, PostPermalink>();
  const problems: ContentProblem[] = [];
  for (const post of posts) {
    const owner = owners.get(outputKey(post.url));
    if (!owner) {
      owners.set(outputKey(post.url), post);
      continue;
    }
    const clash =
      owner.url === post.url
        ? `is also the URL of ${describeOrigin(owner)}`
        : `is the same page as ${owner.url}, the URL of ${describeOrigin(owner)}`;
    const base = pageName(post.url);
    problems.push({
      file: post.file,
      line: post.line,
      message: `the post's URL ${post.url} ${clash}; two posts cannot share a URL`,
      fix: post.fromPermalinkField
        ? `give this post another permalink, e.g. permalink: /${postsUrlFolder}/${base}-2/, or remove it`
        : post.fromSlugField
          ? `give this post another slug, e.g. slug: ${base}-2`
          : `add a slug to one of them, e.g. slug: ${base}-2, or rename its folder`,
    });
  }
  return problems;
}

/** The last name of a page's URL, without `index.html` or `.html`: `/posts/basra/` → `basra`. */
function pageName(url: string): string {
  return path.posix.basename(url.replace(/\/index\.html?$/i, "/")).replace(/\.html?$/i, "");
}

/**
 * Finds posts whose URL lies inside another post's folder (`/posts/basra/share.png/` inside
 * `/posts/basra/`): that folder holds the other post's page and the files published beside it
 * (images, maps, its share picture), which the two would overwrite. Upper and lower case are one
 * (disks that ignore case).
 * @returns one problem per post inside another's folder, on its `permalink:` or `slug:` line
 */
export function nestedPermalinks(posts: readonly PostPermalink[]): ContentProblem[] {
  const folders = new Map<string, PostPermalink>();
  for (const post of posts) {
    const key = outputKey(post.url);
    if (key.endsWith("/")) folders.set(key, post);
  }
  const problems: ContentProblem[] = [];
  for (const post of posts) {
    const key = outputKey(post.url);
    const segments = key.split("/").slice(1, -1);
    // Each folder above the post's own page: `/posts/`, `/posts/basra/`, …
    const owner = segments
      .map((_segment, index) => `/${segments.slice(0, index + 1).join("/")}/`)
      .filter((folder) => folder !== key)
      .map((folder) => folders.get(folder))
      .find((found) => found !== undefined && found.file !== post.file);
    if (!owner) continue;
    const base = pageName(post.url);
    problems.push({
      file: post.file,
      line: post.line,
      message: `the post's URL ${post.url} is inside ${owner.url}, the folder of ${describeOrigin(owner)}, where its page and files (images, maps, share picture) are published; the two would overwrite each other`,
      fix: `give this post a path of its own, e.g. permalink: /${postsUrlFolder}/${base}/`,
    });
  }
  return problems;
}
