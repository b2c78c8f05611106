import { describe, expect, it } from "vitest";
import { rewriteOldSiteLinks } from "../../../../src/import/body/links.ts";
import { oldUrlKey } from "../../../../src/import/post/old-urls.ts";

const links = {
  siteUrl: "http://old.example.org/blog",
  newUrls: new Map([["old.example.org/blog/2008/03/27/basra/", "/posts/basra/"]]),
  key: oldUrlKey,
};

describe("links to the old site", () => {
  it.each([
    [
      "a link to an imported post goes to its new URL, keeping its fragment",
      '<a href="http://www.old.example.org/blog/2008/03/27/basra/#map">x</a>',
      '<a href="/posts/basra/#map">x</a>',
    ],
    [
      "a relative link to an imported post goes to its new URL",
      "<a href='2008/03/27/basra'>x</a>",
      "<a href='/posts/basra/'>x</a>",
    ],
    [
      "a relative image is made absolute on the old site",
      '<img src="/wp-content/uploads/a.jpg">',
      '<img src="http://old.example.org/wp-content/uploads/a.jpg">',
    ],
    [
      "another site's link is kept",
      '<a href="https://example.com/x">x</a>',
      '<a href="https://example.com/x">x</a>',
    ],
    ["a fragment alone is kept", '<a href="#top">x</a>', '<a href="#top">x</a>'],
  ])("%s", (_what, html, rewritten) => {
    expect(rewriteOldSiteLinks(html, links)).toBe(rewritten);
  });
});
