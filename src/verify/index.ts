/**
 * `verifySite`: every check of a built site, over every file: HTML validity, links and scripts,
 * XML well-formedness, JSON syntax, SVG files ({@link checkSvg}), feed entries
 * ({@link checkAtomEntries}, {@link checkJsonFeedItems}) and `hreflang` pairs across pages
 * ({@link checkHreflang}). Returns all problems, never only the first.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { validateHtml } from "./html.ts";
import { checkPage, type LinkCheckOptions } from "./links.ts";
import { byPlace, type SiteProblem } from "./problem.ts";
import { checkXml, xmlExtensions } from "./xml.ts";
import { checkJson, jsonExtensions } from "./json.ts";
import { checkAtomEntries, checkFeedSelf, checkJsonFeedItems } from "./feeds.ts";
import { checkSvg } from "./svg.ts";
import type { Policy } from "./csp.ts";
import { checkFeedPrefix, checkOwnFiles } from "./own-files.ts";
import { checkHreflang, readPageLanguages, type PageLanguages } from "./hreflang.ts";

/**
 * Checks a built site.
 * @param outputDir the output folder, e.g. `_site`
 * @param pathPrefix the path prefix it was built for, `/` or `/basra-blog/`
 * @param onFile called with each file as it is checked, for progress
 * @param policy the site's Content-Security-Policy, to report content browsers would block
 * @param siteUrl the site's origin (`https://example.org`), to report feed links outside the
 *   path prefix
 * @returns every problem, ordered by file and line; empty when the site is sound
 */
export async function verifySite(
  outputDir: string,
  pathPrefix: string,
  onFile?: (file: string, index: number, total: number) => void,
  policy?: Policy,
  siteUrl?: string,
): Promise<SiteProblem[]> {
  const options: LinkCheckOptions = { outputDir, pathPrefix, ...(policy ? { policy } : {}) };
  const xml = new RegExp(`\\.(${xmlExtensions.join("|")})$`);
  const json = new RegExp(`\\.(${jsonExtensions.join("|")})$`);
  const files = readdirSync(outputDir, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(path.sep).join("/"))
    .filter(
      (file) =>
        (file.endsWith(".html") || file.endsWith(".svg") || xml.test(file) || json.test(file)) &&
        statSync(path.join(outputDir, file)).isFile(),
    )
    .sort();
  const problems: SiteProblem[] = [];
  const languages: PageLanguages[] = [];
  for (const [index, file] of files.entries()) {
    onFile?.(file, index, files.length);
    const text = readFileSync(path.join(outputDir, file), "utf8");
    if (file.endsWith(".svg")) {
      problems.push(...checkSvg(text, file));
    } else if (xml.test(file) || json.test(file)) {
      problems.push(
        ...(xml.test(file)
          ? [...checkXml(text, file), ...checkAtomEntries(text, file)]
          : [...checkJson(text, file), ...checkJsonFeedItems(text, file)]),
      );
      if (siteUrl) {
        problems.push(...checkFeedPrefix(text, file, pathPrefix, siteUrl));
        problems.push(...checkFeedSelf(text, file, pathPrefix, siteUrl));
      }
    } else {
      problems.push(...(await validateHtml(text, file)), ...checkPage(text, file, options));
      languages.push(readPageLanguages(text, file));
    }
  }
  // Translations that link each other both ways, in the languages they are written in.
  problems.push(...checkHreflang(languages));
  // Pages written over the build's own files, or into its folders.
  problems.push(...checkOwnFiles(outputDir));
  return problems.sort(byPlace);
}

export { formatSiteProblem, type SiteProblem } from "./problem.ts";
