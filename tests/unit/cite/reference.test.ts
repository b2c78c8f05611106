import { describe, expect, it } from "vitest";
import type { CiteRecord } from "../../../src/cite/record.ts";
import {
  chicagoReference,
  quotedTitle,
  referenceAuthors,
  referenceDate,
} from "../../../src/cite/reference.ts";

const record: CiteRecord = {
  authors: ["Ali Hassan"],
  title: "Continuing Battle for the South: Basra",
  siteTitle: "Dispatch",
  publisher: "Dispatch",
  date: "2008-03-27",
  url: "https://example.org/posts/basra/",
  firstSlug: "basra",
  language: "en",
};

describe("chicagoReference", () => {
  it.each([
    [
      "one author",
      {},
      "Ali Hassan, “Continuing Battle for the South: Basra,” Dispatch, 27 March 2008, https://example.org/posts/basra/.",
    ],
    [
      "no author: the title first",
      { authors: [] },
      "“Continuing Battle for the South: Basra,” Dispatch, 27 March 2008, https://example.org/posts/basra/.",
    ],
    [
      "two authors",
      { authors: ["James Glanz", "Michael Kamber"] },
      "James Glanz and Michael Kamber, “Continuing Battle for the South: Basra,” Dispatch, 27 March 2008, https://example.org/posts/basra/.",
    ],
    [
      "a title ending in a question mark: no comma after it",
      { title: "Who Holds Basra?" },
      "Ali Hassan, “Who Holds Basra?” Dispatch, 27 March 2008, https://example.org/posts/basra/.",
    ],
    [
      "quotation marks in the title made single",
      { title: "Sadr’s “army” stands" },
      "Ali Hassan, “Sadr’s ‘army’ stands,” Dispatch, 27 March 2008, https://example.org/posts/basra/.",
    ],
    [
      "non-ASCII names and titles as written",
      { authors: ["Nūr al-Dīn Ḥasan"], title: "البصرة", date: "2008-04-01" },
      "Nūr al-Dīn Ḥasan, “البصرة,” Dispatch, 1 April 2008, https://example.org/posts/basra/.",
    ],
  ])("formats %s", (_name, change: Partial<CiteRecord>, expected) => {
    expect(chicagoReference({ ...record, ...change }).text).toBe(expected);
  });

  it("writes HTML with the text escaped, names and title isolated, the site in italics and the URL a link", () => {
    expect(
      chicagoReference({
        ...record,
        authors: ["<b>Ali</b> & Co"],
        title: `A "quote" <script>`,
        siteTitle: "War & Peace",
        url: "https://example.org/posts/a&b/",
      }).html,
    ).toBe(
      '<bdi>&lt;b&gt;Ali&lt;/b&gt; &amp; Co</bdi>, “<bdi lang="en">A ‘quote’ &lt;script&gt;</bdi>,” <i>War &amp; Peace</i>, 27 March 2008, <a href="https://example.org/posts/a&amp;b/">https://<wbr>example<wbr>.org<wbr>/posts<wbr>/a<wbr>&amp;<wbr>b<wbr>/</a>.',
    );
  });
});

describe("the names of a reference in HTML", () => {
  it.each([
    [["علي حسن", "Michael Kamber"], "<bdi>علي حسن</bdi> and <bdi>Michael Kamber</bdi>, "],
    [["A B", "C D", "E F"], "<bdi>A B</bdi>, <bdi>C D</bdi>, and <bdi>E F</bdi>, "],
    [["A B", "C D", "E F", "G H"], "<bdi>A B</bdi> et al., "],
  ])("isolates each of %j on its own", (authors, start) => {
    expect(chicagoReference({ ...record, authors }).html.startsWith(start)).toBe(true);
  });
});

describe("referenceAuthors", () => {
  it.each([
    [[], ""],
    [["A B"], "A B"],
    [["A B", "C D"], "A B and C D"],
    [["A B", "C D", "E F"], "A B, C D, and E F"],
    [["A B", "C D", "E F", "G H"], "A B et al."],
  ])("%j → %j", (authors, expected) => {
    expect(referenceAuthors(authors)).toBe(expected);
  });
});

describe("referenceDate", () => {
  it.each([
    ["2008-03-27", "27 March 2008"],
    ["2008-01-01", "1 January 2008"],
    ["1999-12-31", "31 December 1999"],
  ])("%s → %s", (date, expected) => {
    expect(referenceDate(date)).toBe(expected);
  });
  it.each(["2008-13-01", "27 March 2008", "2008-3-1"])("refuses %s", (date) => {
    expect(() => referenceDate(date)).toThrow(RangeError);
  });
});

describe("quotedTitle", () => {
  it.each([
    ["Plain", "Plain"],
    ["The “army”", "The ‘army’"],
    ['The "army" and "police"', "The ‘army’ and ‘police’"],
    ["Sadr’s men", "Sadr’s men"],
  ])("%s → %s", (title, expected) => {
    expect(quotedTitle(title)).toBe(expected);
  });
});
