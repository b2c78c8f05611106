/**
 * The files of a post's folder as the build publishes them: symbolic links anywhere under
 * `posts/` are refused (never followed), SVG, KML and GPX files that would run code or load
 * something when opened are refused with what was found, and files a browser would run as part
 * of the site (`.html`, `.xml`, `.js`…), which the build does not copy, get a warning.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { warn, type ContentProblem } from "../errors.ts";
import { activeXmlProblems } from "../security/active-xml.ts";
import { symbolicLinkProblem } from "../security/symbolic-links.ts";
import { engineFileKind } from "./engine-files.ts";
import { walkTree, type TreeEntry } from "./files/folder-tree.ts";
import { postsDir } from "./files/post-files.ts";

/** Extensions of post files checked as XML a browser renders, by the rules they get. */
const xmlFileKinds: Record<string, "svg" | "xml"> = { svg: "svg", kml: "xml", gpx: "xml" };

/**
 * Extensions of files a browser runs or renders as a document of the site when opened: the build
 * never copies them (they are not in `postAssetExtensions`), and says so.
 */
export const activeFileExtensions = [
  "html",
  "htm",
  "shtml",
  "xhtml",
  "xht",
  "xml",
  "xsl",
  "xslt",
  "svgz",
  "js",
  "mjs",
] as const;

/**
 * Every symbolic link under `<root>/posts/`, each as a problem naming the link, where it points
 * and the fix ({@link symbolicLinkProblem}); a link is never followed, so a loop ends at once.
 * @param entries the entries of `posts/` ({@link walkTree}), when the caller has walked it already
 * @returns problems without lines, in path order
 */
export function postsLinkProblems(
  root: string,
  entries: readonly TreeEntry[] = walkTree(path.join(root, postsDir)),
): ContentProblem[] {
  return entries
    .filter((entry) => entry.kind === "link")
    .map((entry) => symbolicLinkProblem(root, `${postsDir}/${entry.path}`));
}

/**
 * Checks the files of one post's folder (subfolders included, links not followed): each SVG,
 * KML and GPX file with {@link activeXmlProblems} (`posts/basra/chart.svg:4: a <script> element:
 * … Fix: …`), and a warning on stderr for each file of {@link activeFileExtensions}, which is
 * not published.
 * @param file the post's project-relative path, `posts/basra/index.md`
 * @param root the project root
 * @param onWarning told each warning; prints it by default
 * @returns the problems of the folder's files, each with the file's own path and line
 */
export function checkFolderFiles(
  file: string,
  root = ".",
  onWarning: (warning: ContentProblem) => void = warn,
): ContentProblem[] {
  const folder = path.posix.dirname(file);
  const problems: ContentProblem[] = [];
  for (const entry of walkTree(path.join(root, folder))) {
    if (entry.kind !== "file") continue;
    const extension = path.posix.extname(entry.path).slice(1).toLowerCase();
    const where = `${folder}/${entry.path}`;
    const kind = xmlFileKinds[extension];
    if (kind) {
      const text = readFileSync(path.join(root, where), "utf8");
      for (const problem of activeXmlProblems(text, kind))
        problems.push({ file: where, ...problem });
    } else if (
      (activeFileExtensions as readonly string[]).includes(extension) &&
      // Data files and templates stop the build (`engineFileProblems`): no second message.
      !engineFileKind(entry.path)
    ) {
      onWarning({
        file: where,
        message: `is not published: a .${extension} file would run as a page of the site, with its scripts`,
        fix: "put what it holds in index.md, or publish it elsewhere and link to it",
      });
    }
  }
  return problems;
}
