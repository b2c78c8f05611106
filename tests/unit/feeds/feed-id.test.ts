import { describe, expect, it } from "vitest";
import { ContentError } from "../../../src/errors.ts";
import {
  defaultFeedId,
  feedIdOf,
  firstAliasSlug,
  firstSlug,
  siteTagAuthorityProblem,
  tagAuthorityOf,
  tagAuthorityProblem,
  tagSpecific,
  tagUri,
  writtenDay,
  type FeedIdPost,
} from "../../../src/feeds/feed-id.ts";

const site = { url: "https://example.org" };

/** The Basra post: 27 March 2008 at 23:30 in New York (the 28th in UTC), now at a new slug. */
const basra: FeedIdPost = {
  currentSlug: "basra-pipeline-attack",
  aliases: ["/2008/03/27/basra/", "/posts/basra/"],
  published: "2008-03-27T23:30:00-04:00",
};

describe("writtenDay", () => {
  it.each([
    ["2008-03-27", "2008-03-27"],
    ["2008-03-27T14:30", "2008-03-27"],
    ["2008-03-27 14:30", "2008-03-27"],
    ["2008-03-30T23:30:00-04:00", "2008-03-30"],
    ["2008-03-30T23:30:00.250Z", "2008-03-30"],
    ["2008-12-31T23:30:00+14:00", "2008-12-31"],
    ["2008-02-29", "2008-02-29"],
    ["  2008-03-27  ", "2008-03-27"],
  ])("takes the calendar date written in %j: %s", (written, day) => {
    expect(writtenDay(written)).toBe(day);
  });

  it.each([
    "2008-02-30",
    "2009-02-29",
    "2008-13-01",
    "27 March 2008",
    "2008-03",
    "2008-03-270",
    "",
  ])("refuses %j, which starts with no calendar date", (written) => {
    expect(() => writtenDay(written)).toThrow(RangeError);
  });
});

describe("firstAliasSlug and firstSlug", () => {
  it.each<[string, unknown, string | undefined]>([
    ["no aliases", undefined, undefined],
    ["aliases that are not a list", "/posts/basra/", undefined],
    ["a WordPress path only", ["/2008/03/27/basra/"], undefined],
    ["the first post URL among others", ["/2008/03/27/b/", "/posts/basra/", "/posts/x/"], "basra"],
    ["a percent-encoded Arabic slug", ["/posts/%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9/"], "البصرة"],
    ["an Arabic slug as written", ["/posts/البصرة/"], "البصرة"],
    ["a slug typed with a separate accent (NFD)", ["/posts/cafe\u0301/"], "café"],
    ["a path deeper than a post's", ["/posts/basra/photos/"], undefined],
    ["a post URL without its last slash", ["/posts/basra"], undefined],
    ["a segment that is no slug", ["/posts/Basra Battle/", "/posts/basra/"], "basra"],
    ["bad percent-encoding", ["/posts/%E0%A4/"], undefined],
    ["items that are not text", [12, null, "/posts/basra/"], "basra"],
  ])("%s", (_case, aliases, expected) => {
    expect(firstAliasSlug(aliases)).toBe(expected);
  });

  it.each<[Pick<FeedIdPost, "currentSlug" | "aliases">, string]>([
    [{ currentSlug: "basra-pipeline-attack", aliases: ["/posts/basra/"] }, "basra"],
    [{ currentSlug: "basra-pipeline-attack" }, "basra-pipeline-attack"],
    [{ currentSlug: "cafe\u0301" }, "café"],
  ])("the first slug of %j is %j", (post, expected) => {
    expect(firstSlug(post)).toBe(expected);
  });
});

describe("tagSpecific and tagUri", () => {
  it.each([
    ["basra", "basra"],
    ["البصرة", "%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9"],
    ["café", "caf%C3%A9"],
    ["cafe\u0301", "caf%C3%A9"],
    ["a b", "a%20b"],
    ["100%", "100%25"],
    ["2008/03:x@y?z~!", "2008/03:x@y?z~!"],
    ["a#b", "a%23b"],
  ])("keeps what RFC 4151's specific allows and encodes the rest: %j → %j", (text, specific) => {
    expect(tagSpecific(text)).toBe(specific);
  });

  it("writes tag:<authority>,<date>:<specific>", () => {
    expect(tagUri("example.org", "2008-03-27", "basra")).toBe("tag:example.org,2008-03-27:basra");
    expect(tagUri("desk@example.org", "2008-03-27", "البصرة")).toBe(
      "tag:desk@example.org,2008-03-27:%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9",
    );
  });
});

