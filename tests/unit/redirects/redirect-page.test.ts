import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { redirectPage, redirectsFile, withPrefix } from "../../../src/redirects/redirect-page.ts";

const redirects = [
  { from: "/2008/03/27/old-slug/", to: "/posts/basra/", title: "Basra: the battle" },
  { from: "/2008/03/البصرة/", to: "/posts/البصرة/", title: "البصرة & <the south>" },
];

describe("withPrefix", () => {
  it.each([
    ["/posts/a/", "/", "/posts/a/"],
    ["/posts/a/", "/blog/", "/blog/posts/a/"],
  ])("puts %s under %s: %s", (sitePath, prefix, expected) => {
    expect(withPrefix(sitePath, prefix)).toBe(expected);
  });
});

describe("redirectsFile", () => {
  it("writes one permanent rule a line, sorted, percent-encoded", () => {
    expect(redirectsFile(redirects, "/")).toBe(
      "# Old URLs of posts (their aliases), written by Dispatch\n" +
        "/2008/03/27/old-slug/ /posts/basra/ 301\n" +
        "/2008/03/%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9/ /posts/%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9/ 301\n",
    );
  });

  it("puts both paths under the path prefix", () => {
    expect(redirectsFile(redirects.slice(0, 1), "/basra-blog/")).toBe(
      "# Old URLs of posts (their aliases), written by Dispatch\n" +
        "/basra-blog/2008/03/27/old-slug/ /basra-blog/posts/basra/ 301\n",
    );
  });
});

describe("redirectPage", () => {
  const site = { url: "https://example.org", pathPrefix: "/basra-blog/" };
  const html = redirectPage(redirects[1]!, { site, language: "en", csp: "default-src 'self'" });
  const { document } = parseHTML(html);
  const target = "/basra-blog/posts/%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9/";

  it("refreshes at once to the post under the path prefix", () => {
    expect(document.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content")).toBe(
      `0; url=${target}`,
    );
  });

  it("names the post's absolute URL as canonical and keeps itself out of search engines", () => {
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
      `https://example.org${target}`,
    );
    expect(document.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
  });

  it("shows a link with the post's title, escaped, and runs no script", () => {
    const link = document.querySelector("main a");
    expect(link?.getAttribute("href")).toBe(target);
    expect(link?.textContent).toBe("البصرة & <the south>");
    expect(document.querySelector("title")?.textContent).toBe("Moved: البصرة & <the south>");
    expect(document.querySelectorAll("script")).toHaveLength(0);
    expect(
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content"),
    ).toBe("default-src 'self'");
    expect(document.documentElement.getAttribute("lang")).toBe("en");
  });
});
