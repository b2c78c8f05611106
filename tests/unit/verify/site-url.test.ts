import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  builtSiteUrl,
  exampleSiteUrlProblem,
  isExampleHost,
  isExampleSiteUrl,
} from "../../../src/verify/site-url.ts";

describe("isExampleSiteUrl", () => {
  it.each([
    ["https://example.org", true],
    ["http://example.org", true],
    ["https://www.example.org", true],
    ["http://www.example.org/", true],
    ["https://EXAMPLE.ORG", true],
    ["https://example.org:8080", true],
    ["https://example.org.", true],
    ["https://example.com", true],
    ["https://example.net", true],
    ["https://news.example.com", true],
    ["https://basra.example", true],
    ["https://dispatch.test", false],
    ["https://dispatch.example.co.uk", false],
    ["https://myexample.org", false],
    ["https://example.org.uk", false],
    ["https://examples.org", false],
    ["https://owner.github.io", false],
    ["http://localhost:8080", false],
    ["not a URL", false],
  ])("%s: %s", (url, example) => {
    expect(isExampleSiteUrl(url)).toBe(example);
  });

  it("reads hosts the same way", () => {
    expect(["example.org", "www.example.org", "dispatch.test"].map(isExampleHost)).toEqual([
      true,
      true,
      false,
    ]);
  });
});

/** An output folder holding `sitemap.xml` with this text, when given. */
function output(sitemap?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "dispatch-site-url-"));
  mkdirSync(dir, { recursive: true });
  if (sitemap !== undefined) writeFileSync(path.join(dir, "sitemap.xml"), sitemap);
  return dir;
}

const sitemap = (loc: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url>\n    <loc>${loc}</loc>\n  </url>\n  <url>\n    <loc>https://other.example.net/x/</loc>\n  </url>\n</urlset>\n`;

describe("builtSiteUrl", () => {
  it.each<[string, string | undefined, { url: string; line: number } | undefined]>([
    [
      "the origin of the first <loc>",
      sitemap("https://dispatch.test/basra-blog/"),
      { url: "https://dispatch.test", line: 4 },
    ],
    [
      "an escaped URL, read as XML",
      sitemap("https://example.org/posts/a?x=1&amp;y=2"),
      { url: "https://example.org", line: 4 },
    ],
    [
      "a <loc> on one line with the rest",
      "<urlset><url><loc>http://www.example.org:8080/</loc></url></urlset>",
      { url: "http://www.example.org:8080", line: 1 },
    ],
    ["no sitemap", undefined, undefined],
    ["a sitemap without <loc>", "<urlset></urlset>", undefined],
    ["a <loc> that is not a URL", sitemap("/basra-blog/"), undefined],
    ["a <loc> that is not http(s)", sitemap("ftp://example.org/"), undefined],
    ["a sitemap that is not XML", "<urlset><url><loc>", undefined],
  ])("%s", (_case, text, expected) => {
    expect(builtSiteUrl(output(text))).toEqual(expected);
  });
});

describe("exampleSiteUrlProblem", () => {
  it("reports a site built for an example URL on the sitemap's line, with the fix", () => {
    expect(exampleSiteUrlProblem({ url: "https://www.example.org", line: 4 })).toEqual([
      {
        file: "sitemap.xml",
        line: 4,
        check: "site-url",
        message:
          "the site was built for https://www.example.org, a domain reserved for examples, not the site's address. Fix: set url in src/site.ts to the site's address, or build with DISPATCH_SITE_URL=https://<the site's domain> npm run build (canonical links, feeds, feed ids and the sitemap depend on it)",
      },
    ]);
  });

  it.each<[string, string]>([
    ["/", "npm run build (canonical"],
    ["/basra-blog/", "npm run build -- --pathprefix=/basra-blog/ (canonical"],
  ])("under the prefix %s, gives the whole command: %s", (pathPrefix, command) => {
    expect(
      exampleSiteUrlProblem({ url: "https://example.org", line: 4 }, pathPrefix)[0]?.message,
    ).toContain(`DISPATCH_SITE_URL=https://<the site's domain> ${command}`);
  });

  it.each([[{ url: "https://dispatch.test", line: 4 }], [undefined]])(
    "reports nothing for %j",
    (built) => {
      expect(exampleSiteUrlProblem(built)).toEqual([]);
    },
  );
});
