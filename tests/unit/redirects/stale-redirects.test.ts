import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { removeRedirectFiles, staleRedirectFiles } from "../../../src/redirects/plugin.ts";

describe("staleRedirectFiles", () => {
  it("lists the previous build's redirect pages this build neither redirects nor writes", () => {
    expect(
      staleRedirectFiles(
        ["old/live/index.html", "2008/03/27/basra/index.html", "old/taken/index.html", "x.html"],
        [{ outputFile: "2008/03/27/basra/index.html" }],
        // A post now published at an old alias's path: its page stays.
        ["posts/basra/index.html", "old/TAKEN/index.html"],
      ),
    ).toEqual(["old/live/index.html", "x.html"]);
  });

  it("lists nothing after a first build", () => {
    expect(staleRedirectFiles([], [{ outputFile: "old/live/index.html" }], [])).toEqual([]);
  });
});

describe("removeRedirectFiles", () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  it("removes the pages and the folders they leave empty, and nothing else", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "dispatch-redirects-"));
    roots.push(root);
    const output = path.join(root, "_site");
    for (const file of ["old/live/index.html", "old/kept/index.html", "2008/x/index.html"]) {
      mkdirSync(path.dirname(path.join(output, file)), { recursive: true });
      writeFileSync(path.join(output, file), "redirect");
    }
    writeFileSync(path.join(root, "outside.html"), "not the site's");
    await removeRedirectFiles(output, [
      "old/live/index.html",
      "2008/x/index.html",
      "../outside.html",
    ]);
    expect(existsSync(path.join(output, "old/live"))).toBe(false);
    expect(existsSync(path.join(output, "2008"))).toBe(false);
    expect(readdirSync(path.join(output, "old"))).toEqual(["kept"]);
    expect(existsSync(path.join(root, "outside.html"))).toBe(true);
    expect(readdirSync(output)).toEqual(["old"]);
  });
});
