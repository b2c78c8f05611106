import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { cacheFormat, openBuildCache } from "../../../src/cache/build-cache.ts";

const root = mkdtempSync(path.join(tmpdir(), "dispatch-cache-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

let folders = 0;
/** A cache folder of its own for one test. */
const newFolder = () => path.join(root, `cache-${++folders}`);

/** Every entry file under `folder` (not the manifest). */
function entries(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== "cache.json")
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe("openBuildCache", () => {
  it("reads back what a build wrote under the same kind, parts and version", () => {
    const folder = newFolder();
    openBuildCache({ folder, version: "v1" }).write(
      "body",
      ["posts/a/index.md", "# A"],
      "<h1>A</h1>",
    );
    const next = openBuildCache({ folder, version: "v1" });
    expect(next.read("body", ["posts/a/index.md", "# A"])).toBe("<h1>A</h1>");
    expect(next.stats).toEqual({ hits: 1, misses: 0, writes: 0, corrupt: 0 });
  });

  it.each([
    ["another kind", "map", ["posts/a/index.md", "# A"]],
    ["another input", "body", ["posts/a/index.md", "# A, edited"]],
    ["another file", "body", ["posts/b/index.md", "# A"]],
  ] as const)("finds nothing under %s", (_case, kind, parts) => {
    const folder = newFolder();
    const cache = openBuildCache({ folder, version: "v1" });
    cache.write("body", ["posts/a/index.md", "# A"], "<h1>A</h1>");
    expect(cache.read(kind, parts)).toBeUndefined();
    expect(cache.stats.misses).toBe(1);
  });

  it("empties the cache, silently, when Dispatch's version changed", () => {
    const folder = newFolder();
    openBuildCache({ folder, version: "v1" }).write("words", ["x"], "12");
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const next = openBuildCache({ folder, version: "v2" });
    expect(next.read("words", ["x"])).toBeUndefined();
    expect(entries(folder)).toEqual([]);
    expect(JSON.parse(readFileSync(path.join(folder, "cache.json"), "utf8"))).toEqual({
      "dispatch-cache": cacheFormat,
      version: "v2",
    });
    expect(warnings).not.toHaveBeenCalled();
  });

  it.each([
    ["no manifest", undefined],
    ["a manifest that is not JSON", "{ not json"],
    ["a manifest of another format", JSON.stringify({ "dispatch-cache": 99, version: "v1" })],
  ])("ignores and empties a folder with %s, with a warning", (_case, manifest) => {
    const folder = newFolder();
    mkdirSync(path.join(folder, "body"), { recursive: true });
    writeFileSync(path.join(folder, "body", "planted"), "<script>alert(1)</script>");
    if (manifest !== undefined) writeFileSync(path.join(folder, "cache.json"), manifest);
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    openBuildCache({ folder, version: "v1" });
    expect(existsSync(path.join(folder, "body", "planted"))).toBe(false);
    expect(warnings).toHaveBeenCalledTimes(1);
    expect(String(warnings.mock.calls[0]?.[0])).toBe(
      `${folder}: warning: is not a build cache of this Dispatch (no cache.json of format 1); it was ignored and emptied. Fix: nothing to do; keep other files out of .cache/dispatch/`,
    );
  });

  it.each([
    ["its value edited", (text: string) => text.replace("<h1>A</h1>", "<h1>B</h1>")],
    ["its checksum line removed", (text: string) => text.slice(text.indexOf("\n") + 1)],
    ["cut short", (text: string) => text.slice(0, 40)],
  ])("ignores an entry with %s, with a warning, and counts it corrupt", (_case, damage) => {
    const folder = newFolder();
    openBuildCache({ folder, version: "v1" }).write("body", ["a"], "<h1>A</h1>");
    const [file] = entries(folder);
    writeFileSync(file as string, damage(readFileSync(file as string, "utf8")));
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const next = openBuildCache({ folder, version: "v1" });
    expect(next.read("body", ["a"])).toBeUndefined();
    expect(next.stats.corrupt).toBe(1);
    expect(String(warnings.mock.calls[0]?.[0])).toContain(
      "a build cache entry is damaged (its checksum does not match); it was ignored",
    );
  });

  it("reads and writes nothing when turned off (--no-cache)", () => {
    const folder = newFolder();
    openBuildCache({ folder, version: "v1" }).write("feed", ["a"], "kept");
    const off = openBuildCache({ folder, version: "v1", enabled: false });
    expect(off.read("feed", ["a"])).toBeUndefined();
    off.write("feed", ["b"], "not kept");
    expect(entries(folder)).toHaveLength(1);
    expect(off.prune()).toBe(0);
  });

  it("round-trips JSON values, and takes text that is not JSON for corrupt", () => {
    const folder = newFolder();
    const cache = openBuildCache({ folder, version: "v1" });
    cache.writeJson("map", ["m"], { files: [["map-7.svg", "<svg/>"]], line: 7 });
    cache.write("map", ["n"], "not json");
    expect(cache.readJson("map", ["m"])).toEqual({ files: [["map-7.svg", "<svg/>"]], line: 7 });
    expect(cache.readJson("map", ["n"])).toBeUndefined();
    expect(cache.stats.corrupt).toBe(1);
  });

  it("prunes the entries a whole build neither read nor wrote, and keeps the rest", () => {
    const folder = newFolder();
    const first = openBuildCache({ folder, version: "v1" });
    for (const name of ["a", "b", "c"]) first.write("words", [name], name);
    const second = openBuildCache({ folder, version: "v1" });
    second.read("words", ["a"]);
    second.write("words", ["d"], "d");
    expect(second.prune()).toBe(2);
    const third = openBuildCache({ folder, version: "v1" });
    expect(["a", "b", "c", "d"].map((name) => third.read("words", [name]))).toEqual([
      "a",
      undefined,
      undefined,
      "d",
    ]);
  });

  it("turns itself off with one warning when the folder cannot be written", () => {
    const folder = newFolder();
    writeFileSync(path.join(root, `file-${folders}`), "a file, not a folder");
    const blocked = path.join(root, `file-${folders}`, "cache");
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const cache = openBuildCache({ folder: blocked, version: "v1" });
    cache.write("body", ["a"], "x");
    expect(cache.enabled).toBe(false);
    expect(warnings).toHaveBeenCalledTimes(1);
    expect(String(warnings.mock.calls[0]?.[0])).toMatch(
      /: warning: the build cache could not be written \(ENOTDIR.*\); this build makes everything anew\. Fix: .* or a folder in it is a file, not a folder: delete it$/,
    );
    expect(existsSync(folder)).toBe(false);
  });

  it("names the file in the way when the cache's folder is a file", () => {
    const blocked = path.join(root, `plain-file-${++folders}`);
    writeFileSync(blocked, "not a folder");
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    openBuildCache({ folder: blocked, version: "v1" });
    expect(String(warnings.mock.calls[0]?.[0])).toMatch(
      new RegExp(`Fix: ${blocked} or a folder in it is a file, not a folder: delete it$`),
    );
  });

  it("puts an entry in place of a folder where it goes, and leaves no partial file", () => {
    const folder = newFolder();
    openBuildCache({ folder, version: "v1" }).write("body", ["a"], "first");
    const [entry] = entries(folder);
    rmSync(entry as string);
    mkdirSync(path.join(entry as string, "inside"), { recursive: true });
    const cache = openBuildCache({ folder, version: "v1" });
    cache.write("body", ["a"], "second");
    expect(cache.enabled).toBe(true);
    expect(openBuildCache({ folder, version: "v1" }).read("body", ["a"])).toBe("second");
    expect(readdirSync(path.dirname(entry as string))).toEqual([path.basename(entry as string)]);
  });
});
