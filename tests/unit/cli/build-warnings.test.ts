import { describe, expect, it } from "vitest";
import { buildWarnings } from "../../../src/cli/build-warnings.ts";

const exampleWarning = (url: string, command = "npm run build") =>
  `build: warning: the site URL is ${url}, a domain reserved for examples, and npm run verify fails on it. Fix: set url in src/site.ts to the site's address, or build with DISPATCH_SITE_URL=https://<the site's domain> ${command} (canonical links, feeds, feed ids and the sitemap depend on it)`;

const robotsWarning = (origin: string, prefix: string) =>
  `build: warning: crawlers read robots.txt only at the root of a host (RFC 9309 §2.3), so the robots.txt this build writes at ${origin}${prefix}robots.txt is never read. Fix: add the line "Sitemap: ${origin}${prefix}sitemap.xml" to ${origin}/robots.txt, and let it allow ${prefix}`;

describe("buildWarnings", () => {
  it.each<[string, string, string[]]>([
    ["https://dispatch.test", "/", []],
    ["https://analysis.example.co.uk", "/", []],
    [
      "https://dispatch.test",
      "/basra-blog/",
      [robotsWarning("https://dispatch.test", "/basra-blog/")],
    ],
    ["https://dispatch.test", "/a/b/", [robotsWarning("https://dispatch.test", "/a/b/")]],
    ["https://example.org", "/", [exampleWarning("https://example.org")]],
    ["http://example.org", "/", [exampleWarning("http://example.org")]],
    ["https://www.example.org", "/", [exampleWarning("https://www.example.org")]],
    [
      "https://example.org",
      "/basra-blog/",
      [
        exampleWarning("https://example.org", "npm run build -- --pathprefix=/basra-blog/"),
        robotsWarning("https://example.org", "/basra-blog/"),
      ],
    ],
  ])("for %s under %s", (url, pathPrefix, warnings) => {
    expect(buildWarnings({ url, pathPrefix })).toEqual(warnings);
  });

  it("percent-encodes a prefix in another script in the URLs it names", () => {
    expect(buildWarnings({ url: "https://dispatch.test", pathPrefix: "/مدونة/" })[0]).toContain(
      '"Sitemap: https://dispatch.test/%D9%85%D8%AF%D9%88%D9%86%D8%A9/sitemap.xml"',
    );
  });
});
