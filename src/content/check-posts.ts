/**
 * The check that runs before every build: every post's front matter and every map block in every
 * post, all problems at once, before Eleventy renders anything. Each post is read and checked
 * once per change of its folder (the post store, `store.ts`); the checks across posts (two posts
 * writing one URL, aliases that clash, engine files in posts/) run on the store's posts.
 */
import path from "node:path";
import { warn, type ContentProblem } from "../errors.ts";
import { checkAliases } from "./permalinks/aliases.ts";
import { engineFileProblems } from "./engine-files.ts";
import { walkTree, type TreeEntry } from "./files/folder-tree.ts";
import { postsLinkProblems } from "./folder-files.ts";
import { postsDir } from "./files/post-files.ts";
import type { Post } from "./post.ts";
import {
  duplicatePermalinks,
  isPostSource,
  nestedPermalinks,
  type PostPermalink,
} from "./permalinks/permalink.ts";
import { keepPosts, postStore, startBuild, storePost } from "./store.ts";
import { translatedPosts, translationProblems } from "./translations.ts";

/**
 * Lists every Markdown file among the entries of `postsDir` ({@link walkTree}), as
 * project-relative paths with `/`, whatever the case of its extension (Eleventy renders
 * `notes.MD` too).
 */
function markdownFiles(entries: readonly TreeEntry[]): string[] {
  return entries
    .filter((entry) => entry.kind === "file" && /\.md$/i.test(entry.path))
    .map((entry) => `${postsDir}/${entry.path}`)
    .sort();
}

/**
 * The problem of a Markdown file in posts/ that is not a post's source (`posts/a/INDEX.md`,
 * `posts/loose.md`, `posts/a/notes.md`), or `undefined` for a post's `index.md`.
 * @param file project-relative, `/`-separated
 */
export function strayMarkdownProblem(file: string): ContentProblem | undefined {
  if (isPostSource(file)) return undefined;
  if (isPostSource(file.replace(/index\.md$/i, "index.md"))) {
    return {
      file,
      line: 1,
      message: `a post's text is read from index.md, in lower case, not ${path.posix.basename(file)}`,
      fix: "rename it to index.md",
    };
  }
  const slug = path.posix.basename(file).replace(/\.md$/i, "").toLowerCase();
  return {
    file,
    line: 1,
    message: "a post is a folder holding index.md, not a loose Markdown file",
    fix: `move it to ${postsDir}/${slug === "index" ? path.posix.basename(path.posix.dirname(file)) : slug}/index.md`,
  };
}

/**
 * The checks across posts, on the posts of one build: no two posts may write the same URL or
 * one inside another's, and every alias must be a path no page or other alias takes. A post with
 * problems of its own still has its aliases checked, so that the build reports both.
 */
export function crossPostProblems(posts: readonly Post[]): ContentProblem[] {
  const permalinks: PostPermalink[] = posts.flatMap((post) =>
    post.problems.length === 0 && post.permalink ? [post.permalink] : [],
  );
  return [
    ...duplicatePermalinks(permalinks),
    ...nestedPermalinks(permalinks),
    ...checkAliases(posts.map((post) => post.aliases)),
  ];
}

/**
 * Checks every post under `<root>/posts/`: a post is a folder holding `index.md`; its front
 * matter must meet the contract and its map blocks must be valid; no two posts may write the
 * same URL, and every alias must be a path no page or other alias takes.
 * @param root the project root
 * @param zone IANA time zone of the site, in which posts' dates are read. @default "UTC"
 * @param language the site's BCP 47 tag, the language of a post without `lang` (two translations
 *   in one language are refused, a translation key on one post alone is a warning, printed).
 *   @default "en"
 * @returns every problem in every post, ordered by file and line
 */
export function checkPosts(root: string, zone = "UTC", language = "en"): ContentProblem[] {
  const store = postStore(root, zone);
  const build = startBuild(store);
  const problems: ContentProblem[] = [];
  const posts: Post[] = [];
  // posts/ is walked once, links not followed; its links, posts and engine files come from it.
  const tree = walkTree(path.join(root, postsDir));
  problems.push(...postsLinkProblems(root, tree));
  for (const file of markdownFiles(tree)) {
    const stray = strayMarkdownProblem(file);
    if (stray) problems.push(stray);
    const post = stray ? undefined : storePost(store, file, build);
    if (post) posts.push(post);
  }
  keepPosts(store, new Set(posts.map((post) => post.file)));
  for (const post of posts) problems.push(...post.problems);
  // Across posts: two posts writing one URL, and aliases that clash, before Eleventy writes anything.
  problems.push(...crossPostProblems(posts));
  // Translations: one version per language of each translationKey.
  const translations = translationProblems(translatedPosts(posts, language));
  problems.push(...translations.problems);
  for (const warning of translations.warnings) warn(warning);
  // Templates and data files in posts/, which Eleventy would run or read as settings.
  problems.push(...engineFileProblems(root, tree));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
