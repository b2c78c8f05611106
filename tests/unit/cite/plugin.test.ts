import { describe, expect, it } from "vitest";
import { citeMediaTypesMiddleware } from "../../../src/cite/plugin.ts";

describe("citeMediaTypesMiddleware", () => {
  it.each([
    ["/posts/basra/cite.bib", "application/x-bibtex; charset=utf-8"],
    [
      "/basra-blog/posts/basra/cite.ris?download=1",
      "application/x-research-info-systems; charset=utf-8",
    ],
    ["/posts/%D8%A7/cite.bib#x", "application/x-bibtex; charset=utf-8"],
    ["/posts/basra/", undefined],
    ["/posts/basra/cite.bib.html", undefined],
  ])("answers %s with the type %s, then passes it on", (url, expected) => {
    const headers: Record<string, string> = {};
    let passed = false;
    citeMediaTypesMiddleware(
      { url },
      { setHeader: (name, value) => (headers[name] = value) },
      () => (passed = true),
    );
    expect(headers["Content-Type"]).toBe(expected);
    expect(passed).toBe(true);
  });
});
