import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, headersFile, tileSource } from "../../../src/security/csp.ts";
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
