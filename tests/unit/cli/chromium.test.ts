import { describe, expect, it } from "vitest";
import {
  headersForAllFiles,
  headersForPath,
  parseHeadersFile,
  rulePathMatches,
} from "../../../src/cli/chromium.ts";

const file = [
  "# Every file",
  "/*",
  "  X-Frame-Options: DENY",
  "  Content-Security-Policy: default-src 'self'",
  "",
  "/posts/a/map-4/",
  "  Content-Security-Policy: default-src 'self'; frame-ancestors *",
  "",
  "/assets/*",
  "  Cache-Control: max-age=60",
  "",
].join("\n");

describe("parseHeadersFile", () => {
  it("reads each rule's path and headers in order, skipping comments and blank lines", () => {
    expect(parseHeadersFile(file).map((rule) => [rule.path, rule.headers.length])).toEqual([
      ["/*", 2],
      ["/posts/a/map-4/", 1],
      ["/assets/*", 1],
    ]);
  });
});

describe("rulePathMatches, as Netlify matches a rule's path", () => {
  it.each([
    ["/*", "/", true],
    ["/*", "/posts/a/map-4/index.html", true],
    ["/posts/a/map-4/", "/posts/a/map-4/", true],
    ["/posts/a/map-4/", "/posts/a/map-4", true],
    ["/posts/a/map-4/", "/posts/a/map-4/index.html", false],
    ["/posts/a/map-4/", "/posts/a/map-40/", false],
    ["/posts/a/map-4/", "/posts/a/map-4.svg", false],
    ["/posts/:slug/", "/posts/a/", true],
    ["/posts/:slug/", "/posts/a/b/", false],
    ["/assets/*", "/assets", true],
    ["/*.geojson", "/posts/a/map-4.geojson", true],
  ])("%s matches %s: %s", (rule, requestPath, expected) => {
    expect(rulePathMatches(rule, requestPath)).toBe(expected);
  });
});

describe("headersForPath, as Cloudflare Pages combines rules", () => {
  const rules = parseHeadersFile(file);

  it.each([
    [
      "/posts/a/map-4/",
      {
        "X-Frame-Options": "DENY",
        "Content-Security-Policy": "default-src 'self', default-src 'self'; frame-ancestors *",
      },
    ],
    ["/posts/a/", { "X-Frame-Options": "DENY", "Content-Security-Policy": "default-src 'self'" }],
    [
      "/assets/site.css",
      {
        "X-Frame-Options": "DENY",
        "Content-Security-Policy": "default-src 'self'",
        "Cache-Control": "max-age=60",
      },
    ],
  ])("sends %s every matching rule's headers, a repeated one's values joined", (path, expected) => {
    expect(headersForPath(rules, path)).toEqual(expected);
  });

  it("leaves headersForAllFiles reading the /* rule alone", () => {
    expect(headersForAllFiles(file)).toEqual({
      "X-Frame-Options": "DENY",
      "Content-Security-Policy": "default-src 'self'",
    });
  });
});
