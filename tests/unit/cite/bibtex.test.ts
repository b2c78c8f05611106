import { describe, expect, it } from "vitest";
import {
  bibtexEntry,
  bibtexKey,
  bibtexName,
  bibtexText,
  bibtexUrl,
} from "../../../src/cite/bibtex.ts";
import type { CiteRecord } from "../../../src/cite/record.ts";

const record: CiteRecord = {
  authors: ["James Glanz"],
  title: "Iraqi Army's Assault on Militias in Basra Stalls",
  siteTitle: "Dispatch",
  publisher: "Dispatch",
  date: "2008-03-27",
  url: "https://example.org/posts/basra/",
  language: "en",
};

describe("bibtexText", () => {
  it.each([
    ["R&D 100% of $5 #1 snake_case", "R\\&D 100\\% of \\$5 \\#1 snake\\_case"],
    ["x^2 ~ y", "x\\textasciicircum{}2 \\textasciitilde{} y"],
    ["a {b} c", "a \\textbraceleft{}b\\textbraceright{} c"],
    ["unbalanced } brace {", "unbalanced \\textbraceright{} brace \\textbraceleft{}"],
    ["C:\\path", "C:\\textbackslash{}path"],
    ["two\nlines\r\n and  tabs\t", "two lines and tabs"],
    ["Nūr al-Dīn, “Basra”, البصرة", "Nūr al-Dīn, “Basra”, البصرة"],
    ['"quoted" @ home', '"quoted" @ home'],
  ])("%j → %j", (text, expected) => {
    expect(bibtexText(text)).toBe(expected);
  });
});

describe("bibtexUrl", () => {
  it.each([
    ["https://a.example/p?q=1&r=2#s_3%20", "https://a.example/p?q=1&r=2#s_3%20"],
    ["https://a.example/p?q={x}\\", "https://a.example/p?q=%7Bx%7D%5C"],
  ])("%s → %s", (url, expected) => {
    expect(bibtexUrl(url)).toBe(expected);
  });
});

describe("bibtexName", () => {
  it.each([
    ["James Glanz", "James Glanz"],
    ["Nūr al-Dīn Ḥasan", "Nūr al-Dīn Ḥasan"],
    ["James Glanz, Jr.", "{James Glanz, Jr.}"],
    ["Smith and Sons", "{Smith and Sons}"],
    ["Ali & Co_1", "Ali \\& Co\\_1"],
  ])("%s → %s", (name, expected) => {
    expect(bibtexName(name)).toBe(expected);
  });
});

describe("bibtexKey", () => {
  it.each([
    ["surname, year and first word", {}, "glanz2008iraqi"],
    ["an article skipped", { title: "The Battle for Basra" }, "glanz2008battle"],
    ["accents folded", { authors: ["Nūr al-Dīn Ḥasan"], title: "Économie" }, "hasan2008economie"],
    ["a suffix skipped", { authors: ["James Glanz, Jr."] }, "glanz2008iraqi"],
    ["the first of two authors", { authors: ["Ali Hassan", "Tom Lee"] }, "hassan2008iraqi"],
    ["the site with no author", { authors: [] }, "dispatch2008iraqi"],
    ["the site for a name in Arabic script", { authors: ["علي حسن"] }, "dispatch2008iraqi"],
    ["digits kept", { title: "24–31 March: a timeline" }, "glanz200824"],
    ["a hyphenated word split", { title: "Well-Armed Militias" }, "glanz2008well"],
  ])("%s", (_name, change: Partial<CiteRecord>, expected) => {
    expect(bibtexKey({ ...record, ...change })).toBe(expected);
  });

  it("gives a title in Arabic script a hash of the URL, the same at every build", () => {
    const arabic = { ...record, authors: [], title: "البصرة" };
    const key = bibtexKey(arabic);
    // FNV-1a of "https://example.org/posts/basra/".
    expect(key).toBe("dispatch2008post9b6b1f85");
    expect(bibtexKey(arabic)).toBe(key);
    expect(bibtexKey({ ...arabic, url: "https://example.org/posts/other/" })).not.toBe(key);
  });
});

describe("bibtexEntry", () => {
  it.each([
    [
      "one author",
      {},
      [
        "@online{glanz2008iraqi,",
        "  author = {James Glanz},",
        "  title = {{Iraqi Army's Assault on Militias in Basra Stalls}},",
        "  organization = {Dispatch},",
        "  date = {2008-03-27},",
        "  url = {https://example.org/posts/basra/},",
        "}",
        "",
      ],
    ],
    [
      "no author: no author field",
      { authors: [], title: "100% & more: $5_bn {deal}", siteTitle: "R&D" },
      [
        "@online{rd2008100,",
        "  title = {{100\\% \\& more: \\$5\\_bn \\textbraceleft{}deal\\textbraceright{}}},",
        "  organization = {R\\&D},",
        "  date = {2008-03-27},",
        "  url = {https://example.org/posts/basra/},",
        "}",
        "",
      ],
    ],
    [
      "two authors joined by and, non-ASCII kept",
      { authors: ["Nūr al-Dīn Ḥasan", "James Glanz, Jr."], title: "البصرة في آذار" },
      [
        "@online{hasan2008post9b6b1f85,",
        "  author = {Nūr al-Dīn Ḥasan and {James Glanz, Jr.}},",
        "  title = {{البصرة في آذار}},",
        "  organization = {Dispatch},",
        "  date = {2008-03-27},",
        "  url = {https://example.org/posts/basra/},",
        "}",
        "",
      ],
    ],
  ])("writes %s", (_name, change: Partial<CiteRecord>, lines) => {
    expect(bibtexEntry({ ...record, ...change })).toBe(lines.join("\n"));
  });
});
