import { describe, expect, it } from "vitest";
import {
  bibtexEntry,
  bibtexKey,
  bibtexName,
  bibtexText,
  bibtexUrl,
  familyName,
} from "../../../src/cite/bibtex.ts";
import type { CiteRecord } from "../../../src/cite/record.ts";

const record: CiteRecord = {
  authors: ["James Glanz"],
  title: "Iraqi Army's Assault on Militias in Basra Stalls",
  siteTitle: "Dispatch",
  publisher: "Dispatch",
  date: "2008-03-27",
  url: "https://example.org/posts/basra/",
  firstSlug: "basra",
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
    ["Glanz, James", "Glanz, James"],
    ["de la Peña, José", "de la Peña, José"],
    ["James Glanz, Jr.", "Glanz, Jr., James"],
    ["James Glanz, III", "Glanz, III, James"],
    ["José de la Peña, Jr.", "{José de la Peña, Jr.}"],
    ["Glanz, Jr., James", "{Glanz, Jr., James}"],
    ["Smith and Sons", "{Smith and Sons}"],
    ["Ali & Co_1", "Ali \\& Co\\_1"],
  ])("%s → %s", (name, expected) => {
    expect(bibtexName(name)).toBe(expected);
  });
});

describe("familyName", () => {
  it.each([
    ["James Glanz", "glanz"],
    ["Glanz, James", "glanz"],
    ["James Glanz, Jr.", "glanz"],
    ["Glanz, Jr., James", "glanz"],
    ["Ali Hassan (Basra)", "hassan"],
    ["Ali Hassan (in Basra) Jr", "hassan"],
    ["de la Peña, José", "delapena"],
    ["Nūr al-Dīn Ḥasan", "hasan"],
    ["Åsa Ødegård-Lindqvist", "odegardlindqvist"],
    ["Madonna", "madonna"],
    ["علي حسن", ""],
    ["", ""],
  ])("%s → %j", (name, expected) => {
    expect(familyName(name)).toBe(expected);
  });
});

describe("bibtexKey", () => {
  it.each([
    ["surname, year and first slug", {}, "glanz2008basra"],
    [
      "a first slug of several words",
      { firstSlug: "basra-pipeline-attack" },
      "glanz2008basra-pipeline-attack",
    ],
    [
      "accents folded",
      { authors: ["Nūr al-Dīn Ḥasan"], firstSlug: "économie" },
      "hasan2008economie",
    ],
    ["a suffix skipped", { authors: ["James Glanz, Jr."] }, "glanz2008basra"],
    ["a name written family name first", { authors: ["Glanz, James"] }, "glanz2008basra"],
    ["a place in parentheses skipped", { authors: ["Ali Hassan (Basra)"] }, "hassan2008basra"],
    ["the first of two authors", { authors: ["Ali Hassan", "Tom Lee"] }, "hassan2008basra"],
    ["the site with no author", { authors: [] }, "dispatch2008basra"],
    ["the site for a name in Arabic script", { authors: ["علي حسن"] }, "dispatch2008basra"],
    ["digits kept", { firstSlug: "24-31-march" }, "glanz200824-31-march"],
    ["the title never counts", { title: "Another title" }, "glanz2008basra"],
  ])("%s", (_name, change: Partial<CiteRecord>, expected) => {
    expect(bibtexKey({ ...record, ...change })).toBe(expected);
  });

  it("gives two posts of one author, year and first title word two keys", () => {
    const hassan = { ...record, authors: ["Ali Hassan"], date: "2009-05-01" };
    expect([
      bibtexKey({ ...hassan, title: "Basra: the port", firstSlug: "basra-the-port" }),
      bibtexKey({ ...hassan, title: "Basra: the oil", firstSlug: "basra-the-oil" }),
    ]).toEqual(["hassan2009basra-the-port", "hassan2009basra-the-oil"]);
  });

  it("gives a slug in Arabic script a hash of the slug, the same at every build", () => {
    const arabic = { ...record, authors: [], firstSlug: "البصرة" };
    const key = bibtexKey(arabic);
    expect(key).toMatch(/^dispatch2008post[0-9a-f]{8}$/);
    expect(bibtexKey({ ...arabic, url: "https://example.org/posts/other/" })).toBe(key);
    expect(bibtexKey({ ...arabic, firstSlug: "الفاو" })).not.toBe(key);
  });
});

describe("bibtexEntry", () => {
  it.each([
    [
      "one author",
      {},
      [
        "@online{glanz2008basra,",
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
        "@online{rd2008basra,",
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
        "@online{hasan2008basra,",
        "  author = {Nūr al-Dīn Ḥasan and Glanz, Jr., James},",
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
