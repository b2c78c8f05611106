import { describe, expect, it } from "vitest";
import { citeFileHref, citeFilePath } from "../../../src/cite/files.ts";

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
