/**
 * The post store: one {@link Post} per post of a project, read and checked again only when its
 * folder's stamp changes. It is the only cache of posts: the check before each build, Eleventy's
 * front-matter engine, the dev server's rebuild mode, redirects, dates, images, share images and
 * topics all read their post from it.
 *
 * Eleventy makes new plugin modules when its configuration changes: the stores are kept on
 * `globalThis` under a `Symbol.for` key, so that every copy of this module finds them, one per
 * absolute project root.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { warn } from "../errors.ts";
import { readFrontMatter, type FrontMatter } from "./front-matter/read.ts";
import { checkPost } from "./post-check.ts";
import { folderStamp, readPost, type Post, type PostDate } from "./post.ts";

/** A post with the build it was read for. */
interface StoredPost {
  post: Post;
  /** The build ({@link PostStore.builds}) the post was read and checked for. */
  build: number;
}

/** The posts of one project. */
export interface PostStore {
  /** Absolute project root. */
  readonly root: string;
  /** IANA time zone the posts' dates are read in, e.g. `"Asia/Baghdad"`. */
  readonly zone: string;
  /** How many builds have started ({@link startBuild}). */
  builds: number;
  /** By project-relative file, `posts/basra/index.md`. */
  readonly entries: Map<string, StoredPost>;
}

const storesKey = Symbol.for("dispatch.postStores");

/** Every store of this process, by absolute project root. */
function stores(): Map<string, PostStore> {
  const global = globalThis as Record<symbol, unknown>;
  const found = global[storesKey] as Map<string, PostStore> | undefined;
  if (found) return found;
  const made = new Map<string, PostStore>();
  global[storesKey] = made;
  return made;
}

/**
 * The store of the project at `root`, made when there is none, or when its posts' dates were
 * read in another zone than `zone`.
 * @param zone IANA time zone of the site. @default "UTC"
 */
export function postStore(root: string, zone = "UTC"): PostStore {
  const absolute = path.resolve(root);
  const known = stores().get(absolute);
  if (known && known.zone === zone) return known;
  const store: PostStore = { root: absolute, zone, builds: 0, entries: new Map() };
  stores().set(absolute, store);
  return store;
}

/** The store of the project at `root`, or `undefined` when no post of it was read. */
export function existingStore(root: string): PostStore | undefined {
  return stores().get(path.resolve(root));
}

/** Marks the start of a build: a post with problems is read again once in each build. */
export function startBuild(store: PostStore): number {
  store.builds += 1;
  return store.builds;
}

/**
 * One post of the store, read and checked ({@link readPost}, {@link checkPost}) when its folder
 * changed since it was last read, or when it had problems and was read for an earlier build (its
 * fix may be outside its folder: a layout added). A post read anew has its warnings printed.
 * @param file project-relative, `posts/basra/index.md`
 * @param build the build it is read for. @default the current build
 * @returns the post, or `undefined` when its file is gone (it is then dropped)
 */
export function storePost(store: PostStore, file: string, build = store.builds): Post | undefined {
  const absolute = path.join(store.root, file);
  if (!existsSync(absolute)) {
    store.entries.delete(file);
    return undefined;
  }
  const stamp = folderStamp(path.dirname(absolute));
  const known = store.entries.get(file);
  if (known?.post.stamp === stamp && (known.post.problems.length === 0 || known.build === build)) {
    return known.post;
  }
  const read = readPost(store.root, file, store.zone, stamp);
  const post: Post = { ...read, ...checkPost(read, store.root) };
  for (const warning of post.warnings) warn(warning);
  store.entries.set(file, { post, build });
  return post;
}

/**
 * The post of `file` as the store last read it, without reading it again; `undefined` when the
 * store has none.
 * @param file project-relative, `posts/basra/index.md`
 */
export function postOf(store: PostStore, file: string): Post | undefined {
  return store.entries.get(file)?.post;
}

/** Drops the posts of the store that are not among `files` (deleted, renamed). */
export function keepPosts(store: PostStore, files: ReadonlySet<string>): void {
  for (const file of store.entries.keys()) if (!files.has(file)) store.entries.delete(file);
}

/** The posts of the store, ordered by file. */
export function storedPosts(store: PostStore): Post[] {
  return [...store.entries.values()]
    .map((entry) => entry.post)
    .sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * The stored post of an input file as Eleventy names it (`./posts/basra/index.md`, relative to
 * the working folder) or as an absolute path, from whichever project's store holds it;
 * `undefined` when no store does.
 */
export function storedPost(inputPath: string): Post | undefined {
  const absolute = path.resolve(inputPath);
  for (const store of stores().values()) {
    if (!absolute.startsWith(`${store.root}${path.sep}`)) continue;
    const file = path.relative(store.root, absolute).split(path.sep).join("/");
    const post = postOf(store, file);
    if (post) return post;
  }
  return undefined;
}

/**
 * The post store's reading of a stored post's `date` (`"published"`) or `updated`, in the site's
 * time zone, when the page's data still holds the text it was read from (`written`); `undefined`
 * for a page that is not a stored post, a post without that date, or a value the data cascade
 * changed. Eleventy's `date`, page metadata and feeds all take a post's dates from here.
 * @param inputPath as Eleventy names it, `./posts/basra/index.md`
 */
export function storedDate(
  inputPath: string | undefined,
  which: "published" | "updated",
  written: unknown,
): PostDate | undefined {
  if (inputPath === undefined) return undefined;
  const date = storedPost(inputPath)?.dates?.[which];
  return date && date.written === written ? date : undefined;
}

/**
 * The front matter of an input file as Eleventy names it (`./posts/basra/index.md`), for the
 * line of a value in a message: the stored post's ({@link storedPost}), else read from the file
 * (a page that is not a post).
 * @returns the project-relative file (`posts/basra/index.md`) and its front matter
 * @throws Error from `readFileSync` when the file is neither stored nor readable
 */
export function inputFrontMatter(inputPath: string): { file: string; frontMatter: FrontMatter } {
  const file = inputPath.replace(/^\.\//, "");
  const stored = storedPost(inputPath);
  if (stored) return { file, frontMatter: stored.frontMatter };
  return { file, frontMatter: readFrontMatter(readFileSync(inputPath, "utf8"), file) };
}

/**
 * A post's front matter as a comparable text: its format and what stands between the fences;
 * `undefined` when it cannot be read.
 */
export function frontMatterKey(post: Post): string | undefined {
  const { frontMatter } = post;
  return frontMatter.problems.length > 0 ? undefined : `${frontMatter.format}\n${frontMatter.text}`;
}
