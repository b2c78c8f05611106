import { describe, expect, it } from "vitest";
import { citeFileHref, citeFilePath, ownCiteFileProblems } from "../../../src/cite/files.ts";

describe("citeFilePath and citeFileHref", () => {
  it.each([
    ["/posts/basra/", "bib", "/posts/basra/cite.bib", "cite.bib"],
    ["/posts/basra/", "ris", "/posts/basra/cite.ris", "cite.ris"],
    ["/posts/البصرة/", "bib", "/posts/البصرة/cite.bib", "cite.bib"],
    ["/posts/basra.html", "ris", "/posts/basra.cite.ris", "basra.cite.ris"],
    ["/2008/basra.htm", "bib", "/2008/basra.cite.bib", "basra.cite.bib"],
  ] as const)("%s, %s → %s, linked as %s", (url, kind, file, href) => {
    expect(citeFilePath(url, kind)).toBe(file);
    expect(citeFileHref(url, kind)).toBe(href);
  });
});

describe("ownCiteFileProblems", () => {
  const problem = (file: string, kind: "bib" | "ris", what: string, href: string) => ({
    file,
    message: `the build writes the post's ${what} as ${href} beside its page, over this file`,
    fix: `remove it (the sources a post cites go in its citations: front matter), or rename it if you keep it for yourself, e.g. to sources.${kind}; the build publishes no .${kind} file of a post's`,
  });

  it.each([
    ["no such file", "/posts/basra/", ["index.md", "photo.png", "refs.bib"], []],
    [
      "cite.bib beside a folder's page",
      "/posts/basra/",
      ["cite.bib", "index.md"],
      [problem("posts/basra/cite.bib", "bib", "BibTeX entry", "cite.bib")],
    ],
    [
      "both, in any case",
      "/posts/basra/",
      ["CITE.bib", "cite.Ris"],
      [
        problem("posts/basra/CITE.bib", "bib", "BibTeX entry", "cite.bib"),
        problem("posts/basra/cite.Ris", "ris", "RIS record", "cite.ris"),
      ],
    ],
    [
      "<name>.cite.ris beside a page written as a file",
      "/posts/brief.html",
      ["brief.cite.ris", "cite.bib"],
      [problem("posts/basra/brief.cite.ris", "ris", "RIS record", "brief.cite.ris")],
    ],
  ] as const)("%s", (_case, url, names, expected) => {
    expect(ownCiteFileProblems("posts/basra", url, names)).toEqual(expected);
  });
});
