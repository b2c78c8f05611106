import { describe, expect, it } from "vitest";
import {
  cardSvg,
  cleanText,
  escapeXml,
  estimateWidth,
  fitHeadline,
  isRightToLeft,
  mapBandSvg,
  wrapText,
} from "../../../src/share/share-card.ts";

describe("cleanText", () => {
  it.each([
    ["Basra", "Basra"],
    ["  two   spaces\tand\ttabs  ", "two spaces and tabs"],
    ["bell\u0007 and escape\u001b[0m", "bell and escape [0m"],
    ["line\nbreak\r\nand\u2028separator", "line break and separator"],
    ["C1\u0085control", "C1 control"],
    ["zero\u200bwidth\u202eoverride", "zerowidthoverride"],
    ["Cafe\u0301", "Café"],
  ])("%j → %j", (text, expected) => {
    expect(cleanText(text)).toBe(expected);
  });
});

describe("escapeXml", () => {
  it.each([
    ["Q&A", "Q&amp;A"],
    ["<b>not</b>", "&lt;b&gt;not&lt;/b&gt;"],
    [`Sadr's "army"`, "Sadr&apos;s &quot;army&quot;"],
    ["&amp;", "&amp;amp;"],
    ["البصرة", "البصرة"],
  ])("%j → %j", (text, expected) => {
    expect(escapeXml(text)).toBe(expected);
  });
});

describe("estimateWidth", () => {
  it.each([
    ["", 10, false, 0],
    [" ", 10, false, 3],
    ["ab", 10, false, 12],
    ["MW", 10, false, 20.4],
    ["il", 100, false, 68],
    ["ab", 100, true, 127.2],
    ["漢字", 10, false, 20.4],
  ])("%j at %i px (bold: %s) → %f px", (text, size, bold, expected) => {
    expect(estimateWidth(text, size, bold)).toBeCloseTo(expected, 5);
  });
});

describe("wrapText", () => {
  const options = { maxWidth: 60, fontSize: 10, maxLines: 3 };
  it.each([
    // 0.6 em for these letters at 10 px: ten letters (60 px) make a line; a space is 3 px.
    ["abc dek", options, { lines: ["abc dek"], complete: true }],
    ["abcde ghkno", options, { lines: ["abcde", "ghkno"], complete: true }],
    ["  abcde \n ghkno  ", options, { lines: ["abcde", "ghkno"], complete: true }],
    [
      "abcdeghknopqsuvxyzabcdegh",
      options,
      { lines: ["abcdeghkno", "pqsuvxyzab", "cdegh"], complete: true },
    ],
    [
      "aaaa bbbb cccc dddd eeee kkkk gggg",
      options,
      { lines: ["aaaa bbbb", "cccc dddd", "eeee…"], complete: false },
    ],
    [
      "aaaa bbbb, cccc dddd eeee",
      { ...options, maxWidth: 65, maxLines: 1 },
      { lines: ["aaaa bbbb…"], complete: false },
    ],
    ["", options, { lines: [], complete: true }],
  ])("%j → %j", (text, wrapOptions, expected) => {
    expect(wrapText(text, wrapOptions)).toEqual(expected);
  });

  it("keeps every line within the width", () => {
    const { lines } = wrapText(
      "Continuing Battle for the South: what the ceasefire in Basra means for the oil exports",
      { maxWidth: 1040, fontSize: 72, maxLines: 4, bold: true },
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateWidth(line, 72, true)).toBeLessThanOrEqual(1040);
  });
});

describe("fitHeadline", () => {
  it.each([
    ["Basra", 72, 1],
    ["Continuing Battle for the South: Basra", 72, 2],
    [
      "A very long headline about what the ceasefire in Basra means for the oil exports through Umm Qasr and the militias",
      54,
      4,
    ],
  ])("sets %j at %i px in %i lines", (headline, fontSize, lineCount) => {
    const fitted = fitHeadline(headline, 1040);
    expect([fitted.fontSize, fitted.lines.length, fitted.complete]).toEqual([
      fontSize,
      lineCount,
      true,
    ]);
  });

  it("cuts a headline too long for four lines at the smallest size with an ellipsis", () => {
    const fitted = fitHeadline("word ".repeat(80), 1040);
    expect(fitted.fontSize).toBe(54);
    expect(fitted.lines).toHaveLength(4);
    expect(fitted.lines[3]).toMatch(/word…$/);
    expect(fitted.complete).toBe(false);
  });
});

describe("isRightToLeft", () => {
  it.each([
    ["Basra", false],
    ["البصرة", true],
    ["“البصرة”", true],
    ["2008: البصرة", true],
    ["Basra البصرة", false],
    ["ירושלים", true],
    ["", false],
  ])("%j → %s", (text, expected) => {
    expect(isRightToLeft(text)).toBe(expected);
  });
});

describe("cardSvg", () => {
  const card = cardSvg({
    siteName: "Dispatch",
    headline: `Sadr's "army" & Basra: <b>not</b> a title\u0007`,
    dek: "The ceasefire holds.",
    footer: "example.org",
  });

  it("is 1200×630 and sets the name, the headline, the dek and the footer, escaped", () => {
    expect(card).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    const texts = [...card.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
    expect(texts).toEqual([
      "DISPATCH",
      "Sadr&apos;s &quot;army&quot; &amp; Basra:",
      "&lt;b&gt;not&lt;/b&gt; a title",
      "The ceasefire holds.",
      "example.org",
    ]);
  });

  it("names font families that end in the generic serif", () => {
    expect(card).toContain(
      'font-family="Dispatch Serif, Charter, Georgia, Liberation Serif, DejaVu Serif, serif"',
    );
  });

  it("uses the site's colours: paper, accent, text, muted", () => {
    expect(card).toContain('<rect width="1200" height="630" fill="#fdfcf9"/>');
    expect(card).toContain('<rect width="1200" height="12" fill="#8b1a1a"/>');
    expect(card).toContain('fill="#1d1d1f"');
    expect(card).toContain('fill="#5a5a5f"');
  });

  it("sets a long dek in two lines at most, cut with an ellipsis", () => {
    const long = cardSvg({ siteName: "D", headline: "Basra", dek: "word ".repeat(80) });
    const dek = [...long.matchAll(/fill="#5a5a5f"[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
    expect(dek).toHaveLength(2);
    expect(dek[1]).toMatch(/word…$/);
  });

  it("sets a right-to-left headline flush right", () => {
    const arabic = cardSvg({ siteName: "D", headline: "البصرة" });
    expect(arabic).toMatch(/<text x="1120" [^>]*text-anchor="end">البصرة<\/text>/);
  });
});

describe("mapBandSvg", () => {
  it("sets the name and at most two lines of headline on a band at the foot", () => {
    const band = mapBandSvg({ siteName: "Dispatch", headline: "word ".repeat(40) });
    const texts = [...band.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
    expect(texts).toHaveLength(3);
    expect(texts[0]).toBe("DISPATCH");
    expect(texts[2]).toMatch(/…$/);
    // 50 + 24 + 16 + 2 lines of 54 + 26 = 224 px high, at the foot of 630.
    expect(band).toContain('<rect y="406" width="1200" height="224" fill="#161618"/>');
  });
});
