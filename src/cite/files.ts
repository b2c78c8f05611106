/**
 * Where a post's downloads are written: beside its page, named after it; and the refusal of a
 * post's own file of that name, which the download would silently replace.
 */
import type { ContentProblem } from "../errors.ts";

/** The two downloads, by the extension of their file. */
export type CiteFileKind = "bib" | "ris";

/**
 * The root-relative path (without the path prefix) of a post's download: beside a page written as
 * a folder's index (`/posts/basra/` → `/posts/basra/cite.bib`), and for a page written as a file
 * of its own (a post's `permalink: /posts/basra.html`) beside it under its name
 * (`/posts/basra.cite.bib`), so that two such pages in one folder do not share one file.
 * @param pageUrl the page's root-relative URL, as Eleventy gives it (`page.url`)
 */
export function citeFilePath(pageUrl: string, kind: CiteFileKind): string {
  if (pageUrl.endsWith("/")) return `${pageUrl}cite.${kind}`;
  return `${pageUrl.replace(/\.html?$/i, "")}.cite.${kind}`;
}

/**
 * The download's URL relative to its page, for the page's links: `cite.bib`, or `basra.cite.bib`
 * beside `/posts/basra.html`.
 */
export function citeFileHref(pageUrl: string, kind: CiteFileKind): string {
  return citeFilePath(pageUrl, kind).replace(/^.*\//, "");
}

/** What each download holds, for messages. */
const fileWords: Record<CiteFileKind, string> = { bib: "BibTeX entry", ris: "RIS record" };

/**
 * The problems of a post folder's own files named like the post's downloads (`cite.bib`,
 * `cite.ris`; `brief.cite.bib` beside a page written as `/posts/brief.html`), in any case: the
 * build writes its download there, and the author's file would never be seen (as `share.png` is
 * refused, `src/share/plugin.ts`). Each names the file and the fix.
 * @param folder the post's folder, project-relative: `posts/basra`
 * @param pageUrl the page's root-relative URL (`/posts/basra/`, `/posts/brief.html`)
 * @param names the names of the files at the top of the post's folder
 * @returns one problem per such file, in the order of `names`; `[]` when there is none
 */
export function ownCiteFileProblems(
  folder: string,
  pageUrl: string,
  names: readonly string[],
): ContentProblem[] {
  const kinds = (["bib", "ris"] as const).map((kind) => ({
    kind,
    href: citeFileHref(pageUrl, kind),
  }));
  return names.flatMap((name) => {
    const taken = kinds.find(({ href }) => href.toLowerCase() === name.toLowerCase());
    if (!taken) return [];
    return [
      {
        file: `${folder}/${name}`,
        message: `the build writes the post's ${fileWords[taken.kind]} as ${taken.href} beside its page, over this file`,
        fix: `remove it (the sources a post cites go in its citations: front matter), or rename it if you keep it for yourself, e.g. to sources.${taken.kind}; the build publishes no .${taken.kind} file of a post's`,
      },
    ];
  });
}
