import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../../src/markdown/index.ts";
import { typographyComputedData } from "../../../src/markdown/plugin.ts";
import { quotesFor, smartTypography } from "../../../src/markdown/typography.ts";
import { openStreetMapTiles } from "../../../src/site.ts";

describe("smartTypography", () => {
  it.each([
    ["The government's offensive", "The government’s offensive"],
    ['"Basra\'s port" falls', "“Basra’s port” falls"],
    ["He said 'no' twice", "He said ‘no’ twice"],
    ["Basra, 24--31 March", "Basra, 24–31 March"],
    ["Basra -- the battle", "Basra – the battle"],
    ["Basra---the battle", "Basra—the battle"],
    ["And then...", "And then…"],
    ['Q&A: <Basra> & "Umm Qasr"', "Q&A: <Basra> & “Umm Qasr”"],
    ["&amp; stays as written", "&amp; stays as written"],
    ["*not* Markdown, `not code`", "*not* Markdown, `not code`"],
    ["No change here", "No change here"],
    ["", ""],
  ])("%j → %j", (text, expected) => {
    expect(smartTypography(text)).toBe(expected);
  });

  it.each([
    ["en", "\"Basra's 'port'\"", "“Basra’s ‘port’”"],
    ["en-GB", '"Basra"', "“Basra”"],
    ["de", "\"Basra\" und 'Umm Qasr'", "„Basra“ und ‚Umm Qasr‘"],
    ["fr-FR", '"Bassorah"', "«Bassorah»"],
    ["ar", '"Basra"', "“Basra”"],
  ])("in %s: %j → %j", (language, text, expected) => {
    expect(smartTypography(text, language)).toBe(expected);
  });

  it("curls a title as the body's typographer curls the same words", () => {
    const text = "The government's \"plan\" -- and Sadr's reply...";
    const body = createMarkdown({ tiles: openStreetMapTiles }).renderInline(text);
    expect(smartTypography(text)).toBe(body);
  });
});

describe("quotesFor", () => {
  it.each([
    ["en", ["“", "”", "‘", "’"]],
    ["de-AT", ["„", "“", "‚", "‘"]],
    ["RU", ["«", "»", "„", "“"]],
    ["ar", ["“", "”", "‘", "’"]],
  ])("%s → %j", (language, quotes) => {
    expect(quotesFor(language)).toEqual(quotes);
  });
});

describe("typographyComputedData", () => {
  const computed = typographyComputedData("en");
  it.each([
    [{ title: "Iraq's war", summary: 'A "view"' }, "Iraq’s war", "A “view”"],
    [{ title: "Plain" }, "Plain", undefined],
    [{ title: 1984 }, 1984, undefined],
  ])("%j", (data, title, summary) => {
    expect([computed.title(data), computed.summary(data)]).toEqual([title, summary]);
  });
});
