import { describe, expect, it } from "vitest";
import { meantSiteUrl, siteUrlProblem } from "../../../src/settings/site-url.ts";

describe("meantSiteUrl", () => {
  it.each<[string, { origin: string; prefix: string } | undefined]>([
    ["news.example.net", { origin: "https://news.example.net", prefix: "/" }],
    ["news.example.net/blog", { origin: "https://news.example.net", prefix: "/blog/" }],
    ["https://x.com/path", { origin: "https://x.com", prefix: "/path/" }],
    ["http://x.com/a/b/", { origin: "http://x.com", prefix: "/a/b/" }],
    ["ftp://x.com", undefined],
    ["javascript:alert(1)", undefined],
    ["news", undefined],
    ["", undefined],
    ["a b.com", undefined],
  ])("reads %j as %j", (text, meant) => {
    expect(meantSiteUrl(text)).toEqual(meant);
  });
});

describe("siteUrlProblem", () => {
  it.each(["https://dispatch.test", "http://dispatch.test:8080", "https://dispatch.test/"])(
    "accepts the origin %s",
    (url) => {
      expect(siteUrlProblem(url, "src/site.ts")).toBeUndefined();
    },
  );

  it.each<[string, "DISPATCH_SITE_URL" | "src/site.ts", string]>([
    ["news.example.net", "DISPATCH_SITE_URL", "DISPATCH_SITE_URL=https://news.example.net"],
    ["news.example.net", "src/site.ts", 'write the URL as "https://news.example.net"'],
    [
      "https://x.com/path",
      "DISPATCH_SITE_URL",
      "DISPATCH_SITE_URL=https://x.com, and put the path in --pathprefix: npm run build -- --pathprefix=/path/",
    ],
    [
      "mailto:desk@x.com",
      "DISPATCH_SITE_URL",
      "DISPATCH_SITE_URL=https://<the site's domain>, with its scheme",
    ],
  ])("gives %s from %s the fix %j", (url, source, fix) => {
    expect(siteUrlProblem(url, source)?.fix).toBe(fix);
  });
});
