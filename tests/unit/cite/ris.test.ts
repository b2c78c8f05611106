import { describe, expect, it } from "vitest";
import type { CiteRecord } from "../../../src/cite/record.ts";
import { risRecord, risValue } from "../../../src/cite/ris.ts";

const record: CiteRecord = {
  authors: ["James Glanz"],
  title: "Iraqi Army's Assault on Militias in Basra Stalls",
  siteTitle: "Dispatch",
  publisher: "Dispatch Media",
  date: "2008-03-27",
  url: "https://example.org/posts/basra/",
  firstSlug: "basra",
  language: "en",
};

describe("risValue", () => {
  it.each([
    ["one line", "one line"],
    ["two\r\nlines", "two lines"],
    ["a\nb\rc\u2028d\u2029e\u0085f", "a b c d e f"],
    ["  spaced \t out  ", "spaced out"],
    ["ER  - injected\nTY  - JOUR", "ER - injected TY - JOUR"],
    ["Nūr al-Dīn & البصرة", "Nūr al-Dīn & البصرة"],
  ])("%j → %j", (text, expected) => {
    expect(risValue(text)).toBe(expected);
  });
});

describe("risRecord", () => {
  it.each([
    [
      "one author",
      {},
      [
        "TY  - BLOG",
        "AU  - James Glanz",
        "TI  - Iraqi Army's Assault on Militias in Basra Stalls",
        "T2  - Dispatch",
        "PB  - Dispatch Media",
        "PY  - 2008",
        "DA  - 2008/03/27",
        "UR  - https://example.org/posts/basra/",
        "LA  - en",
        "ER  - ",
        "",
      ],
    ],
    [
      "no author: no AU line",
      { authors: [], title: "Two\nlines", language: "ar" },
      [
        "TY  - BLOG",
        "TI  - Two lines",
        "T2  - Dispatch",
        "PB  - Dispatch Media",
        "PY  - 2008",
        "DA  - 2008/03/27",
        "UR  - https://example.org/posts/basra/",
        "LA  - ar",
        "ER  - ",
        "",
      ],
    ],
    [
      "one AU per author, non-ASCII kept",
      { authors: ["Nūr al-Dīn Ḥasan", "علي حسن"] },
      [
        "TY  - BLOG",
        "AU  - Nūr al-Dīn Ḥasan",
        "AU  - علي حسن",
        "TI  - Iraqi Army's Assault on Militias in Basra Stalls",
        "T2  - Dispatch",
        "PB  - Dispatch Media",
        "PY  - 2008",
        "DA  - 2008/03/27",
        "UR  - https://example.org/posts/basra/",
        "LA  - en",
        "ER  - ",
        "",
      ],
    ],
  ])("writes %s, lines ended by CR LF", (_name, change: Partial<CiteRecord>, lines) => {
    expect(risRecord({ ...record, ...change })).toBe(lines.join("\r\n"));
  });
});
