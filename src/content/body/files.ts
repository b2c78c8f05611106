/**
 * The files a post's body points to: every image (`![Alt](photo.png)`, an `<img>`, `<picture>`,
 * `<video poster>` in raw HTML) and every link or media source that names a file the build
 * publishes (`[the report](report.pdf)`, `<video src="clip.mp4">`), given as a path in the post's
 * own folder, must be a file there that the build copies beside the page
 * (`src/content/post-assets.ts`); one under `/assets/` must be in the site's `assets/` folder.
 * Otherwise the reader gets a broken image, so the build stops with the line and the fix. A path
 * on the author's computer (`C:\…`, `file:`) is refused the same way. URLs with a scheme
 * (`https:`), protocol-relative ones (`//host/x.png`) and other root-relative paths (pages the
 * build writes) are left to `npm run verify`, which checks every link of the built site.
 *
 * Finding the references is `body-references.ts`'s job, the rules each must pass
 * `body-file-rules.ts`'s, what is on disk `body-file-on-disk.ts`'s, the words
 * `body-file-messages.ts`'s.
 */
import path from "node:path";
import type { ContentProblem } from "../../errors.ts";
import { onComputerWords } from "./messages.ts";
import { referenceProblem } from "./rules.ts";
import { safeDecode } from "./reference-lines.ts";
import { bodyFileReferences, fileUrlReferences } from "./references.ts";

export { bodyFileReferences, type BodyFileReference } from "./references.ts";

/**
 * Checks that every image in a post's body, and every link or media source naming one of its
 * files, points to a file the build publishes (see the module documentation for which
 * references are checked).
 * @param body the text after the front matter
 * @param bodyOffset lines before the body in the file
 * @param file the post's project-relative path, `posts/basra/index.md`
 * @param root the project root `file` is relative to
 * @returns one problem per reference that would be broken, with its 1-based line in `file`:
 *   first the `file:` URLs, then the other references in the order they stand
 */
export function checkBodyFiles(
  body: string,
  bodyOffset: number,
  file: string,
  root = ".",
): ContentProblem[] {
  const folder = path.posix.dirname(file);
  const problems: ContentProblem[] = [];
  for (const { written, bodyLine } of fileUrlReferences(body)) {
    problems.push({ file, line: bodyOffset + bodyLine + 1, ...onComputerWords(written, folder) });
  }
  for (const { target, kind, bodyLine } of bodyFileReferences(body)) {
    const written = safeDecode(target.split(/[?#]/)[0] ?? "");
    const problem = referenceProblem({ target, kind, written, folder, root });
    if (problem) problems.push({ file, line: bodyOffset + bodyLine + 1, ...problem });
  }
  return problems;
}
