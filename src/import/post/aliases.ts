/**
 * Which old URLs of imported posts the build would refuse as aliases, and why, in the import's
 * words: the build's own checks ({@link findAliasProblems}, by their codes) and the site's own
 * pages ({@link sitePageOf}).
 */
import {
  findAliasProblems,
  outputFileKey,
  outputFileOf,
  readAlias,
  type AliasProblem,
} from "../../content/permalinks/aliases.ts";
import type { WxrItem } from "../export/wxr.ts";

/**
 * Which page of the site an alias would replace: a page's permalink (`/tags/`) that is the
 * alias's file or a folder on its way, or a folder of pages made from data (`/tags/…`, from
 * `/tags/{{ tag.slug }}/feed.xml`) it is in. Undefined when it replaces none.
 */
export function sitePageOf(alias: string, permalinks: readonly string[]): string | undefined {
  const key = outputFileKey(outputFileOf(alias));
  for (const permalink of permalinks) {
    const dynamic = /\{\{|\$\{/.exec(permalink);
    if (dynamic) {
      const folder = permalink.slice(0, dynamic.index).replace(/[^/]*$/, "");
      if (folder !== "/" && `/${key}`.startsWith(folder.toLowerCase())) return permalink;
      continue;
    }
    const page = outputFileKey(outputFileOf(permalink));
    const parts = key.split("/");
    if (parts.some((_part, index) => parts.slice(0, index + 1).join("/") === page)) {
      return permalink;
    }
  }
  return undefined;
}

/** A post about to be written, with its old URL's path. */
export interface PostWithAlias {
  item: WxrItem;
  slug: string;
  alias: string | undefined;
}

/**
 * Why the build refuses an alias, completing `the old URL … was not kept in aliases: `, worded
 * from the problem's code and fields; `fileOf` names a post's file (`basra/index.md`).
 */
export function refusalReason(problem: AliasProblem, fileOf: (file: string) => string): string {
  const { post, other } = problem;
  switch (problem.code) {
    case "alias-is-post-url":
      return `it is the URL of the post ${fileOf(post?.file ?? "")}, so the redirect would replace it`;
    case "alias-is-post-url-but-for-case":
      return `it differs from ${post?.url ?? ""}, the URL of the post ${fileOf(post?.file ?? "")}, only in upper and lower case, so on a disk that ignores case (macOS, Windows) the redirect would replace it`;
    case "alias-inside-post-folder":
      return `it is inside ${post?.url ?? ""}, the folder of the post ${fileOf(post?.file ?? "")}, where its page and files (images, maps) are published, so the redirect would take the place of one of them`;
    case "alias-listed-twice":
      return "the post lists it twice";
    case "alias-clashes-with-alias":
      return `it is also an alias at ${fileOf(other?.file ?? "")}${problem.caseOnly ? ` (${JSON.stringify(other?.value)}, which differs only in upper and lower case: one file on a disk that ignores case)` : ""}; an old URL can redirect to one post only`;
    default:
      return `it ${problem.reason ?? ""}`;
  }
}

/**
 * The old URLs the build would refuse as aliases, by post id, each with why
 * ({@link refusalReason}): files the build writes, a URL that differs from a post's or another
 * alias only in case… and the site's own pages ({@link sitePageOf}). Of two clashing aliases the
 * later post's is refused.
 * @param prepared the posts in export order, with their slugs and old URLs' paths
 * @param reservedSlugs folders of the author's own posts, whose URLs no alias may take
 * @param pagePermalinks permalinks of the site's own pages
 */
export function refusedAliases(
  prepared: readonly PostWithAlias[],
  reservedSlugs: ReadonlySet<string> | undefined,
  pagePermalinks: readonly string[] | undefined,
): Map<string, string> {
  const refused = new Map<string, string>();
  const kept = (entry: PostWithAlias) =>
    entry.alias !== undefined && entry.alias !== `/posts/${entry.slug}/`;
  const own = [...(reservedSlugs ?? [])].map((slug) => ({
    file: `${slug}/index.md`,
    url: `/posts/${slug}/`,
    aliases: [],
  }));
  const imported = prepared.map((entry) => ({
    file: entry.item.id,
    url: `/posts/${entry.slug}/`,
    aliases: kept(entry) ? [{ value: entry.alias as string, line: 0 }] : [],
  }));
  const slugs = new Map(prepared.map(({ item, slug }) => [item.id, slug]));
  const fileOf = (file: string) =>
    slugs.has(file) ? `${slugs.get(file) as string}/index.md` : file;
  for (const problem of findAliasProblems([...own, ...imported])) {
    if (!refused.has(problem.file)) refused.set(problem.file, refusalReason(problem, fileOf));
  }
  for (const { item, alias } of prepared.filter(kept)) {
    if (refused.has(item.id) || !readAlias(alias as string).ok) continue;
    const page = sitePageOf(alias as string, pagePermalinks ?? []);
    if (page) refused.set(item.id, `it is the site's page ${page}, or in its folder`);
  }
  return refused;
}
