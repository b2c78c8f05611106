import { describe, expect, it } from "vitest";
import { absoluteUrl, eleventyPathPrefix, resolveOnPage } from "../../../src/seo/urls.ts";

describe("absoluteUrl", () => {
  const prefixed = { url: "https://example.org", pathPrefix: "/basra-blog/" };
  it.each([
    ["/", { url: "https://example.org", pathPrefix: "/" }, "https://example.org/"],
    ["/", prefixed, "https://example.org/basra-blog/"],
    ["/posts/x/#sources", prefixed, "https://example.org/basra-blog/posts/x/#sources"],
    ["/feed.xml", { url: "https://example.org/", pathPrefix: "/" }, "https://example.org/feed.xml"],
    [
      "/tags/البصرة/",
      prefixed,
      "https://example.org/basra-blog/tags/%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9/",
    ],
    ["https://cdn.example.net/a b.jpg", prefixed, "https://cdn.example.net/a%20b.jpg"],
  ])("%s under %j → %s", (path, site, expected) => {
    expect(absoluteUrl(path, site)).toBe(expected);
  });
});

describe("resolveOnPage", () => {
  it.each([
    ["lead.jpg", "/posts/basra/", "/posts/basra/lead.jpg"],
    ["../other/x.png", "/posts/basra/", "/posts/other/x.png"],
    ["/assets/logo.png", "/posts/basra/", "/assets/logo.png"],
    ["https://example.net/x.jpg", "/posts/basra/", "https://example.net/x.jpg"],
  ])("%s on %s → %s", (src, page, expected) => {
    expect(resolveOnPage(src, page)).toBe(expected);
  });
});

describe("eleventyPathPrefix", () => {
  it("takes Eleventy's prefix over the fallback, normalised", () => {
    expect(eleventyPathPrefix({ pathPrefix: "basra-blog" }, "/")).toBe("/basra-blog/");
    expect(eleventyPathPrefix({}, "/x/")).toBe("/x/");
  });
});
