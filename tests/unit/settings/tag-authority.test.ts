import { describe, expect, it } from "vitest";
import { isUnownableName, tagAuthorityVerdict } from "../../../src/settings/tag-authority.ts";

describe("isUnownableName", () => {
  it.each<[string, boolean]>([
    ["dispatch.test", false],
    ["news.dispatch.test", false],
    ["xn--bcher-kva.example", false],
    ["localhost", true],
    ["news.localhost", true],
    ["1.2.3.4", true],
    ["[::1]", true],
    ["42", true],
    ["intranet", true],
  ])("%s: %s", (name, unownable) => {
    expect(isUnownableName(name)).toBe(unownable);
  });
});

describe("tagAuthorityVerdict", () => {
  it.each<[{ url: string; tagAuthority?: string }, string]>([
    [{ url: "https://dispatch.test" }, "dispatch.test"],
    [{ url: "https://example.org" }, "example.org"],
    [{ url: "https://example.org", tagAuthority: "desk@dispatch.test" }, "desk@dispatch.test"],
  ])("settles %j on %s", (site, authority) => {
    expect(tagAuthorityVerdict(site)).toEqual({ authority });
  });

  it("refuses a site URL whose host is an IP address, with the line of url", () => {
    expect(tagAuthorityVerdict({ url: "http://127.0.0.1:8080" }, 12)).toEqual({
      error: {
        file: "src/site.ts",
        line: 12,
        message: `the site URL's host "127.0.0.1" cannot name feed ids: RFC 4151 §2.1 asks for a domain name or email address the site's owner holds, not localhost, an IP address or a name without a dot`,
        fix: `set tagAuthority to the site's own domain name, tagAuthority: "<the site's domain>", or build for the site's real URL (DISPATCH_SITE_URL=https://…)`,
      },
    });
  });

  it("keeps the grammar's own problem (src/feeds/feed-id.ts) for an authority in capitals", () => {
    expect(
      tagAuthorityVerdict({ url: "https://dispatch.test", tagAuthority: "Dispatch.test" }).error
        ?.fix,
    ).toBe('write tagAuthority: "dispatch.test"');
  });

  it("warns of an email address in a domain reserved for examples", () => {
    const verdict = tagAuthorityVerdict({
      url: "https://dispatch.test",
      tagAuthority: "desk@www.example.com",
    });
    expect([verdict.authority, verdict.warning?.message]).toEqual([
      "desk@www.example.com",
      `the tag authority "desk@www.example.com" (tagAuthority) is a domain reserved for examples, and every post's feed id would carry it for ever; npm run verify fails on it`,
    ]);
  });
});
