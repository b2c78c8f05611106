/**
 * Clashes of aliases with the posts' pages and folders and with each other: the problems of
 * `findAliasProblems` (`./aliases.ts`), each with a stable code and the fields that say it.
 */
import type { ContentProblem } from "../../errors.ts";
import { outputFileKey, outputFileOf, type AliasReadingCode } from "./alias-paths.ts";

/** A post's URL and its aliases, as the pre-build check reads them from its front matter. */
export interface PostAliases {
  /** The post's project-relative source path, `posts/basra/index.md`. */
  file: string;
  /** The post's URL without the path prefix, `/posts/basra/`. */
  url: string;
  /** Each alias as written, with the file line it is on. */
  aliases: readonly { value: string; line: number }[];
}

/** Why {@link checkAliases} refuses an alias: a {@link AliasReadingCode}, or a clash. */
export type AliasProblemCode =
  | AliasReadingCode
  /** The alias is a post's URL: its redirect would replace the post's page. */
  | "alias-is-post-url"
  /** The alias is a post's URL but for upper and lower case: one file on some disks. */
  | "alias-is-post-url-but-for-case"
  /** The alias is inside the folder of a post's page, where its images and maps are copied. */
  | "alias-inside-post-folder"
  /** The post lists the alias twice (maybe in other case). */
  | "alias-listed-twice"
  /** Another post has the alias too (maybe in other case). */
  | "alias-clashes-with-alias";

/**
 * One problem of {@link checkAliases}: a {@link ContentProblem} (`file`, `line`, `message`,
 * `fix`, as the build prints them) with a stable `code` and the fields that say it, for callers
 * (the WordPress import) that word it their own way.
 */
export interface AliasProblem extends ContentProblem {
  line: number;
  code: AliasProblemCode;
  /** The alias as written. */
  alias: string;
  /** Its 0-based index in the post's `aliases`. */
  index: number;
  /** For a refused path ({@link readAlias}): what is wrong with it, completing `alias "…" `. */
  reason?: string;
  /** The post whose URL or folder the alias would take: its file and URL. */
  post?: { file: string; url: string };
  /** The alias it clashes with: its post's file, line, index and value. */
  other?: { file: string; line: number; index: number; value: string };
  /** The clash is only in upper and lower case (one file on a disk that ignores case). */
  caseOnly?: boolean;
}

/** The post pages and post folders of a site, by output-file key. */
export interface PostPlaces {
  pages: Map<string, PostAliases>;
  /** The folder of each post published as `<folder>/index.html`: its files (images, maps) go there. */
  folders: Map<string, PostAliases>;
}

/** The pages and folders of the posts, by output-file key; the first post of each wins. */
export function postPlaces(posts: readonly PostAliases[]): PostPlaces {
  const pages = new Map<string, PostAliases>();
  const folders = new Map<string, PostAliases>();
  for (const post of posts) {
    const outputFile = outputFileOf(post.url);
    const key = outputFileKey(outputFile);
    if (!pages.has(key)) pages.set(key, post);
    if (outputFile.endsWith("/index.html")) {
      const folder = key.slice(0, -"/index.html".length);
      if (!folders.has(folder)) folders.set(folder, post);
    }
  }
  return { pages, folders };
}

/** An alias that {@link checkAliases} has accepted, by output-file key. */
export interface TakenAlias {
  file: string;
  line: number;
  index: number;
  outputFile: string;
  value: string;
}

/** The problem of an alias that takes a post's page or a place in its folder; else undefined. */
export function postPlaceProblem(
  places: PostPlaces,
  outputFile: string,
  field: string,
): Omit<AliasProblem, "file" | "line" | "alias" | "index"> | undefined {
  const key = outputFileKey(outputFile);
  const page = places.pages.get(key);
  if (page) {
    const post = { file: page.file, url: page.url };
    return outputFileOf(page.url) === outputFile
      ? {
          code: "alias-is-post-url",
          post,
          message: `${field} is the URL of the post ${page.file}, so the redirect would replace it`,
          fix: "remove the alias",
        }
      : {
          code: "alias-is-post-url-but-for-case",
          post,
          message: `${field} differs from ${page.url}, the URL of the post ${page.file}, only in upper and lower case, so on a disk that ignores case (macOS, Windows) the redirect would replace it`,
          fix: "remove the alias",
        };
  }
  const parts = key.split("/");
  const folderPost = parts
    .slice(0, -1)
    .map((_part, index) => places.folders.get(parts.slice(0, index + 1).join("/")))
    .find((found) => found !== undefined);
  if (!folderPost) return undefined;
  const folderUrl = folderPost.url.replace(/index\.html?$/i, "");
  return {
    code: "alias-inside-post-folder",
    post: { file: folderPost.file, url: folderUrl },
    message: `${field} is inside ${folderUrl}, the folder of the post ${folderPost.file}, where its page and files (images, maps) are published, so the redirect would take the place of one of them`,
    fix: "remove the alias",
  };
}

/** The problem of an alias that another alias (of this post or another) already takes. */
export function takenProblem(
  other: TakenAlias,
  file: string,
  outputFile: string,
  field: string,
): Omit<AliasProblem, "file" | "line" | "alias" | "index"> {
  const caseOnly = other.outputFile !== outputFile;
  const { file: otherFile, line, index, value } = other;
  const fields = { other: { file: otherFile, line, index, value }, caseOnly };
  if (otherFile === file) {
    return {
      code: "alias-listed-twice",
      ...fields,
      message: `${field} is the same old URL as aliases.${index} (${JSON.stringify(value)}, line ${line})${caseOnly ? " but for upper and lower case" : ""}; the post lists it twice`,
      fix: "remove one of the two",
    };
  }
  return {
    code: "alias-clashes-with-alias",
    ...fields,
    message: `${field} is also an alias at ${otherFile}:${line}${caseOnly ? ` (${JSON.stringify(value)}, which differs only in upper and lower case: one file on a disk that ignores case)` : ""}; an old URL can redirect to one post only`,
    fix: "keep the alias in one post and remove it from the other",
  };
}
