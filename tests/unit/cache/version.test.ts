import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dispatchVersion } from "../../../src/cache/version.ts";

const root = mkdtempSync(path.join(tmpdir(), "dispatch-version-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A project with a small `src/`, `.eleventy.ts` and lock file. */
function project(name: string): string {
  const folder = path.join(root, name);
  mkdirSync(path.join(folder, "src/maps"), { recursive: true });
  writeFileSync(path.join(folder, "src/site.ts"), 'export const site = { title: "Dispatch" };\n');
  writeFileSync(path.join(folder, "src/maps/draw.ts"), "export const width = 720;\n");
  writeFileSync(path.join(folder, ".eleventy.ts"), "export default () => {};\n");
  writeFileSync(path.join(folder, "package-lock.json"), '{"lockfileVersion":3}\n');
  return folder;
}

describe("dispatchVersion", () => {
  it("is the same for two copies of the same project", () => {
    const a = project("same-a");
    cpSync(a, path.join(root, "same-b"), { recursive: true });
    expect(dispatchVersion(path.join(root, "same-b"))).toBe(dispatchVersion(a));
    expect(dispatchVersion(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ["a setting changed", "src/site.ts", (f: string) => appendFileSync(f, "site.title = 'B';\n")],
    ["Dispatch's code changed", "src/maps/draw.ts", (f: string) => appendFileSync(f, "// x\n")],
    ["a source file added", "src/maps/new.ts", (f: string) => writeFileSync(f, "")],
    ["the configuration changed", ".eleventy.ts", (f: string) => appendFileSync(f, "// x\n")],
    ["a dependency changed", "package-lock.json", (f: string) => writeFileSync(f, "{}")],
  ])("changes when %s", (name, file, change) => {
    const folder = project(name.replaceAll(/\W+/g, "-"));
    const before = dispatchVersion(folder);
    change(path.join(folder, file));
    expect(dispatchVersion(folder)).not.toBe(before);
  });

  it("does not change when a post changes (posts are keys of their own)", () => {
    const folder = project("post-changed");
    const before = dispatchVersion(folder);
    mkdirSync(path.join(folder, "posts/a"), { recursive: true });
    writeFileSync(path.join(folder, "posts/a/index.md"), "# A\n");
    expect(dispatchVersion(folder)).toBe(before);
  });
});
