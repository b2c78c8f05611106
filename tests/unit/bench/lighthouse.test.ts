import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { fontBytes, precompress } from "../../../bench/lighthouse.ts";

const report = (items: Array<Record<string, unknown>>) => ({
  categories: {},
  audits: { "network-requests": { details: { items } } },
});

describe("fontBytes", () => {
  it.each([
    {
      case: "adds the transfer sizes of the font requests only",
      items: [
        { url: "/assets/fonts/a.woff2", resourceType: "Font", transferSize: 20_388 },
        { url: "/assets/fonts/b.woff2", resourceType: "Font", transferSize: 21_832 },
        { url: "/assets/css/site.css", resourceType: "Stylesheet", transferSize: 9_000 },
      ],
      expected: 42_220,
    },
    { case: "is 0 for a page that loads no font", items: [], expected: 0 },
  ])("$case", ({ items, expected }) => {
    expect(fontBytes(report(items))).toBe(expected);
  });
});

describe("precompress", () => {
  it("writes a gzip copy beside every text file, and none beside images or fonts", () => {
    const root = mkdtempSync(path.join(tmpdir(), "dispatch-precompress-"));
    try {
      mkdirSync(path.join(root, "assets/css"), { recursive: true });
      writeFileSync(path.join(root, "index.html"), "<!doctype html><p>Basra</p>");
      writeFileSync(path.join(root, "assets/css/site.css"), "body { margin: 0 }");
      writeFileSync(path.join(root, "tile.png"), Buffer.from([0x89, 0x50]));
      expect(precompress(root)).toBe(2);
      expect(readdirSync(root, { recursive: true, encoding: "utf8" }).sort()).toEqual([
        "assets",
        "assets/css",
        "assets/css/site.css",
        "assets/css/site.css.gz",
        "index.html",
        "index.html.gz",
        "tile.png",
      ]);
      expect(gunzipSync(readFileSync(path.join(root, "index.html.gz"))).toString()).toBe(
        "<!doctype html><p>Basra</p>",
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
