import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DerivativeFile } from "../../../src/images/derivatives.ts";
import { copiesUnderWay, publishFiles } from "../../../src/images/publish.ts";

let dir: string;
let cache: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "dispatch-publish-"));
  cache = path.join(dir, "cache");
  mkdirSync(cache);
  writeFileSync(path.join(cache, "photo-abc-400.webp"), "webp at 400");
  writeFileSync(path.join(cache, "photo-abc-800.webp"), "webp at 800, longer");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A cached file as the derivatives module lists it. */
const cached = (filename: string): DerivativeFile => ({
  filename,
  cachePath: path.join(cache, filename),
  width: 400,
  height: 300,
});

describe("publishFiles", () => {
  it("copies every file into the page's folder, making the folder", async () => {
    const folder = path.join(dir, "site/posts/basra");
    const copying = copiesUnderWay();
    await publishFiles(
      [cached("photo-abc-400.webp"), cached("photo-abc-800.webp")],
      folder,
      copying,
    );
    expect(readFileSync(path.join(folder, "photo-abc-400.webp"), "utf8")).toBe("webp at 400");
    expect(readFileSync(path.join(folder, "photo-abc-800.webp"), "utf8")).toBe(
      "webp at 800, longer",
    );
    expect(copying.size).toBe(0);
  });

  it.each([
    ["leaves a file of the same size as it is", "webp at 4XX", "webp at 4XX"],
    ["replaces a file of another size", "old", "webp at 400"],
  ])("%s", async (_, existing, expected) => {
    const folder = path.join(dir, `site-${existing.length}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "photo-abc-400.webp"), existing);
    await publishFiles([cached("photo-abc-400.webp")], folder, copiesUnderWay());
    expect(readFileSync(path.join(folder, "photo-abc-400.webp"), "utf8")).toBe(expected);
  });

  it("copies a file two pages ask for at once only once, and forgets the copy when done", async () => {
    const folder = path.join(dir, "site-shared");
    const copying = copiesUnderWay();
    const files = [cached("photo-abc-800.webp")];
    const first = publishFiles(files, folder, copying);
    expect([...copying.keys()]).toEqual([path.join(folder, "photo-abc-800.webp")]);
    const second = publishFiles(files, folder, copying);
    expect(copying.size).toBe(1);
    await Promise.all([first, second]);
    expect(copying.size).toBe(0);
    expect(statSync(path.join(folder, "photo-abc-800.webp")).size).toBe(19);
  });

  it("rejects when a cached file is missing", async () => {
    await expect(
      publishFiles([cached("gone.webp")], path.join(dir, "site-gone"), copiesUnderWay()),
    ).rejects.toThrow(/ENOENT/);
  });
});
