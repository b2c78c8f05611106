/**
 * Files in `posts/` that Eleventy would run or read as settings: templates other than a post's
 * `index.md` (`.njk` is rendered as Nunjucks, which can read the build machine's environment;
 * `.liquid`, `.html`, `.11ty.js` are templates in other Eleventy projects) and Eleventy data files
 * (`*.11tydata.js` runs JavaScript, `*.11tydata.json` sets any field of every post beside it). The
 * build reads no data files at all (the content plugin turns them off) and ignores templates in
 * `posts/`, and the check before the build refuses each such file with the fix.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ContentProblem } from "../errors.ts";
import { postLayout } from "./engine-keys.ts";
import { postsDir } from "./post-files.ts";

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
 * Finds the files under `<root>/posts/` that Eleventy would run or read as settings: templates
 * ({@link templateExtensions}) and Eleventy data files (`*.11tydata.*`), except the tolerated
 * `posts/posts.11tydata.json` of older projects when it holds only `{"layout": "post.njk"}`.
 * @returns one problem per file (line 1), sorted by file; `[]` when there is none or no `posts/`
 */
export function engineFileProblems(root: string): ContentProblem[] {
  let entries: string[];
  try {
    entries = readdirSync(path.join(root, postsDir), { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  const problems: ContentProblem[] = [];
  for (const entry of entries.sort()) {
    const file = `${postsDir}/${entry.split(path.sep).join("/")}`;
    const name = path.posix.basename(file).toLowerCase();
    const folder = path.posix.dirname(file);
    if (/\.11tydata\.[a-z]+$/.test(name)) {
      if (isLegacyDataFile(root, file)) continue;
      problems.push({
        file,
        line: 1,
        message:
          "is an Eleventy data file, which would set fields of the posts beside it (or run code) at build time; Dispatch does not read data files",
        fix: "remove it, and write each field in the front matter of the post's index.md",
      });
      continue;
    }
    const extension = templateExtensions.find((ext) => name.endsWith(`.${ext}`));
    if (extension) {
      problems.push({
        file,
        line: 1,
        message: `is a template (.${extension}), which the build would run as code; a post is Markdown only, in its folder's index.md`,
        fix: `remove it, and write the post's text in ${folder === postsDir ? `${postsDir}/<folder>` : folder}/index.md`,
      });
    }
  }
  return problems;
}
