import { describe, expect, it } from "vitest";
import { paginate, pageUrl } from "../../../src/taxonomy/pages.ts";

describe("paginate", () => {
  it("cuts a list into pages of the given size with their neighbours", () => {
    expect(paginate([1, 2, 3, 4, 5], 2, "/")).toEqual([
      { url: "/", pageNumber: 1, pageCount: 3, posts: [1, 2], nextUrl: "/page/2/" },
      {
        url: "/page/2/",
        pageNumber: 2,
        pageCount: 3,
        posts: [3, 4],
        previousUrl: "/",
        nextUrl: "/page/3/",
      },
      { url: "/page/3/", pageNumber: 3, pageCount: 3, posts: [5], previousUrl: "/page/2/" },
    ]);
  });

  it("keeps one empty first page for an empty list", () => {
    expect(paginate([], 10, "/")).toEqual([{ url: "/", pageNumber: 1, pageCount: 1, posts: [] }]);
  });

  it("gives an exact multiple no empty last page", () => {
    expect(paginate([1, 2, 3, 4], 2, "/tags/oil/").map((page) => page.url)).toEqual([
      "/tags/oil/",
      "/tags/oil/page/2/",
    ]);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses %s posts per page", (perPage) => {
    expect(() => paginate([1], perPage, "/")).toThrow(RangeError);
  });

  it("names page 1 by its list's URL", () => {
    expect([pageUrl("/", 1), pageUrl("/", 2), pageUrl("/tags/iraq/", 3)]).toEqual([
      "/",
      "/page/2/",
      "/tags/iraq/page/3/",
    ]);
  });
});
