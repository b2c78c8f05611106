/**
 * A post as read once from its folder (`posts/<folder>/index.md`): its front matter with the line
 * of every value, its dates read in the site's time zone, its body, where its page is written and
 * its aliases. The post store (`store.ts`) keeps one per post; every check and plugin reads it.
 */
import { lstatSync } from "node:fs";
import path from "node:path";
import type { DateTime } from "luxon";
import type { ContentProblem } from "../errors.ts";
import { maxPostBytes, postTooLarge, readSourceText } from "../text/source-encoding.ts";
import type { PostAliases } from "./permalinks/aliases.ts";
import { parseFrontMatterDate } from "./front-matter/dates.ts";
import { walkTree } from "./files/folder-tree.ts";
import { readFrontMatter, type FrontMatter } from "./front-matter/read.ts";
import { ownPermalink, postUrl, type PostPermalink } from "./permalinks/permalink.ts";

/** A front-matter date: the text as written and the moment it names in the site's time zone. */
export interface PostDate {
  /** As written: `2008-03-27`, `2008-03-27T14:30`, `2008-03-27T14:30+03:00`. */
  written: string;
  /** The moment, in the site's time zone: midnight there for a date without a time. */
  at: DateTime;
}

/** A post's dates, each read once in the site's time zone. */
export interface PostDates {
  /** `date`: when the post was published. */
  published: PostDate;
  /** `updated`, when the post has one. */
  updated?: PostDate;
  /** Each correction's `date`, in the order of `corrections`; `undefined` for one not a date. */
  corrections: readonly (PostDate | undefined)[];
}

/** One post, read once per change of its folder. */
export interface Post {
  /** Project-relative source path: `posts/basra/index.md`. */
  file: string;
  /** Project-relative folder: `posts/basra`. */
  folder: string;
  /** The folder's files with modification times and sizes ({@link folderStamp}). */
  stamp: string;
  /** The front matter as written, with the line of every value. */
  frontMatter: FrontMatter;
  /** `date`, `updated` and the corrections' dates; `undefined` when `date` is not a date. */
  dates: PostDates | undefined;
  /** The text after the front matter, lines joined with `\n`. */
  body: string;
  /** Where the post's page is written; `undefined` for `permalink: false` (no page). */
  permalink: PostPermalink | undefined;
  /** The post's URL and its aliases, each with its line. */
  aliases: PostAliases;
  /** The headline (`""` when there is none), for redirect pages. */
  title: string;
  /** The post's own problems; a post with any is read again at every build. */
  problems: ContentProblem[];
  /** The post's own warnings, printed when it is read. */
  warnings: ContentProblem[];
}

/**
 * The files of a folder, recursively, with modification time and size: changes when any does.
 * A symbolic link is stamped itself (`lstat`), never followed: one that loops would throw ELOOP.
 * @param dir absolute path of the folder
 */
export function folderStamp(dir: string): string {
  return walkTree(dir)
    .map(({ path: entry }) => {
      const stat = lstatSync(path.join(dir, entry), { throwIfNoEntry: false });
      return `${entry}:${stat?.mtimeMs ?? 0}:${stat?.size ?? 0}`;
    })
    .join("\n");
}

/**
 * A front-matter date read in `zone`, or `undefined` when `value` is not text that is a date
 * ({@link parseFrontMatterDate}).
 */
function postDate(value: unknown, zone: string): PostDate | undefined {
  if (typeof value !== "string") return undefined;
  const at = parseFrontMatterDate(value, zone);
  return at ? { written: value, at } : undefined;
}

/**
 * The dates of front matter, read once in `zone` (an IANA name such as `"Asia/Baghdad"`):
 * `undefined` when `date` is missing or not a date (the schema reports it).
 */
export function readPostDates(data: unknown, zone: string): PostDates | undefined {
  if (data === null || typeof data !== "object") return undefined;
  const { date, updated, corrections } = data as Record<string, unknown>;
  const published = postDate(date, zone);
  if (!published) return undefined;
  const updatedDate = postDate(updated, zone);
  return {
    published,
    ...(updatedDate ? { updated: updatedDate } : {}),
    corrections: Array.isArray(corrections)
      ? corrections.map((entry: unknown) =>
          postDate((entry as { date?: unknown } | null)?.date, zone),
        )
      : [],
  };
}

/**
 * The `aliases` of front matter that YAML or JSON could read, when they are a list of text;
 * otherwise none (the schema reports what is wrong with the field).
 */
function readableAliases(frontMatter: FrontMatter): string[] {
  if (frontMatter.problems.length > 0) return [];
  const { aliases } = frontMatter.data as { aliases?: unknown };
  return Array.isArray(aliases) && aliases.every((alias) => typeof alias === "string")
    ? aliases
    : [];
}

/** Where a post's page is written, from its front matter; `undefined` for `permalink: false`. */
function permalinkOf(file: string, frontMatter: FrontMatter): PostPermalink | undefined {
  const data = frontMatter.data as { slug?: string; permalink?: unknown };
  // A post's own plain `permalink:` wins over its slug (Eleventy's data cascade).
  const own = ownPermalink(data.permalink);
  if (own === false) return undefined;
  return {
    file,
    line:
      typeof own === "string"
        ? frontMatter.lineOf(["permalink"])
        : data.slug === undefined
          ? 1
          : frontMatter.lineOf(["slug"]),
    url: typeof own === "string" ? own : postUrl(file, data.slug),
    fromSlugField: data.slug !== undefined,
    fromPermalinkField: typeof own === "string",
  };
}

/**
 * Reads one post: its source (at most {@link maxPostBytes}, UTF-8), front matter, dates in
 * `zone`, body, permalink and aliases. Nothing is checked here but that the file can be read:
 * the checks (`post-check.ts`) fill `problems` and `warnings`.
 * @param root the project root
 * @param file project-relative, `posts/basra/index.md`
 * @param stamp the folder's stamp when it is read ({@link folderStamp})
 */
export function readPost(root: string, file: string, zone: string, stamp: string): Post {
  const read = readSourceText(path.resolve(root, file), file, maxPostBytes, "a post", postTooLarge);
  const source = read.ok ? read.text : "";
  const frontMatter = readFrontMatter(source, file);
  const data = frontMatter.data as { title?: unknown; slug?: unknown; permalink?: unknown };
  const own = ownPermalink(data.permalink);
  return {
    file,
    folder: path.posix.dirname(file),
    stamp,
    frontMatter,
    dates: frontMatter.problems.length > 0 ? undefined : readPostDates(frontMatter.data, zone),
    body: source
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)
      .slice(frontMatter.bodyOffset)
      .join("\n"),
    permalink: permalinkOf(file, frontMatter),
    aliases: {
      file,
      url: typeof own === "string" ? own : postUrl(file, data.slug),
      // Read even when the post has other problems, so that all are reported in one build.
      aliases: readableAliases(frontMatter)
        .map((value, index) => ({ value, line: frontMatter.lineOf(["aliases", index]) }))
        // An empty alias is the schema's to report.
        .filter(({ value }) => value.trim() !== ""),
    },
    title: typeof data.title === "string" ? data.title : "",
    problems: read.ok ? [] : [read.problem],
    warnings: [],
  };
}
