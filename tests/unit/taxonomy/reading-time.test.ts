import { describe, expect, it } from "vitest";
import { countWords, readingMinutes } from "../../../src/taxonomy/reading-time.ts";

const words = (count: number) => Array.from({ length: count }, () => "word").join(" ");

describe("countWords", () => {
  it.each([
    ["plain prose", "The battle of Basra is not going well.", 8],
    ["headings, lists and emphasis", "# Basra\n\n- *one* two\n- **three**", 4],
    ["link text, not its URL", "See [the report](https://example.org/a/b/c).", 3],
    ["inline code as a word", "The `Zubair-1` pipeline.", 3],
    ["punctuation alone is no word", "Basra — 25–31 March, Sadr's forces.", 5],
    ["Arabic", "معركة البصرة", 2],
    ["raw HTML text, not its tags", '<p class="x">Two words</p>', 2],
    ["no image alt text", "![A photo of the port](port.jpg)", 0],
    ["no fenced code", "Before.\n\n```\nnot counted at all\n```\n\nAfter.", 2],
    // Eleventy turns indented code off: four spaces of indent are prose.
    ["indented text, as prose", "Before.\n\n    counted as prose\n\nAfter.", 5],
    ["footnote text", "Claim.[^1]\n\n[^1]: Reuters, 27 March.", 4],
    ["no map data", 'Map:\n\n```geojson\n{"type": "FeatureCollection", "features": []}\n```\n', 1],
    ["no map tag", 'Map:\n\n{% map "places.kml" caption="Many words here" %}\n', 1],
  ])("%s", (_name, markdown, count) => {
    expect(countWords(markdown)).toBe(count);
  });
});

describe("readingMinutes", () => {
  it.each([
    [0, 1],
    [1, 1],
    [230, 1],
    [231, 2],
    [460, 2],
    [461, 3],
  ])("%i words at 230 a minute → %i min", (count, minutes) => {
    expect(readingMinutes(words(count), 230)).toBe(minutes);
  });

  it("refuses a speed that is not positive", () => {
    expect(() => readingMinutes("text", 0)).toThrow(RangeError);
  });
});
