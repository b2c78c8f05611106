import { describe, expect, it } from "vitest";
import { archivedCopyOf, isArchiveUrl, waybackUrl } from "../../../src/shared/wayback.ts";

const replay = "https://web.archive.org/web/";

describe("waybackUrl", () => {
  it.each([
    [
      "a plain URL after the date's eight digits",
      "https://www.nytimes.com/2008/03/27/world/middleeast/27iraq.html",
      "2008-03-27",
      `${replay}20080327/https://www.nytimes.com/2008/03/27/world/middleeast/27iraq.html`,
    ],
    [
      "an http URL, scheme kept",
      "http://understandingwar.org/op",
      "1999-01-05",
      `${replay}19990105/http://understandingwar.org/op`,
    ],
    [
      "a query as is, not percent-encoded",
      "https://www.rigzone.com/news/article.asp?a_id=59105&x=1",
      "2008-03-28",
      `${replay}20080328/https://www.rigzone.com/news/article.asp?a_id=59105&x=1`,
    ],
    [
      "a fragment kept as the Wayback address's own, never %23",
      "https://mg.co.za/article/x/#comments",
      "2008-03-25",
      `${replay}20080325/https://mg.co.za/article/x/#comments`,
    ],
    [
      "a query and a fragment",
      "https://a.example/p?q=1#s2",
      "2008-03-25",
      `${replay}20080325/https://a.example/p?q=1#s2`,
    ],
    [
      "spaces and non-ASCII letters encoded as a browser requests them",
      "https://ar.example/مقال 1",
      "2008-03-25",
      `${replay}20080325/https://ar.example/%D9%85%D9%82%D8%A7%D9%84%201`,
    ],
    [
      "an internationalised host in punycode, a host's capitals in lower case",
      "https://BÜCHER.example/a",
      "2008-03-25",
      `${replay}20080325/https://xn--bcher-kva.example/a`,
    ],
    [
      "an encoded character left as written",
      "https://a.example/a%2Fb?x=%26",
      "2008-03-25",
      `${replay}20080325/https://a.example/a%2Fb?x=%26`,
    ],
  ])("writes %s", (_name, url, date, expected) => {
    expect(waybackUrl(url, date)).toBe(expected);
  });

  it.each([
    ["ftp://a.example/f", "2008-03-25", "not an http(s) URL"],
    ["a.example/f", "2008-03-25", "not a URL"],
    ["https://a.example/f", "25 March 2008", "not a date written YYYY-MM-DD"],
    ["https://a.example/f", "2008-3-25", "not a date written YYYY-MM-DD"],
  ])("refuses %s on %s", (url, date, message) => {
    expect(() => waybackUrl(url, date)).toThrow(message);
  });
});

describe("isArchiveUrl", () => {
  it.each([
    ["https://web.archive.org/web/2008/https://a.example/", true],
    ["https://archive.ph/AbC12", true],
    ["https://www.archive.today/x", true],
    ["https://www.nytimes.com/2008/x.html", false],
    ["https://archive.is/AbC12", true],
    ["https://archive.li/AbC12", true],
    ["https://archive.today/2008.03.27-000000/https://a.example/", true],
    ["https://perma.cc/ABC1-DEF2", true],
    ["https://wayback.archive-it.org/1234/2008/https://a.example/", true],
    ["https://www.webcitation.org/5abc", true],
    ["https://ghostarchive.org/archive/AbC", true],
    ["https://ARCHIVE.IS/AbC12", true],
    ["https://archive.example.org/x", false],
    ["https://notarchive.org/x", false],
    ["https://perma.cc.example.com/x", false],
    ["not a url", false],
  ])("%s → %s", (url, expected) => {
    expect(isArchiveUrl(url)).toBe(expected);
  });
});

describe("archivedCopyOf", () => {
  it.each([
    [
      "the Wayback copy of a citation with a url and a date",
      { url: "https://a.example/x", date: "2008-03-27" },
      `${replay}20080327/https://a.example/x`,
    ],
    [
      "the archived: copy over the Wayback link",
      { url: "https://a.example/x", date: "2008-03-27", archived: "https://archive.ph/AbC12" },
      "https://archive.ph/AbC12",
    ],
    [
      "the archived: copy of a citation with no url",
      { archived: "https://archive.ph/AbC12" },
      "https://archive.ph/AbC12",
    ],
    ["nothing for a url without a date", { url: "https://a.example/x" }, undefined],
    ["nothing for a date without a url", { date: "2008-03-27" }, undefined],
    [
      "nothing for a url that is already an archived copy",
      { url: "https://web.archive.org/web/2008/https://a.example/x", date: "2008-03-27" },
      undefined,
    ],
  ])("gives %s", (_name, citation, expected) => {
    expect(archivedCopyOf(citation)).toBe(expected);
  });
});
