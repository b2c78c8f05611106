/**
 * Files in `posts/` that Eleventy would run or read as settings: templates other than a post's
 * `index.md` (`.njk` is rendered as Nunjucks, which can read the build machine's environment;
 * `.liquid`, `.html`, `.11ty.js` are templates in other Eleventy projects) and Eleventy data files
 * (`*.11tydata.js` runs JavaScript, `*.11tydata.json` sets any field of every post beside it). The
 * build reads no data files at all (the content plugin turns them off) and ignores templates in
 * `posts/`, and the check before the build refuses each such file with the fix.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ContentProblem } from "../errors.ts";
import { postLayout } from "./front-matter/engine-keys.ts";
import { walkTree, type TreeEntry } from "./files/folder-tree.ts";
import { postsDir } from "./files/post-files.ts";

/** Extensions of template files Eleventy (or a plugin) can render, lower case, without the dot. */
export const templateExtensions = [
  "njk",
  "liquid",
  "html",
  "htm",
  "11ty.js",
  "11ty.cjs",
  "11ty.mjs",
  "11ty.ts",
  "11ty.tsx",
  "11ty.jsx",
  "webc",
  "hbs",
  "handlebars",
  "mustache",
  "ejs",
  "haml",
  "pug",
  "mdx",
] as const;

/** Glob of template files in `posts/` that Eleventy must never render, for its ignores. */
export const postTemplatesGlob = `${postsDir}/**/*.{${templateExtensions.join(",")}}`;

/**
 * The data file older Dispatch projects ship, `posts/posts.11tydata.json` holding exactly
 * `{"layout": "post.njk"}`: harmless (every post gets that layout anyway), so it is tolerated.
 */
const legacyDataFile = `${postsDir}/posts.11tydata.json`;

/** True when `file` (project-relative) is the tolerated {@link legacyDataFile}. */
function isLegacyDataFile(root: string, file: string): boolean {
  if (file !== legacyDataFile) return false;
  try {
    const data: unknown = JSON.parse(readFileSync(path.join(root, file), "utf8"));
    return JSON.stringify(data) === JSON.stringify({ layout: postLayout });
  } catch {
    return false;
  }
}

/**
 * What Eleventy would make of a file by its name: `"data"` for an Eleventy data file
 * (`*.11tydata.*`), `{ template }` for a template with one of {@link templateExtensions}
 * (`{ template: "njk" }`), undefined for any other file.
 * @param file a path or file name, any case: `posts/a/a.11tydata.js`, `notes.NJK`
 */
export function engineFileKind(file: string): "data" | { template: string } | undefined {
  const name = path.posix.basename(file).toLowerCase();
  if (/\.11tydata\.[a-z]+$/.test(name)) return "data";
  const template = templateExtensions.find((ext) => name.endsWith(`.${ext}`));
  return template ? { template } : undefined;
}

/**
 * Finds the files under `<root>/posts/` that Eleventy would run or read as settings: templates
 * ({@link templateExtensions}) and Eleventy data files (`*.11tydata.*`), except the tolerated
 * `posts/posts.11tydata.json` of older projects when it holds only `{"layout": "post.njk"}`.
 * @param entries the entries of `posts/` ({@link walkTree}), when the caller has walked it already
 * @returns one problem per file (line 1), sorted by file; `[]` when there is none or no `posts/`
 */
export function engineFileProblems(
  root: string,
  // No link is followed (a loop would never end); links are refused by `postsLinkProblems`.
  entries: readonly TreeEntry[] = walkTree(path.join(root, postsDir)),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (entry.kind !== "file") continue;
    const file = `${postsDir}/${entry.path}`;
    const folder = path.posix.dirname(file);
    const kind = engineFileKind(file);
    if (kind === "data") {
      if (isLegacyDataFile(root, file)) continue;
      problems.push({
        file,
        line: 1,
        message:
          "is an Eleventy data file, which would set fields of the posts beside it (or run code) at build time; Dispatch does not read data files",
        fix: "remove it, and write each field in the front matter of the post's index.md",
      });
    } else if (kind) {
      problems.push({
        file,
        line: 1,
        message: `is a template (.${kind.template}), which the build would run as code; a post is Markdown only, in its folder's index.md`,
        fix: `remove it, and write the post's text in ${folder === postsDir ? `${postsDir}/<folder>` : folder}/index.md`,
      });
    }
  }
  return problems;
}
