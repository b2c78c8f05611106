import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openBuildCache } from "../../../src/cache/build-cache.ts";
import {
  countWords,
  readingMinutes,
  wordsCacheFormat,
} from "../../../src/taxonomy/reading-time.ts";

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

describe("countWords with the build cache", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "dispatch-words-cache-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("stores the count of a body under the body itself", () => {
    const cache = openBuildCache({ folder, version: "v1" });
    const body = "Stored for the next build: six.";
    expect(countWords(body, cache)).toBe(6);
    expect(cache.read("words", [`words/${wordsCacheFormat}`, body])).toBe("6");
  });

  it("reads a count a build stored instead of counting again", () => {
    const body = "A body whose count an earlier build stored.";
    openBuildCache({ folder, version: "v1" }).write(
      "words",
      [`words/${wordsCacheFormat}`, body],
      "41",
    );
    const next = openBuildCache({ folder, version: "v1" });
    expect(countWords(body, next)).toBe(41);
    expect(readingMinutes(body, 20, next)).toBe(3);
  });

  it("counts again when what is stored is not a count", () => {
    const body = "Three words here.";
    openBuildCache({ folder, version: "v1" }).write(
      "words",
      [`words/${wordsCacheFormat}`, body],
      "many",
    );
    expect(countWords(body, openBuildCache({ folder, version: "v1" }))).toBe(3);
  });

  it("counts without storing when the cache is off", () => {
    const cache = openBuildCache({ folder, version: "v1", enabled: false });
    expect(countWords("Off: two.", cache)).toBe(2);
    expect(cache.stats.writes).toBe(0);
  });
});
