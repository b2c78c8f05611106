/**
 * The check that runs before every build: every post's front matter and every map block in every
 * post, all problems at once, before Eleventy renders anything.
 */
import { existsSync, lstatSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { warn, type ContentProblem } from "../errors.ts";
import { readMapBlock } from "../maps/read-block.ts";
import { unknownStyleKeys } from "../maps/validate.ts";
import { isGeojsonFence } from "../markdown/geojson-fence.ts";
import { readMapTag, type MapTag } from "../markdown/map-tag.ts";
import { sourceParser } from "../markdown/source-parser.ts";
import { parseFrontMatterDate } from "./dates.ts";
import { checkAliases, type PostAliases } from "./aliases.ts";
import { readFrontMatter, type FrontMatter } from "./front-matter.ts";
import { forgetCheckedFrontMatter, keepCheckedFrontMatter } from "./front-matter-yaml.ts";
import { checkPostData } from "./front-matter-check.ts";
import { unknownFieldWarnings } from "./front-matter-fields.ts";
import type { PostData } from "./front-matter-schema.ts";
import { checkBodyFiles } from "./body-files.ts";
import { engineKeyProblems, projectLayouts } from "./engine-keys.ts";
import { engineFileProblems } from "./engine-files.ts";
import { checkPermalinkField } from "./permalink-rules.ts";
import { walkTree, type TreeEntry } from "./folder-tree.ts";
import { checkFolderFiles, postsLinkProblems } from "./folder-files.ts";
import { maxPostBytes, postTooLarge, readSourceText } from "../text/source-encoding.ts";
import { classifyLink, leavesSite } from "../shared/urls.ts";
import { imageExtensions, isImageFile, postsDir } from "./post-files.ts";
import {
  duplicatePermalinks,
  isPostSource,
  nestedPermalinks,
  ownPermalink,
  postUrl,
  slugProblem,
  type PostPermalink,
} from "./permalink.ts";

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
 * Checks the map blocks of a post's body.
 * @param body the text after the front matter
 * @param bodyOffset lines before the body in the file
 * @param root the project root `file` is relative to, where `{% map %}` files are read
 */
export function checkMapBlocks(
  body: string,
  bodyOffset: number,
  file: string,
  root = ".",
): ContentProblem[] {
  // Most posts have no map: only a body that names one is parsed.
  if (!/geojson/i.test(body) && !/\{%\s*map\b/.test(body)) return [];
  const problems: ContentProblem[] = [];
  const lines = body.split(/\r?\n/);
  for (const token of sourceParser.parse(body, {})) {
    if (token.type === "dispatch_map") {
      const result = readMapTag(
        token.meta as unknown as MapTag,
        file,
        bodyOffset + (token.map?.[0] ?? 0) + 1,
        root,
      );
      if (!result.ok) problems.push(...result.problems);
      else {
        const line = bodyOffset + (token.map?.[0] ?? 0) + 1;
        if (result.simplified) warn({ file, line, ...result.simplified });
        for (const { message, fix } of unknownStyleKeys(result.collection))
          warn({ file, line, message, ...(fix ? { fix } : {}) });
      }
      continue;
    }
    if (token.type !== "fence" || !isGeojsonFence(token.info)) continue;
    const [start, end] = token.map ?? [0, 0];
    const fenceLine = bodyOffset + start + 1;
    // The closing fence, without the blockquote markers or list indentation around the block.
    const closing = (lines[end - 1] ?? "").replace(/^[\s>]*/, "").trim();
    if (
      end - 1 === start ||
      !closing.startsWith(token.markup) ||
      closing.replace(/[`~]/g, "") !== ""
    ) {
      problems.push({
        file,
        line: fenceLine,
        message: `the ${token.markup}geojson block opened on this line is never closed`,
        fix: `end it with a line holding only ${token.markup}`,
      });
      continue;
    }
    const block = readMapBlock(token.content);
    if (block.ok) {
      if (block.simplified) warn({ file, line: fenceLine, ...block.simplified });
      // Warnings, not errors: an unknown style key is ignored, the map still draws.
      for (const { message, fix } of unknownStyleKeys(block.collection)) {
        warn({ file, line: fenceLine, message, ...(fix ? { fix } : {}) });
      }
    }
    if (!block.ok) {
      for (const { line, message, fix } of block.problems)
        problems.push({ file, line: fenceLine + line, message, fix });
    }
  }
  return problems;
}

/**
 * What is wrong with a lead image's `src`, or `undefined` when it is an https URL or an image file
 * in the post's own folder (only that folder is copied beside the page): `"is not a file in
 * posts/basra/"`, `"is outside posts/basra/"` (`../../etc/passwd`, `/assets/x.png`), `"is not an
 * image file …"` (`index.md`), `"is not an https:// URL …"` (`http:`, `data:`, `javascript:`),
 * `"is a symbolic link …"` (a link, or a file reached through a linked folder, may point anywhere
 * on the machine that builds the site, so it is never published).
 * @param file the post's project-relative path, `posts/basra/index.md`
 */
export function leadImageProblem(src: string, file: string, root = "."): string | undefined {
  if (/^https:\/\//i.test(src)) return undefined;
  const goes = classifyLink(src);
  if (goes.kind === "elsewhere") return leavesSite(goes.host);
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) {
    return "is not an https:// URL: readers' browsers would refuse or warn about it";
  }
  const folder = path.posix.dirname(file);
  const target = path.posix.normalize(path.posix.join(folder, src));
  if (src.startsWith("/") || !target.startsWith(`${folder}/`)) return `is outside ${folder}/`;
  if (!isImageFile(target)) {
    return `is not an image file (${imageExtensions.join(", ")})`;
  }
  const full = path.join(root, target);
  if (lstatSync(full, { throwIfNoEntry: false })?.isSymbolicLink()) {
    return `is a symbolic link in ${folder}/, which the build does not publish`;
  }
  if (!existsSync(full)) return `is not a file in ${folder}/`;
  const real = realpathSync(full);
  if (!real.startsWith(realpathSync(path.join(root, folder)) + path.sep)) {
    return `is reached through a symbolic link out of ${folder}/, which the build does not publish`;
  }
  return undefined;
}

/**
 * Checks what the schema alone cannot: that the lead image file exists beside the post, and that
 * `updated` and every correction come on or after the post's `date`.
 * @param frontMatter front matter that already meets the schema
 */
export function checkJournalismFields(
  frontMatter: FrontMatter,
  file: string,
  root = ".",
): ContentProblem[] {
  const data = frontMatter.data as PostData;
  const problems: ContentProblem[] = [];
  const src = data.image?.src;
  if (src !== undefined) {
    const problem = leadImageProblem(src, file, root);
    if (problem) {
      problems.push({
        file,
        line: frontMatter.lineOf(["image", "src"]),
        message: `front matter field "image.src": ${JSON.stringify(src)} ${problem}`,
        fix: "put the image in the post's folder and write its file name, e.g. src: lead.jpg, or give an https:// URL",
      });
    }
  }
  const published = parseFrontMatterDate(data.date, "UTC");
  const dated: [readonly PropertyKey[], string][] = [];
  if (data.updated !== undefined) dated.push([["updated"], data.updated]);
  data.corrections?.forEach((entry, index) =>
    dated.push([["corrections", index, "date"], entry.date]),
  );
  for (const [where, value] of dated) {
    const date = parseFrontMatterDate(value, "UTC");
    if (published && date && date < published.startOf("day")) {
      problems.push({
        file,
        line: frontMatter.lineOf(where),
        message: `front matter field "${where.map(String).join(".")}": ${value} is before the post's date ${data.date}`,
        fix: "a post can only be updated or corrected after it is published; check the year",
      });
    }
  }
  return problems;
}

/**
 * Checks a `slug:` field: it must already be a slug (what `slugify` makes of it), so the
 * URL is exactly what the author wrote.
 * @param frontMatter front matter that already meets the schema
 */
export function checkSlugField(frontMatter: FrontMatter, file: string): ContentProblem[] {
  const { slug } = frontMatter.data as PostData;
  if (slug === undefined) return [];
  const problem = slugProblem(slug);
  if (!problem) return [];
  return [
    {
      file,
      line: frontMatter.lineOf(["slug"]),
      message: `front matter field "slug": ${JSON.stringify(slug)} ${problem.message}`,
      fix: `write slug: ${problem.suggestion}`,
    },
  ];
}

/**
 * Checks one post's source: its front matter, its map blocks and the files its body points to. Prints a warning for each
 * front-matter field neither Dispatch nor Eleventy reads.
 * @param file project-relative path, for messages
 * @param frontMatter the source's front matter, when the caller has already read it
 */
export function checkPostSource(
  source: string,
  file: string,
  root = ".",
  frontMatter: FrontMatter = readFrontMatter(source, file),
): ContentProblem[] {
  const problems = checkPostData(frontMatter, file);
  if (frontMatter.problems.length > 0) return problems;
  for (const warning of unknownFieldWarnings(frontMatter, file)) warn(warning);
  problems.push(
    ...engineKeyProblems(frontMatter, file, () => projectLayouts(root)),
    ...checkPermalinkField(frontMatter, file),
  );
  if (problems.length === 0) {
    problems.push(...checkJournalismFields(frontMatter, file, root));
    problems.push(...checkSlugField(frontMatter, file));
  }
  const body = source
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .slice(frontMatter.bodyOffset)
    .join("\n");
  return [
    ...problems,
    ...checkMapBlocks(body, frontMatter.bodyOffset, file, root),
    ...checkBodyFiles(body, frontMatter.bodyOffset, file, root),
    ...checkFolderFiles(file, root),
  ];
}

/** A post's aliases, as the check before the build read them. */
export interface CheckedAliases extends PostAliases {
  /** The post's title, for its redirect pages. */
  title: string;
}

/** By project root (absolute), the aliases of each sound post with any, from its last check. */
const checkedAliases = new Map<string, Map<string, CheckedAliases>>();

/**
 * The aliases of the posts under `root` as its last {@link checkPosts} read them, by
 * project-relative source path (`posts/basra/index.md`); only posts with aliases are listed.
 * `undefined` when `root` has not been checked in this process.
 */
export function checkedAliasesOf(root: string): ReadonlyMap<string, CheckedAliases> | undefined {
  return checkedAliases.get(path.resolve(root));
}

/** What the check found in one post, and what the checks across posts need of it. */
interface CheckedPost {
  /** The post folder's files with their modification times and sizes, when it was checked. */
  stamp: string;
  /** The post's own problems. */
  problems: ContentProblem[];
  /** Where the post's page is written; `undefined` for `permalink: false` (no page). */
  permalink: PostPermalink | undefined;
  aliases: CheckedAliases;
  /** What Eleventy's front-matter engine is handed again when the post has not changed. */
  frontMatter: Pick<FrontMatter, "format" | "text" | "data" | "problems">;
}

/**
 * Posts checked in this process and found sound, by absolute path: a post whose folder has not
 * changed since (the dev server's rebuilds) is not read and checked again. Its warnings were
 * printed when it was checked.
 */
const checkedPosts = new Map<string, CheckedPost>();

/**
 * The files of a folder, recursively, with modification time and size: changes when any does.
 * A symbolic link is stamped itself (`lstat`), never followed: one that loops would throw ELOOP.
 */
function folderStamp(dir: string): string {
  return walkTree(dir)
    .map(({ path: entry }) => {
      const stat = lstatSync(path.join(dir, entry), { throwIfNoEntry: false });
      return `${entry}:${stat?.mtimeMs ?? 0}:${stat?.size ?? 0}`;
    })
    .join("\n");
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

/**
 * Checks one post (`posts/<folder>/index.md`), or returns its last check when nothing in its
 * folder has changed since. A post checked anew with no problem hands its front matter on to
 * Eleventy ({@link keepCheckedFrontMatter}).
 */
function checkPostFolder(root: string, file: string): CheckedPost {
  const absolute = path.resolve(root, file);
  const stamp = folderStamp(path.dirname(absolute));
  const known = checkedPosts.get(absolute);
  if (known && known.stamp === stamp) {
    // Eleventy reads every post again at each rebuild: it gets the front matter read before,
    // as a copy (its data cascade may change what it is given), not the YAML parsed again.
    keepCheckedFrontMatter({ ...known.frontMatter, data: structuredClone(known.frontMatter.data) });
    return known;
  }
  const read = readSourceText(absolute, file, maxPostBytes, "a post", postTooLarge);
  const source = read.ok ? read.text : "";
  const frontMatter = readFrontMatter(source, file);
  const problems = read.ok ? checkPostSource(source, file, root, frontMatter) : [read.problem];
  if (problems.length === 0) keepCheckedFrontMatter(frontMatter);
  const data = frontMatter.data as Partial<PostData> & { permalink?: unknown };
  // A post's own plain `permalink:` wins over its slug (Eleventy's data cascade).
  const own = ownPermalink(data.permalink);
  const url = typeof own === "string" ? own : postUrl(file, data.slug);
  const post: CheckedPost = {
    stamp,
    problems,
    frontMatter: {
      format: frontMatter.format,
      text: frontMatter.text,
      data: structuredClone(frontMatter.data),
      problems: frontMatter.problems,
    },
    permalink:
      own === false
        ? undefined
        : {
            file,
            line:
              typeof own === "string"
                ? frontMatter.lineOf(["permalink"])
                : data.slug === undefined
                  ? 1
                  : frontMatter.lineOf(["slug"]),
            url,
            fromSlugField: data.slug !== undefined,
            fromPermalinkField: typeof own === "string",
          },
    aliases: {
      file,
      url,
      title: data.title ?? "",
      // Read even when the post has other problems, so that all are reported in one build.
      aliases: readableAliases(frontMatter)
        .map((value, index) => ({ value, line: frontMatter.lineOf(["aliases", index]) }))
        // An empty alias is the schema's to report.
        .filter(({ value }) => value.trim() !== ""),
    },
  };
  // A post with problems is checked again at every build: its fix may be outside its folder
  // (an image added under assets/).
  if (problems.length === 0) checkedPosts.set(absolute, post);
  else checkedPosts.delete(absolute);
  return post;
}

/** A post's front matter as a comparable text: its format and what stands between the fences. */
function frontMatterKey(frontMatter: Pick<FrontMatter, "format" | "text">): string {
  return `${frontMatter.format}\n${frontMatter.text}`;
}

/** The front matter of each post of the last {@link checkPosts} call, by project root. */
const checkedFrontMatter = new Map<string, Map<string, string>>();

/**
 * The front matter of every post the last {@link checkPosts} of `root` found sound, as texts to
 * compare ({@link frontMatterKeyOf}), by project-relative file (`posts/basra/index.md`).
 */
export function checkedFrontMatterKeys(root: string): ReadonlyMap<string, string> {
  return checkedFrontMatter.get(path.resolve(root)) ?? new Map();
}

/**
 * A post's front matter as it is on disk now, as a text to compare with
 * {@link checkedFrontMatterKeys}; `undefined` when the file cannot be read (deleted, renamed)
 * or its front matter has problems.
 * @param file project-relative, `posts/basra/index.md`
 */
export function frontMatterKeyOf(root: string, file: string): string | undefined {
  let source: string;
  try {
    source = readFileSync(path.resolve(root, file), "utf8");
  } catch {
    return undefined;
  }
  const frontMatter = readFrontMatter(source, file);
  return frontMatter.problems.length === 0 ? frontMatterKey(frontMatter) : undefined;
}

/**
 * Checks every post under `<root>/posts/`: a post is a folder holding `index.md`; its front
 * matter must meet the contract and its map blocks must be valid; no two posts may write the
 * same URL, and every alias must be a path no page or other alias takes.
 * @returns every problem in every post, ordered by file and line
 */
export function checkPosts(root: string): ContentProblem[] {
  forgetCheckedFrontMatter();
  const checked = new Map<string, CheckedAliases>();
  checkedAliases.set(path.resolve(root), checked);
  const sound = new Map<string, string>();
  checkedFrontMatter.set(path.resolve(root), sound);
  const problems: ContentProblem[] = [];
  const permalinks: PostPermalink[] = [];
  const aliases: PostAliases[] = [];
  // posts/ is walked once, links not followed; its links, posts and engine files come from it.
  const tree = walkTree(path.join(root, postsDir));
  problems.push(...postsLinkProblems(root, tree));
  for (const file of markdownFiles(tree)) {
    if (/^posts\/[^/]+\/index\.md$/i.test(file) && !file.endsWith("/index.md")) {
      problems.push({
        file,
        line: 1,
        message: `a post's text is read from index.md, in lower case, not ${path.posix.basename(file)}`,
        fix: "rename it to index.md",
      });
      continue;
    }
    if (!isPostSource(file)) {
      const slug = path.posix.basename(file).replace(/\.md$/i, "").toLowerCase();
      problems.push({
        file,
        line: 1,
        message: "a post is a folder holding index.md, not a loose Markdown file",
        fix: `move it to ${postsDir}/${slug === "index" ? path.posix.basename(path.posix.dirname(file)) : slug}/index.md`,
      });
      continue;
    }
    const post = checkPostFolder(root, file);
    problems.push(...post.problems);
    // A post with problems of its own still has its aliases checked: the build reports both.
    aliases.push(post.aliases);
    if (post.problems.length === 0) {
      sound.set(file, frontMatterKey(post.frontMatter));
      if (post.permalink) permalinks.push(post.permalink);
      if (post.aliases.aliases.length > 0) checked.set(file, post.aliases);
    }
  }
  // Across posts: two posts writing one URL, and aliases that clash, before Eleventy writes anything.
  problems.push(
    ...duplicatePermalinks(permalinks),
    ...nestedPermalinks(permalinks),
    ...checkAliases(aliases),
  );
  // Templates and data files in posts/, which Eleventy would run or read as settings.
  problems.push(...engineFileProblems(root, tree));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
