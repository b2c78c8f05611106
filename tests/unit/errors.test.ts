import { describe, expect, it } from "vitest";
import {
  ContentError,
  DispatchError,
  findContentError,
  formatProblem,
  MapDataError,
} from "../../src/errors.ts";
import { SearchIndexError } from "../../src/search/index-site.ts";

describe("formatProblem", () => {
  it.each([
    [
      { file: "posts/a/index.md", line: 14, message: "bad", fix: "do this" },
      "posts/a/index.md:14: bad. Fix: do this",
    ],
    [{ file: "posts/a/index.md", message: "bad" }, "posts/a/index.md: bad"],
  ])("%j prints as %s", (problem, text) => {
    expect(formatProblem(problem)).toBe(text);
  });
});

describe("findContentError", () => {
  it("finds a content error wrapped by Eleventy as originalError or cause", () => {
    const inner = new MapDataError([{ file: "posts/a/index.md", line: 3, message: "bad" }]);
    const wrapped = Object.assign(new Error("Having trouble rendering"), {
      originalError: new Error("outer", { cause: inner }),
    });
    expect(findContentError(wrapped)).toBe(inner);
    expect(inner.message).toBe("posts/a/index.md:3: bad");
  });

  it("recognises a content error from another copy of the module by its brand", () => {
    const foreign = Object.assign(new Error("x"), {
      [Symbol.for("dispatch.ContentError")]: true,
      problems: [],
    });
    expect(findContentError(foreign)).toBe(foreign);
  });

  it("returns undefined for a bug in Dispatch", () => {
    expect(findContentError(new TypeError("x is undefined"))).toBeUndefined();
    expect(findContentError(undefined)).toBeUndefined();
  });

  it("lists every problem, one per line", () => {
    const error = new ContentError([
      { file: "a.md", line: 1, message: "one" },
      { file: "b.md", line: 2, message: "two", fix: "fix it" },
    ]);
    expect(error.message).toBe("a.md:1: one\nb.md:2: two. Fix: fix it");
  });
});

describe("DispatchError", () => {
  it("is the base of content errors and of Dispatch's own failures alike", () => {
    const content = new MapDataError([{ file: "posts/basra/index.md", line: 3, message: "m" }]);
    const own = new SearchIndexError("Pagefind could not write pagefind/");
    expect([content instanceof DispatchError, own instanceof DispatchError]).toEqual([true, true]);
    expect([findContentError(content), findContentError(own)]).toEqual([content, undefined]);
    expect(own.name).toBe("SearchIndexError");
  });
});
