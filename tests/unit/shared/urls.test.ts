import { describe, expect, it } from "vitest";
import { classifyLink, httpOrSitePathProblem, type LinkTarget } from "../../../src/shared/urls.ts";

const elsewhere = (host: string, protocolRelative = false): LinkTarget => ({
  kind: "elsewhere",
  host,
  protocolRelative,
});

describe("classifyLink reads a URL as browsers do", () => {
  it.each<[string, LinkTarget]>([
    ["/posts/basra/", { kind: "site", path: "/posts/basra/" }],
    ["/posts/basra/?q=1#notes", { kind: "site", path: "/posts/basra/?q=1#notes" }],
    ["/a b/", { kind: "site", path: "/a%20b/" }],
    ["/../../etc/passwd", { kind: "site", path: "/etc/passwd" }],
    // An encoded backslash or slash is not one: the path stays on this site.
    ["/%5Cevil.example/", { kind: "site", path: "/%5Cevil.example/" }],
    ["/%2F%2Fevil.example/", { kind: "site", path: "/%2F%2Fevil.example/" }],
    ["/.\\evil.example", { kind: "site", path: "/evil.example" }],
    ["https://example.org/a", { kind: "absolute", scheme: "https" }],
    ["HTTP://example.org/a", { kind: "absolute", scheme: "http" }],
    ["mailto:desk@example.org", { kind: "absolute", scheme: "mailto" }],
    [" java\tscript:alert(1)", { kind: "absolute", scheme: "javascript" }],
    ["lead.jpg", { kind: "relative" }],
    ["../other/", { kind: "relative" }],
    ["#notes", { kind: "relative" }],
    ["", { kind: "relative" }],
    ["//evil.example/x", elsewhere("evil.example", true)],
    ["  //evil.example/x", elsewhere("evil.example", true)],
    ["/\\evil.example/x", elsewhere("evil.example")],
    ["\\\\evil.example\\x", elsewhere("evil.example")],
    ["\\/evil.example", elsewhere("evil.example")],
    ["/\\\\evil.example", elsewhere("evil.example")],
    ["/\t/evil.example/x", elsewhere("evil.example")],
    ["/\n/evil.example/x", elsewhere("evil.example")],
    ["/\r\n/evil.example:8080/x", elsewhere("evil.example:8080")],
    ["\u0001\u001f //evil.example", elsewhere("evil.example")],
    [" /\\evil.example", elsewhere("evil.example")],
    ["http://[::1", { kind: "invalid" }],
    ["/\\", { kind: "invalid" }],
  ])("%j", (text, target) => {
    expect(classifyLink(text)).toEqual(target);
  });
});

describe("httpOrSitePathProblem", () => {
  const leaves =
    "leads to another site, evil.example: browsers read it as //evil.example/ (to them a backslash is a slash, and tabs and line breaks are dropped)";
  const neither = "is not an http(s) URL or a path of this site starting with /";
  it.each<[string, string | undefined]>([
    ["/posts/basra/", undefined],
    ["https://example.org/a", undefined],
    ["http://example.org/a", undefined],
    ["//evil.example/x", leaves],
    ["/\\evil.example/x", leaves],
    ["/\t/evil.example/x", leaves],
    ["\\\\evil.example", leaves],
    ["/posts/a b/", "has spaces or control characters"],
    ["/posts/\u0007/", "has spaces or control characters"],
    ["posts/basra/", neither],
    ["javascript:alert(1)", neither],
    ["https:evil.example", neither],
    ["mailto:desk@example.org", neither],
  ])("%j", (text, problem) => {
    expect(httpOrSitePathProblem(text)).toBe(problem);
  });
});
