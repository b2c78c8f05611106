import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { unsafeOutput } from "../../../src/cli/output-folder.ts";

const root = mkdtempSync(path.join(tmpdir(), "dispatch-output-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("unsafeOutput", () => {
  it.each([
    ["_site", undefined],
    ["public/site", undefined],
    ["../elsewhere", undefined],
    [".", "it is the project itself"],
    ["posts", "it is or is inside posts/"],
    ["src/out", "it is or is inside src/"],
    ["node_modules/.cache/site", "it is or is inside node_modules/"],
    ["dist", "it is or is inside dist/"],
    ["scripts", "it is or is inside scripts/"],
    ["bench", "it is or is inside bench/"],
    [".cache", "it is or is inside .cache/"],
    [".ci", "it is or is inside .ci/"],
  ])("%s: %s", (output, reason) => {
    expect(unsafeOutput(output, "/project")).toBe(reason);
  });

  it("refuses a folder that contains the project", () => {
    expect(unsafeOutput("..", "/project/sub")).toBe("it contains posts/");
  });

  it.each<[string, (folder: string) => void, string | undefined]>([
    ["an existing file", (f) => writeFileSync(f, "notes"), "it is a file"],
    [
      "a folder of someone's documents",
      (f) => {
        mkdirSync(f);
        writeFileSync(path.join(f, "thesis.txt"), "precious");
      },
      "it is a folder that holds something other than a built site (no index.html)",
    ],
    [
      "a site built before",
      (f) => {
        mkdirSync(f);
        writeFileSync(path.join(f, "index.html"), "<!doctype html>");
      },
      undefined,
    ],
    ["an empty folder", (f) => mkdirSync(f), undefined],
    ["a folder not there yet", () => undefined, undefined],
  ])("outside the project, %s: %s", (name, make, reason) => {
    const folder = path.join(root, name.replaceAll(/\W+/g, "-"));
    make(folder);
    expect(unsafeOutput(folder, path.join(root, "project"))).toBe(reason);
  });

  it("refuses a file named _site, the default output", () => {
    const project = path.join(root, "with-site-file");
    mkdirSync(project, { recursive: true });
    writeFileSync(path.join(project, "_site"), "my notes");
    expect(unsafeOutput("_site", project)).toBe("it is a file");
  });

  it("replaces the default _site whatever it holds", () => {
    const project = path.join(root, "with-site");
    mkdirSync(path.join(project, "_site"), { recursive: true });
    writeFileSync(path.join(project, "_site/leftover.txt"), "from a failed test");
    expect(unsafeOutput("_site", project)).toBeUndefined();
  });
});
