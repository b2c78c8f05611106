import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAnimated } from "../../../src/images/derivatives.ts";
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
