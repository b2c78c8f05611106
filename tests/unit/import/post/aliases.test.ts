import { describe, expect, it } from "vitest";
import { sitePageOf } from "../../../../src/import/post/aliases.ts";

describe("old URLs the build would refuse as aliases", () => {
  it("finds the site's pages an old URL would replace", () => {
    const permalinks = ["/archive/", "/tags/{{ tag.slug }}/feed.xml", "/feed.xml"];
    expect(sitePageOf("/archive/", permalinks)).toBe("/archive/");
    expect(sitePageOf("/tags/iraq/", permalinks)).toBe("/tags/{{ tag.slug }}/feed.xml");
    expect(sitePageOf("/2008/03/27/x/", permalinks)).toBeUndefined();
  });
});
