/**
 * The checks of one post that the schema alone cannot make: its lead image is a file in its
 * folder, `updated` and corrections come on or after its `date` (in the site's time zone), its
 * `slug:` is a slug; then the whole check of one post ({@link checkPost}).
 */
import { existsSync, lstatSync, realpathSync } from "node:fs";
import path from "node:path";
import type { ContentProblem } from "../errors.ts";
import { classifyLink, leavesSite } from "../shared/urls.ts";
import { checkBodyFiles } from "./body/files.ts";
import { engineKeyProblems, projectLayouts } from "./front-matter/engine-keys.ts";
import { checkFolderFiles } from "./folder-files.ts";
import { checkPostData } from "./front-matter/check.ts";
import { readerPath } from "./front-matter/field-path.ts";
import { unknownFieldWarnings } from "./front-matter/fields.ts";
import type { PostData } from "./front-matter/schema.ts";
import { checkMapBlocks, type LocationField } from "./map-blocks.ts";
import { slugProblem } from "./permalinks/permalink.ts";
import { checkPermalinkField } from "./permalinks/permalink-rules.ts";
import type { Post, PostDate } from "./post.ts";
import { imageExtensions, isImageFile } from "./files/post-files.ts";

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
 * `updated` and every correction come on or after the day of the post's `date`, all read in the
 * site's time zone (`updated: 2008-03-27T00:30+03:00` is the day of `date: 2008-03-27` in
 * Baghdad, though still 26 March in UTC).
 * @param post a post whose front matter already meets the schema
 * @param root the project root, where the lead image is looked for
 */
export function checkJournalismFields(post: Post, root = "."): ContentProblem[] {
  const { file, frontMatter } = post;
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
  const published = post.dates?.published.at.startOf("day");
  const dated: [readonly PropertyKey[], PostDate | undefined][] = [];
  if (post.dates?.updated) dated.push([["updated"], post.dates.updated]);
  post.dates?.corrections.forEach((date, index) =>
    dated.push([["corrections", index, "date"], date]),
  );
  for (const [where, date] of dated) {
    if (published && date && date.at < published) {
      problems.push({
        file,
        line: frontMatter.lineOf(where),
        message: `front matter field "${readerPath(where)}": ${date.written} is before the post's date ${data.date}`,
        fix: "a post can only be updated or corrected after it is published; check the year",
      });
    }
  }
  return problems;
}

/**
 * Checks a `slug:` field: it must already be a slug (what `slugify` makes of it), so the
 * URL is exactly what the author wrote.
 * @param post a post whose front matter already meets the schema
 */
export function checkSlugField(post: Post): ContentProblem[] {
  const { slug } = post.frontMatter.data as PostData;
  if (slug === undefined) return [];
  const problem = slugProblem(slug);
  if (!problem) return [];
  return [
    {
      file: post.file,
      line: post.frontMatter.lineOf(["slug"]),
      message: `front matter field "slug": ${JSON.stringify(slug)} ${problem.message}`,
      fix: `write slug: ${problem.suggestion}`,
    },
  ];
}

/** A post's `location` with the line of its `coordinates`, for its maps to be checked against. */
function postLocation(post: Post): LocationField | undefined {
  const location = (post.frontMatter.data as PostData).location;
  if (!location) return undefined;
  const [longitude, latitude] = location.coordinates;
  return {
    name: location.name,
    coordinates: [longitude, latitude],
    line: post.frontMatter.lineOf(["location", "coordinates"]),
  };
}

/**
 * Checks one post: its front matter, its map blocks, the files its body points to and the files
 * of its folder. A post whose file cannot be read keeps that problem alone; one whose front
 * matter cannot be read gets only the front matter's problems.
 * @param root the project root the post's file is relative to
 * @returns the post's problems and warnings (fields neither Dispatch nor Eleventy reads, maps
 *   simplified, unknown style keys, files the build does not copy), in the order they are found
 */
export function checkPost(
  post: Post,
  root = ".",
): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  const { file, frontMatter } = post;
  if (post.problems.length > 0) return { problems: post.problems, warnings: [] };
  const problems = checkPostData(frontMatter, file);
  if (frontMatter.problems.length > 0) return { problems, warnings: [] };
  const location = problems.length === 0 ? postLocation(post) : undefined;
  const warnings = unknownFieldWarnings(frontMatter, file);
  const onWarning = (warning: ContentProblem) => warnings.push(warning);
  problems.push(
    ...engineKeyProblems(frontMatter, file, () => projectLayouts(root)),
    ...checkPermalinkField(frontMatter, file),
  );
  if (problems.length === 0)
    problems.push(...checkJournalismFields(post, root), ...checkSlugField(post));
  problems.push(
    ...checkMapBlocks(post.body, frontMatter.bodyOffset, file, root, onWarning, location),
    ...checkBodyFiles(post.body, frontMatter.bodyOffset, file, root),
    ...checkFolderFiles(file, root, onWarning),
  );
  return { problems, warnings };
}
