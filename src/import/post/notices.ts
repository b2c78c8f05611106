/**
 * What the import says about one post in its report, besides shortcodes and images: each notice
 * has the 1-based line of the post's `index.md` it is about and a sentence with the fix.
 */
import { plainText } from "../../shared/plain-text.ts";
import type { ChosenItem } from "./choose.ts";
import { fieldLine } from "./front-matter.ts";

/** A notice: the line it is about and what and the fix. */
export interface PostNotice {
  line: number;
  message: string;
}

/**
 * The notices of a post's front matter before its aliases: a missing title, a second series,
 * a folder taken by the author's own post.
 * @param lines the front matter's lines so far ({@link frontMatterHead})
 * @param taken the slug the post would have had, when an author's folder had it
 * @param keptAlias the old URL's path when it redirects to the post
 */
export function headNotices(
  entry: ChosenItem & { slug: string; series: string[]; alias: string | undefined },
  lines: readonly string[],
  taken: string | undefined,
  keptAlias: string | undefined,
): PostNotice[] {
  const { item, title, series, slug, alias } = entry;
  const notices: PostNotice[] = [];
  if (plainText(item.title) === "") {
    notices.push({
      line: 2,
      message: `the post has no title in the export, so it is titled "${title}". Fix: write its title after title:`,
    });
  }
  if (series.length > 1) {
    notices.push({
      line: fieldLine(lines, "series"),
      message: `the post was in ${series.length} series (${series.map((name) => `"${name}"`).join(", ")}); a post belongs to one here, so it is in "${series[0] as string}". Fix: nothing to do, or write the series it belongs to after series:`,
    });
  }
  if (taken) {
    notices.push({
      line: fieldLine(lines, "slug"),
      message: `the folder ${taken}/ is taken by a post this blog's import did not write (your own, or another blog's import), so this post is in ${slug}/, at /posts/${slug}/${keptAlias ? `, and its old URL ${keptAlias} redirects there` : ""}. Fix: if ${taken}/ is this same post, delete one of the two folders${alias ? ` and keep the alias ${alias} in the one you keep` : ""}; otherwise nothing to do`,
    });
  }
  return notices;
}

/** The notice of an old URL the build would refuse as an alias, on the line of `slug:`. */
export function refusedAliasNotice(alias: string, refusal: string, slugLine: number): PostNotice {
  return {
    line: slugLine,
    message: `the old URL ${alias} was not kept in aliases: ${refusal}, so the build would refuse it; that old URL will not redirect. Fix: nothing to do, or redirect it on your host by hand`,
  };
}

/** The notice of an old URL outside the old blog's folder (`/blog/`), on its alias's line. */
export function outsideBlogNotice(
  link: string,
  folder: string,
  alias: string,
  aliasLine: number,
): PostNotice {
  return {
    line: aliasLine,
    message: `the old URL ${link} is outside the old blog's folder ${folder}, so its alias ${alias} is a path under this site's root, which may not be where the old URL was. Fix: check the alias, or remove it`,
  };
}

/**
 * The notices of what the item had that the post does not: a password, another item's id,
 * comments (a featured image's are `./featured-image.ts`'s).
 * @param lines the whole front matter's lines
 */
export function itemNotices(entry: ChosenItem, lines: readonly string[]): PostNotice[] {
  const { item, duplicateOf } = entry;
  const notices: PostNotice[] = [];
  if (item.password !== "") {
    notices.push({
      line: lines.indexOf("draft: true") + 1,
      message:
        "the post was password-protected on the old site, so it is imported as a draft. Fix: remove draft: true to publish it for everyone",
    });
  }
  if (duplicateOf) {
    notices.push({
      line: 2,
      message: `the export has another post with wp:post_id ${duplicateOf.id} ("${duplicateOf.title}"); both are imported, this one recorded as ${item.id}. Fix: nothing to do`,
    });
  }
  if (item.comments > 0) {
    notices.push({
      line: 2,
      message: `${item.comments} comment${item.comments === 1 ? " was" : "s were"} not imported (the site shows no comments). Fix: nothing to do, or quote one in the post`,
    });
  }
  return notices;
}
