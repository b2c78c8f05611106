import { describe, expect, it } from "vitest";
import { oldPath, oldUrlKey } from "../../../../src/import/post/old-urls.ts";
import { oldSiteLinks, outsideBlog } from "../../../../src/import/post/old-urls.ts";
import { wxrItem } from "../../../helpers/wxr-item.ts";

describe("a post's old URL", () => {
  it.each([
    ["http://blog.example.org/2008/03/27/basra/", "/2008/03/27/basra/"],
    [
      "http://blog.example.org/2008/03/27/%d8%a7%d9%84%d8%a8%d8%b5%d8%b1%d8%a9/",
      "/2008/03/27/البصرة/",
    ],
    ["http://blog.example.org/?p=107", undefined],
    ["not a url", undefined],
  ])("old path of %s → %s", (link, alias) => {
    expect(oldPath(link)).toBe(alias);
  });

  it.each([
    ["http://old.example.org/blog/2008/03/27/x/", "http://old.example.org/blog", "/2008/03/27/x/"],
    ["http://old.example.org/blog/2008/03/27/x/", "http://old.example.org/blog/", "/2008/03/27/x/"],
    ["http://old.example.org/blog/", "http://old.example.org/blog", undefined],
    ["http://old.example.org/blogroll/x/", "http://old.example.org/blog", "/blogroll/x/"],
  ])("old path of %s in a blog at %s → %s", (link, siteUrl, alias) => {
    expect(oldPath(link, siteUrl)).toBe(alias);
  });

  it.each([
    ["https://www.Example.org/2008/03/27/x", undefined, "example.org/2008/03/27/x/"],
    ["/blog/2008/03/27/x/", "http://example.org/", "example.org/blog/2008/03/27/x/"],
    ["http://example.org/blog/?p=12&share=1", undefined, "example.org/blog/?p=12"],
    ["mailto:desk@example.org", undefined, undefined],
  ])("old URL %s (base %s) has the key %s", (url, base, key) => {
    expect(oldUrlKey(url, base)).toBe(key);
  });
});

describe("old URLs outside the blog, and links between imported posts", () => {
  it.each([
    ["http://o.org/news/x/", "http://o.org/blog", "/blog/"],
    ["http://o.org/blog/x/", "http://o.org/blog", undefined],
    ["http://other.org/news/x/", "http://o.org/blog", undefined],
    ["http://o.org/news/x/", "http://o.org", undefined],
  ])("%s for a blog at %s is outside its folder %s", (link, siteUrl, folder) => {
    expect(outsideBlog(link, siteUrl)).toBe(folder);
  });

  it("maps each post's old URL and its ?p= URL to its new URL", () => {
    const links = oldSiteLinks("http://o.org", [
      { item: wxrItem({ id: "7", link: "http://o.org/2008/03/27/basra/" }), slug: "basra" },
    ]);
    expect(links.siteUrl).toBe("http://o.org");
    expect([...links.newUrls]).toEqual([
      ["o.org/2008/03/27/basra/", "/posts/basra/"],
      ["o.org/?p=7", "/posts/basra/"],
    ]);
  });
});
