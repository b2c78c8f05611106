import { describe, expect, it } from "vitest";
import { generateArchive, seededRandom } from "../../../bench/generate.ts";
import {
  formatBytes,
  formatSeconds,
  formatTable,
  measuredMedian,
  median,
} from "../../../bench/report.ts";
import { staticImports } from "../../../bench/page-weight.ts";

describe("median", () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1000], 10],
  ])("of %j is %d", (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it("refuses an empty list", () => {
    expect(() => median([])).toThrow("median of no values");
  });
});

describe("measuredMedian", () => {
  it.each([
    [[3, 1, 2], 2],
    [[9000, Number.NaN, 7000], 8000],
    [[Number.NaN, Number.POSITIVE_INFINITY], Number.NaN],
    [[], Number.NaN],
  ])("of %j is %d (what was not measured left out)", (values, expected) => {
    expect(measuredMedian(values)).toBe(expected);
  });
});

describe("formatSeconds", () => {
  it.each([
    [1234.5, "1.23 s"],
    [0, "0.00 s"],
    [Number.NaN, "not measured"],
  ])("%s ms → %s", (ms, text) => {
    expect(formatSeconds(ms)).toBe(text);
  });
});

describe("formatBytes", () => {
  it.each([
    [512, "512 B"],
    [14 * 1024, "14.0 KiB"],
    [300 * 1024 ** 2, "300 MiB"],
    [1.5 * 1024 ** 3, "1.50 GiB"],
  ])("%d bytes read %s", (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});

describe("formatTable", () => {
  it("pads columns, right-aligns numbers and rules the header", () => {
    expect(
      formatTable(
        ["posts", "generator", "build"],
        [
          ["1000", "Dispatch", "12.50 s"],
          ["1000", "bare Eleventy", "3.10 s"],
        ],
      ),
    ).toBe(
      [
        "posts  generator      build",
        "-----  -------------  -------",
        " 1000  Dispatch       12.50 s",
        " 1000  bare Eleventy   3.10 s",
      ].join("\n"),
    );
  });
});

describe("generateArchive", () => {
  it("writes the same posts for the same seed, and other posts for another seed", () => {
    const first = generateArchive({ count: 20, seed: 7 });
    expect(generateArchive({ count: 20, seed: 7 })).toEqual(first);
    expect(generateArchive({ count: 20, seed: 8 })[0]?.markdown).not.toBe(first[0]?.markdown);
  });

  it("gives one post in ten a geojson map, and 500 to 1,500 words of prose to each", () => {
    const posts = generateArchive({ count: 30, seed: 1 });
    expect(posts.filter((post) => post.hasMap).map((post) => post.slug.slice(0, 3))).toEqual([
      "p10",
      "p20",
      "p30",
    ]);
    expect(posts.filter((post) => post.markdown.includes("```geojson")).length).toBe(3);
    for (const post of posts) {
      expect(post.words).toBeGreaterThanOrEqual(500);
      expect(post.words).toBeLessThan(1600);
    }
  });

  it("starts each post with front matter carrying tags, a location and citations", () => {
    const [post] = generateArchive({ count: 1, seed: 1 });
    const front = post?.markdown.split("\n---\n")[0] ?? "";
    expect(front).toMatch(/^---\ntitle: "[A-Z][a-z ]+"\ndate: \d{4}-\d{2}-\d{2}\n/);
    expect(front).toMatch(/\ntags: \[[^\]]+\]\n/);
    expect(front).toMatch(/\nlocation:\n {2}name: \w+\n {2}coordinates: \[[\d.-]+, [\d.-]+\]\n/);
    expect(front).toMatch(/\ncitations:\n {2}- title: "/);
  });
});

describe("seededRandom", () => {
  it("gives the same sequence in [0, 1) for the same seed", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(values);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe("staticImports", () => {
  it("lists static imports, not dynamic import()", () => {
    const source =
      'import{a as b}from"./chunk-1.js";import "./side.js";const m=import("./leaflet.js");';
    expect(staticImports(source)).toEqual(["./chunk-1.js", "./side.js"]);
  });
});
