import { describe, expect, it } from "vitest";
import { allowedBySources, parsePolicy, sourcesFor } from "../../../src/verify/csp.ts";

describe("parsePolicy", () => {
  it("reads each directive's sources, names in lower case, empty directives dropped", () => {
    expect(
      parsePolicy("Default-Src 'self';  img-src 'self' data: https://a.org ;; object-src 'none'"),
    ).toEqual({
      "default-src": ["'self'"],
      "img-src": ["'self'", "data:", "https://a.org"],
      "object-src": ["'none'"],
    });
  });
});

describe("sourcesFor", () => {
  const policy = parsePolicy("default-src 'self'; img-src https://a.org");
  it.each([
    ["img-src", ["https://a.org"]],
    ["media-src", ["'self'"]],
  ])("%s: %j", (directive, sources) => {
    expect(sourcesFor(policy, directive)).toEqual(sources);
  });

  it("gives [] when neither the directive nor default-src is set", () => {
    expect(sourcesFor(parsePolicy("img-src data:"), "frame-src")).toEqual([]);
  });
});

describe("allowedBySources", () => {
  it.each([
    ["https://tile.openstreetmap.org/1/2/3.png", ["https://tile.openstreetmap.org"], true],
    ["https://TILE.openstreetmap.org/1.png", ["https://tile.openstreetmap.org"], true],
    ["http://tile.openstreetmap.org/1.png", ["https://tile.openstreetmap.org"], false],
    ["https://a.tile.example.org/1.png", ["https://*.tile.example.org"], true],
    ["https://tile.example.org/1.png", ["https://*.tile.example.org"], false],
    ["https://tiles.example.org:8443/1.png", ["https://tiles.example.org:8443"], true],
    ["https://tiles.example.org/1.png", ["https://tiles.example.org:8443"], false],
    ["https://tiles.example.org:9000/1.png", ["tiles.example.org:*"], true],
    ["data:image/png;base64,AA", ["'self'", "data:"], true],
    ["data:image/png;base64,AA", ["'self'"], false],
    ["https://evil.example/x", ["'self'", "'unsafe-inline'"], false],
    ["not a url", ["https:"], false],
    ["https://any.example/x", ["https:"], true],
  ])("%s under %j: %s", (url, sources, allowed) => {
    expect(allowedBySources(url, sources)).toBe(allowed);
  });
});
