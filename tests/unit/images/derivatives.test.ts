import {
  cpSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAnimated, prepareImage } from "../../../src/images/derivatives.ts";
import { projectRoot } from "../../helpers/build-site.ts";

/** A PNG's signature and chunk names in the order given (lengths and CRCs do not matter here). */
const pngWith = (...chunks: string[]) =>
  Buffer.concat([
    Buffer.from("89504e470d0a1a0a", "hex"),
    ...chunks.map((name) => Buffer.concat([Buffer.alloc(4), Buffer.from(name, "latin1")])),
  ]);

describe("isAnimated", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "dispatch-animated-"));
    const still = { create: { width: 8, height: 8, channels: 3 as const, background: "#345" } };
    await sharp(still).webp().toFile(path.join(dir, "still.webp"));
    await sharp(still).png().toFile(path.join(dir, "still.png"));
    writeFileSync(path.join(dir, "apng.png"), pngWith("IHDR", "acTL", "fcTL", "IDAT"));
    writeFileSync(path.join(dir, "late.png"), pngWith("IHDR", "IDAT", "acTL"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [
      "an animated WebP",
      path.join(projectRoot, "tests/fixtures/images/animated.webp"),
      "webp",
      true,
    ],
    ["a still WebP", "still.webp", "webp", false],
    ["a still PNG", "still.png", "png", false],
    ["an APNG (acTL before the image data)", "apng.png", "png", true],
    ["a PNG naming acTL only after its image data", "late.png", "png", false],
    ["a JPEG, never read", "missing.jpg", "jpg", false],
  ])("%s → %s", (_, file, type, expected) => {
    expect(isAnimated(path.resolve(dir, file), type)).toBe(expected);
  });
});

describe("prepareImage and the cache folder", () => {
  let dir: string;
  let source: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "dispatch-derivatives-"));
    source = path.join(dir, "bridge.png");
    await sharp({ create: { width: 500, height: 300, channels: 3, background: "#8a6" } })
      .png()
      .toFile(source);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The modification times of the files made, by name. */
  const made = (cacheDir: string) =>
    Object.fromEntries(
      readdirSync(cacheDir)
        .filter((name) => !name.endsWith(".complete"))
        .map((name) => [name, statSync(path.join(cacheDir, name)).mtimeMs]),
    );

  /** A cache folder holding the files an earlier build made, dated 2020. */
  const earlierBuild = async (name: string) => {
    const made = path.join(dir, "made");
    await prepareImage(source, { cacheDir: made, widths: [400], maxPixels: 1_000_000 });
    const cacheDir = path.join(dir, name);
    cpSync(made, cacheDir, { recursive: true });
    const old = new Date("2020-01-01T00:00:00Z");
    for (const file of readdirSync(cacheDir)) utimesSync(path.join(cacheDir, file), old, old);
    return { cacheDir, widths: [400], maxPixels: 1_000_000 };
  };
  const old = new Date("2020-01-01T00:00:00Z").getTime();

  it("uses the files an earlier build left in the cache folder", async () => {
    const options = await earlierBuild("reused");
    expect(await prepareImage(source, options)).toMatchObject({ ok: true });
    expect(Object.values(made(options.cacheDir))).toEqual([old, old, old]);
  });

  it("makes every file anew when told not to reuse them (--no-cache)", async () => {
    const options = await earlierBuild("not-reused");
    expect(await prepareImage(source, { ...options, reuse: false })).toMatchObject({ ok: true });
    const times = made(options.cacheDir);
    expect(Object.keys(times)).toHaveLength(3);
    for (const [name, time] of Object.entries(times)) expect(time, name).toBeGreaterThan(old);
  });
});
