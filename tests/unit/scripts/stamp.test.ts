import { appendFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  missingOutputs,
  readStamp,
  sourceStamp,
  staleSources,
  stampVersion,
  writeStamp,
} from "../../../scripts/stamp.mjs";

/** A small project: what the stamp reads, and a post it does not. */
const files: Record<string, string> = {
  ".eleventy.ts": "export default function () {}\n",
  "package.json": "{}\n",
  "package-lock.json": "{}\n",
  "src/site.ts": 'export const site = { title: "Dispatch" };\n',
  "src/maps/plugin.ts": "export default function () {}\n",
  "posts/basra/index.md": "---\ntitle: Basra\n---\n",
};

let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "dispatch-stamp-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("staleSources", () => {
  it.each<[string, (root: string) => void, string[]]>([
    ["nothing changed", () => undefined, []],
    [
      "a source changed",
      (root) => appendFileSync(path.join(root, "src/site.ts"), "site.title = 'X';\n"),
      ["src/site.ts"],
    ],
    [
      "a source saved again with the same size",
      (root) => utimesSync(path.join(root, "src/maps/plugin.ts"), 1, 1),
      ["src/maps/plugin.ts"],
    ],
    [
      "a new source",
      (root) => writeFileSync(path.join(root, "src/maps/new.ts"), "export {};\n"),
      ["src/maps/new.ts"],
    ],
    [
      "a source deleted",
      (root) => rmSync(path.join(root, "src/maps/plugin.ts")),
      ["src/maps/plugin.ts"],
    ],
    [
      "the configuration and the lock file changed",
      (root) => {
        appendFileSync(path.join(root, ".eleventy.ts"), "// more\n");
        rmSync(path.join(root, "package-lock.json"));
      },
      [".eleventy.ts", "package-lock.json"],
    ],
    [
      "only a post changed (not a source)",
      (root) => appendFileSync(path.join(root, "posts/basra/index.md"), "More.\n"),
      [],
    ],
  ])("after %s: %j", (_what, change, expected) => {
    const compiled = sourceStamp(root);
    change(root);
    expect(staleSources(compiled, sourceStamp(root))).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ["nothing was compiled", undefined],
    ["another version of the compiler wrote it", { version: stampVersion + 1, files: {} }],
    ["the stamp is not a stamp", { version: stampVersion }],
  ])("says dist/ when %s", (_what, compiled) => {
    expect(staleSources(compiled as never, sourceStamp(root))).toEqual(["dist/"]);
  });
});

describe("sourceStamp", () => {
  it("lists every source with its size and time, and nothing else", () => {
    expect(Object.keys(sourceStamp(root).files)).toEqual([
      ".eleventy.ts",
      "package-lock.json",
      "package.json",
      "src/maps/plugin.ts",
      "src/site.ts",
    ]);
    expect(sourceStamp(root).files["package.json"]).toMatch(/^3:\d+(\.\d+)?$/);
  });
});

describe("writeStamp and readStamp", () => {
  it("read back the stamp written, in dist/stamp.json", () => {
    const stamp = sourceStamp(root);
    writeStamp(root, stamp);
    expect(readStamp(root)).toEqual(stamp);
  });

  it("read nothing when there is no stamp", () => {
    expect(readStamp(root)).toBeUndefined();
  });
});

describe("missingOutputs", () => {
  it.each<[string, unknown, string[]]>([
    ["every output there", { outputs: ["src/site.ts", "src/maps/plugin.ts"] }, []],
    [
      "a chunk deleted",
      { outputs: ["src/site.ts", "dist/chunks/gone.js"] },
      ["dist/chunks/gone.js"],
    ],
    [
      "the entry and a chunk deleted",
      { outputs: ["dist/cli/build.js", "dist/chunks/a.js"] },
      ["dist/chunks/a.js", "dist/cli/build.js"],
    ],
    ["a stamp that lists no outputs", { files: {} }, []],
    ["no stamp", undefined, []],
  ])("%s", (_case, stamp, missing) => {
    expect(missingOutputs(root, stamp as { outputs?: unknown })).toEqual(missing);
  });
});