describe("tagAuthorityProblem", () => {
  it.each([
    "example.org",
    "news.example.co.uk",
    "desk@example.org",
    "first.last_name-1@example.org",
    "xn--bcher-kva.example",
    "localhost",
    "192.0.2.1",
  ])("accepts the authority %j", (authority) => {
    expect(tagAuthorityProblem(authority)).toBeUndefined();
  });

  it.each([
    ["Example.org", 'write tagAuthority: "example.org"'],
    [" example.org ", 'write tagAuthority: "example.org"'],
    ["bücher.example", 'write tagAuthority: "xn--bcher-kva.example"'],
    ["https://example.org/", 'write tagAuthority: "example.org"'],
    ["example.org:8080", 'write tagAuthority: "example.org"'],
    [
      "desk@Example.org:25",
      "write a domain name or email address the site's owner holds, tagAuthority: \"<the site's domain>\", and keep it when the site moves",
    ],
    [
      "-example.org",
      "write a domain name or email address the site's owner holds, tagAuthority: \"<the site's domain>\", and keep it when the site moves",
    ],
    [
      "",
      "write a domain name or email address the site's owner holds, tagAuthority: \"<the site's domain>\", and keep it when the site moves",
    ],
  ])("refuses %j in src/site.ts with the fix", (authority, fix) => {
    expect(tagAuthorityProblem(authority)).toEqual({
      file: "src/site.ts",
      message: `the tag authority ${JSON.stringify(authority)} (site.tagAuthority, the name in every post's feed id) is not a domain name or an email address in lower case (RFC 4151 §2.1)`,
      fix,
    });
  });
});

describe("tagAuthorityOf", () => {
  it.each<[{ url: string; tagAuthority?: string }, string]>([
    [{ url: "https://example.org" }, "example.org"],
    [{ url: "https://News.Example.org:8443" }, "news.example.org"],
    [{ url: "http://localhost:8080" }, "localhost"],
    [{ url: "https://bücher.example" }, "xn--bcher-kva.example"],
    [{ url: "https://dispatch.test", tagAuthority: "example.org" }, "example.org"],
    [{ url: "https://dispatch.test", tagAuthority: "desk@example.org" }, "desk@example.org"],
  ])("is the tagAuthority, else the URL's host, for %j: %j", (settings, authority) => {
    expect(tagAuthorityOf(settings)).toBe(authority);
  });

  it("throws a ContentError naming src/site.ts for a tagAuthority that is none", () => {
    expect(() =>
      tagAuthorityOf({ url: "https://example.org", tagAuthority: "Example.org" }),
    ).toThrow(ContentError);
    expect(() =>
      tagAuthorityOf({ url: "https://example.org", tagAuthority: "Example.org" }),
    ).toThrow(
      'src/site.ts: the tag authority "Example.org" (site.tagAuthority, the name in every post\'s feed id) is not a domain name or an email address in lower case (RFC 4151 §2.1). Fix: write tagAuthority: "example.org"',
    );
  });

  it("asks for a tagAuthority when the URL's host is an IPv6 address", () => {
    expect(siteTagAuthorityProblem({ url: "http://[::1]:8080" })).toEqual({
      file: "src/site.ts",
      message:
        'the site URL\'s host "[::1]" cannot name feed ids: RFC 4151 §2.1 asks for a domain name or an email address',
      fix: "set tagAuthority to a domain name the site's owner holds: tagAuthority: \"<the site's domain>\"",
    });
  });
});

describe("defaultFeedId and feedIdOf", () => {
  it.each<[string, FeedIdPost, { url: string; tagAuthority?: string }, string]>([
    [
      "the first slug from an alias, the date as written",
      basra,
      site,
      "tag:example.org,2008-03-27:basra",
    ],
    [
      "the same id from another domain, with tagAuthority kept",
      basra,
      { url: "https://analysis.example.net", tagAuthority: "example.org" },
      "tag:example.org,2008-03-27:basra",
    ],
    [
      "another domain without tagAuthority: its host",
      basra,
      { url: "https://analysis.example.net" },
      "tag:analysis.example.net,2008-03-27:basra",
    ],
    [
      "the current slug without an alias, a date without a time",
      { currentSlug: "zubair", published: "2008-03-28" },
      site,
      "tag:example.org,2008-03-28:zubair",
    ],
    [
      "a wall-clock time: its day",
      { currentSlug: "zubair", published: "2008-03-28T00:30" },
      site,
      "tag:example.org,2008-03-28:zubair",
    ],
    [
      "an Arabic slug, percent-encoded",
      { currentSlug: "البصرة", published: "2008-03-28" },
      site,
      "tag:example.org,2008-03-28:%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9",
    ],
    [
      "an email address as the authority",
      { currentSlug: "zubair", published: "2008-03-28" },
      { ...site, tagAuthority: "desk@example.org" },
      "tag:desk@example.org,2008-03-28:zubair",
    ],
  ])("%s", (_case, post, settings, id) => {
    expect(defaultFeedId(post, settings)).toBe(id);
    expect(feedIdOf(post, settings)).toBe(id);
  });

  it.each([
    ["http://old.example.org/?p=12&lang=en", "http://old.example.org/?p=12&lang=en"],
    ["tag:example.org,2008-03-27:basra", "tag:example.org,2008-03-27:basra"],
    [
      "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a",
      "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a",
    ],
    ["   ", "tag:example.org,2008-03-27:basra"],
    [12, "tag:example.org,2008-03-27:basra"],
  ])("takes an explicit id: %j exactly as written, else the default", (id, expected) => {
    expect(feedIdOf({ ...basra, id }, site)).toBe(expected);
  });

  it("keeps an explicit id even when the site's authority is no authority", () => {
    expect(feedIdOf({ ...basra, id: "urn:x" }, { ...site, tagAuthority: "Bad Name" })).toBe(
      "urn:x",
    );
    expect(() => feedIdOf(basra, { ...site, tagAuthority: "Bad Name" })).toThrow(ContentError);
  });
});
