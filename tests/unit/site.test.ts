import { describe, expect, it } from "vitest";
import { normalizeSiteUrl } from "../../src/site.ts";

describe("normalizeSiteUrl", () => {
  it.each([
    ["https://example.org", "https://example.org"],
    ["https://example.org/", "https://example.org"],
    ["  https://Owner.GitHub.io ", "https://owner.github.io"],
    ["http://localhost:8080/", "http://localhost:8080"],
  ])("%j → %j", (url, origin) => {
    expect(normalizeSiteUrl(url)).toBe(origin);
  });

  it.each([
    ["example.org", 'the site URL "example.org" is not a URL such as https://example.org'],
    [
      "https://example.org/blog/",
      'the site URL "https://example.org/blog/" must be an http(s) origin such as https://example.org; put a path in the path prefix',
    ],
    [
      "ftp://example.org",
      'the site URL "ftp://example.org" must be an http(s) origin such as https://example.org; put a path in the path prefix',
    ],
  ])("refuses %j", (url, message) => {
    expect(() => normalizeSiteUrl(url)).toThrow(message);
  });
});
