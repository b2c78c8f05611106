import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  framablePaths,
  headerRulesWarning,
  headersFile,
  tileSource,
} from "../../../src/security/csp.ts";
import { headersForPath, parseHeadersFile } from "../../../src/cli/chromium.ts";
import { normalizePathPrefix, openStreetMapTiles } from "../../../src/site.ts";

describe("tileSource", () => {
  it.each([
    ["https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org"],
    ["https://{s}.tile.example.org/{z}/{x}/{y}.png", "https://*.tile.example.org"],
    ["https://tile-{s}.example.org/{z}/{x}/{y}.png", "https://*.example.org"],
    ["HTTPS://tiles.example.org:8443/{z}/{x}/{y}.png", "https://tiles.example.org:8443"],
  ])("%s allows %s", (template, source) => {
    expect(tileSource(template)).toBe(source);
  });

  it("refuses a placeholder the policy cannot express, and a relative URL", () => {
    expect(() => tileSource("https://tiles.{s}.example.org/{z}/{x}/{y}.png")).toThrow(
      /only in its first label/,
    );
    expect(() => tileSource("/tiles/{z}/{x}/{y}.png")).toThrow(/not an absolute http\(s\) URL/);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts only from the site (with WebAssembly for search), images from the tile host and frames from the video players", () => {
    expect(contentSecurityPolicy({ tiles: openStreetMapTiles }, "header")).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; font-src 'self'; connect-src 'self'; object-src 'none'; frame-src https://www.youtube-nocookie.com https://player.vimeo.com; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it("leaves frame-ancestors out of the meta element, where browsers ignore it", () => {
    expect(contentSecurityPolicy({ tiles: openStreetMapTiles }, "meta")).not.toContain(
      "frame-ancestors",
    );
  });

  it("writes a _headers file for every path", () => {
    expect(headersFile({ tiles: openStreetMapTiles }).split("\n").slice(0, 1)).toEqual(["/*"]);
  });
});

describe("normalizePathPrefix", () => {
  it.each([
    ["", "/"],
    ["/", "/"],
    ["basra-blog", "/basra-blog/"],
    ["//a//b//", "/a/b/"],
    ["/café/", "/café/"],
  ])("%j becomes %j", (input, output) => {
    expect(normalizePathPrefix(input)).toBe(output);
  });

  it.each(["/a?b/", "/a#b/", "/../", "https://cdn.example.org/x/"])("refuses %j", (input) => {
    expect(() => normalizePathPrefix(input)).toThrow(/is not a path such as \/basra-blog\//);
  });
});

describe("the _headers file and framing", () => {
  const site = { tiles: openStreetMapTiles };
  const rules = parseHeadersFile(
    headersFile(site, ["/posts/b/map-9/", "/posts/a/map-40/", "/posts/a/map-40/"]),
  );
  const policies = (path: string) =>
    (headersForPath(rules, path)["Content-Security-Policy"] ?? "").split(", ");

  it("sends every file the policy without frame-ancestors, and X-Frame-Options: DENY", () => {
    expect(rules[0]).toEqual({
      path: "/*",
      headers: [
        ["Content-Security-Policy", contentSecurityPolicy(site, "header", "omit")],
        ["X-Frame-Options", "DENY"],
        ["X-Content-Type-Options", "nosniff"],
        ["Referrer-Policy", "strict-origin-when-cross-origin"],
      ],
    });
    expect(contentSecurityPolicy(site, "header", "omit")).not.toContain("frame-ancestors");
  });

  it("has one rule per embed page, sorted, each the whole policy with frame-ancestors *", () => {
    expect(rules.slice(1)).toEqual([
      {
        path: "/posts/a/map-40/",
        headers: [["Content-Security-Policy", contentSecurityPolicy(site, "header", "*")]],
      },
      {
        path: "/posts/b/map-9/",
        headers: [["Content-Security-Policy", contentSecurityPolicy(site, "header", "*")]],
      },
    ]);
    expect(contentSecurityPolicy(site, "header", "*")).toMatch(/; frame-ancestors \*$/);
  });

  it.each([
    ["/posts/a/map-40/", ["omit", "*"]],
    ["/posts/a/map-40", ["omit", "*"]],
    ["/posts/a/", ["omit"]],
    ["/posts/a/map-40.svg", ["omit"]],
    ["/posts/a/map-40-ground.json", ["omit"]],
    ["/posts/a/map-400/", ["omit"]],
    ["/", ["omit"]],
  ] as const)(
    "gives %s exactly one frame-ancestors when it is an embed page, none otherwise (%j)",
    (path, expected) => {
      expect(policies(path)).toEqual(
        expected.map((frameAncestors) => contentSecurityPolicy(site, "header", frameAncestors)),
      );
      expect(headersForPath(rules, path)["X-Frame-Options"]).toBe("DENY");
    },
  );
});

describe("framablePaths", () => {
  it.each([
    ['<div data-embed-page="/posts/basra/map-40/">', ["/posts/basra/map-40/"]],
    [
      '<div data-embed-page="/posts/البصرة/map-7/"><div data-embed-page="/map/map-1/">',
      ["/posts/البصرة/map-7/", "/map/map-1/"],
    ],
    ['<div data-embed-page="/posts/../map-1/">', []],
    ['<div data-embed-page="https://evil.example/">', []],
    ['<div data-embed-page="/posts/caf%C3%A9/map-1/">', ["/posts/caf%C3%A9/map-1/"]],
    ['<div data-embed-page="/posts/a/map-1/\n/*">', []],
    ['<div data-embed-page="/posts/a&amp;b/map-1/">', []],
    ['<p>data-embed-page="/posts/a/map-1/" as text</p>', []],
  ])("reads %s as %j", (html, expected) => {
    expect(framablePaths(html)).toEqual(expected);
  });
});

describe("headersFile with a post in Arabic", () => {
  it("names its embed page percent-encoded, as a request names it", () => {
    const rules = parseHeadersFile(
      headersFile({ tiles: openStreetMapTiles }, ["/posts/البصرة/map-7/", "/posts/%D8%A7/map-1/"]),
    );
    expect(rules.slice(1).map((rule) => rule.path)).toEqual([
      "/posts/%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9/map-7/",
      "/posts/%D8%A7/map-1/",
    ]);
    expect(headersForPath(rules, "/posts/%D8%A7/map-1/")["Content-Security-Policy"]).toContain(
      "frame-ancestors *",
    );
  });
});

describe("headerRulesWarning: more rules than Cloudflare Pages reads", () => {
  const pages = (count: number) =>
    Array.from({ length: count }, (_, index) => `/posts/p${index}/map-1/`);
  it.each([
    [0, undefined],
    [99, undefined],
    [
      100,
      "100 embed pages make 101 rules, more than the 100 Cloudflare Pages reads: there, the embed pages after the 99th (in the file's alphabetical order) cannot be framed by other sites",
    ],
  ])("%i embed pages: %s", (count, message) => {
    expect(headerRulesWarning(pages(count))?.message).toBe(message);
  });

  it("counts an embed page offered twice once, and names the file and the fix", () => {
    const warning = headerRulesWarning([...pages(100), "/posts/p0/map-1/"]);
    expect(warning?.file).toBe("_headers");
    expect(warning?.message).toMatch(/^100 embed pages make 101 rules/);
    expect(warning?.fix).toMatch(
      /^on Cloudflare Pages, send "Content-Security-Policy: frame-ancestors \*"/,
    );
  });
});
