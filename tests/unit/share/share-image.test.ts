import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  drawingsUnderWay,
  drawShareImage,
  shareCacheKey,
  writeShareImage,
  type ShareDrawing,
} from "../../../src/share/share-image.ts";

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="420"><rect width="720" height="420" fill="#dfe8ef"/></svg>`;
const card: ShareDrawing = { kind: "card", siteName: "Dispatch", headline: "Basra" };
const map: ShareDrawing = { kind: "map", svg, siteName: "Dispatch", headline: "Basra" };

let photo: Buffer;
beforeAll(async () => {
  photo = await sharp({ create: { width: 400, height: 400, channels: 3, background: "#336699" } })
    .png()
    .toBuffer();
});

describe("shareCacheKey", () => {
  it.each([
    ["the headline", { ...card, headline: "Basra!" }],
    ["the site's name", { ...card, siteName: "Dispatch Daily" }],
    ["the dek", { ...card, dek: "A dek" }],
    ["the footer", { ...card, footer: "example.org" }],
    ["the kind", map],
    ["the map's SVG", { ...map, svg: svg.replace("#dfe8ef", "#ffffff") }],
  ])("changes with %s", (_name, other) => {
    expect(shareCacheKey(other as ShareDrawing)).not.toBe(shareCacheKey(card));
  });

  it("is the same for the same inputs, and changes with a lead image's bytes", () => {
    const lead = (image: Buffer): ShareDrawing => ({ kind: "lead", image });
    expect(shareCacheKey(lead(Buffer.from("ab")))).toBe(shareCacheKey(lead(Buffer.from("ab"))));
    expect(shareCacheKey(lead(Buffer.from("ab")))).not.toBe(shareCacheKey(lead(Buffer.from("ac"))));
    expect(shareCacheKey(card)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("drawShareImage", () => {
  it.each(["lead", "map", "card"] as const)("draws a %s as a 1200×630 PNG", async (kind) => {
    const drawing = kind === "lead" ? { kind, image: photo } : kind === "map" ? map : card;
    const { width, height, format } = await sharp(await drawShareImage(drawing)).metadata();
    expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: "png" });
  });

  it("flattens a transparent lead image on the site's paper", async () => {
    const transparent = await sharp({
      create: { width: 10, height: 10, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const { data, info } = await sharp(await drawShareImage({ kind: "lead", image: transparent }))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([info.channels, data[0], data[1], data[2]]).toEqual([3, 0xfd, 0xfc, 0xf9]);
  });

  it("fails on bytes that are no image", async () => {
    await expect(
      drawShareImage({ kind: "lead", image: Buffer.from("not an image") }),
    ).rejects.toThrow();
  });
});

describe("writeShareImage", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "dispatch-share-cache-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("draws once, then copies from the cache", async () => {
    const cache = path.join(folder, "cache");
    const first = path.join(folder, "out/a/share.png");
    const second = path.join(folder, "out/b/share.png");
    const underWay = drawingsUnderWay();
    expect(await writeShareImage(card, first, cache, underWay)).toBe("drawn");
    expect(await writeShareImage(card, second, cache, underWay)).toBe("cached");
    expect(readdirSync(cache)).toEqual([`${shareCacheKey(card)}.png`]);
    expect(readFileSync(second)).toEqual(readFileSync(first));
  });

  it("draws again when told not to reuse the cache (--no-cache), storing the same picture", async () => {
    const cache = path.join(folder, "cache-no-reuse");
    const underWay = drawingsUnderWay();
    const first = path.join(folder, "out/c/share.png");
    const again = path.join(folder, "out/d/share.png");
    expect(await writeShareImage(card, first, cache, underWay)).toBe("drawn");
    expect(await writeShareImage(card, again, cache, underWay, false)).toBe("drawn");
    expect(readFileSync(again)).toEqual(readFileSync(first));
  });
});

describe("writeShareImage for two posts with one picture at once", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "dispatch-share-twice-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("draws it once and writes both", async () => {
    const cache = path.join(folder, "cache");
    const outputs = ["a", "b", "c"].map((name) => path.join(folder, "out", name, "share.png"));
    const underWay = drawingsUnderWay();
    const outcomes = await Promise.all(
      outputs.map((output) => writeShareImage(card, output, cache, underWay)),
    );
    expect(outcomes).toEqual(["drawn", "drawn", "drawn"]);
    expect(underWay).toEqual({ byCacheFile: new Map(), partials: 1 });
    expect(readdirSync(cache)).toEqual([`${shareCacheKey(card)}.png`]);
    for (const output of outputs) expect(readFileSync(output).length).toBeGreaterThan(0);
  });
});
