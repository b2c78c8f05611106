import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, runVerify } from "../../helpers/build-site.ts";
import type { LastBuild } from "../../../src/cli/last-build.ts";

/** A folder holding a one-page `_site/` and the record of what built it. */
function builtBy(record: LastBuild | undefined): string {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-verify-"));
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"), "dir");
  mkdirSync(path.join(root, "_site"));
  writeFileSync(
    path.join(root, "_site/index.html"),
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Home</title>\n</head>\n<body>\n<main><h1>Home</h1></main>\n</body>\n</html>\n',
  );
  if (record) {
    mkdirSync(path.join(root, ".cache"));
    writeFileSync(path.join(root, ".cache/last-build.json"), JSON.stringify(record));
  }
  return root;
}

describe("npm run verify and what built _site/", () => {
  it("refuses a site the dev server built, with the fix", () => {
    const verify = runVerify(
      builtBy({ output: "_site", pathPrefix: "/", by: "serve", drafts: true }),
    );
    expect(verify.stderr).toBe(
      "verify: _site/ was built by the dev server (npm start): it holds drafts and scheduled posts, and deploying it would publish them. Fix: run npm run build, then npm run verify.\n",
    );
    expect(verify.exitCode).toBe(1);
  });

  it("checks a preview built with DISPATCH_DRAFTS=1, with a warning first", () => {
    const verify = runVerify(
      builtBy({ output: "_site", pathPrefix: "/", by: "build", drafts: true }),
    );
    expect(verify.stderr.split("\n")[0]).toBe(
      "verify: warning: _site/ was built with DISPATCH_DRAFTS=1: it holds drafts and scheduled posts; deploy it only as a private preview, or run npm run build for the public site.",
    );
    expect(`${verify.stdout}${verify.stderr}`).toMatch(/^verify: .*\(path prefix \/\)\.$/m);
  });

  it("checks a site npm run build wrote, and one with an older record (no by)", () => {
    for (const record of [
      { output: "_site", pathPrefix: "/", by: "build", drafts: false } as const,
      { output: "_site", pathPrefix: "/" },
    ]) {
      const verify = runVerify(builtBy(record));
      expect(`${verify.stdout}${verify.stderr}`).toMatch(/^verify: .*\(path prefix \/\)\.$/m);
      expect(verify.stderr).not.toContain("dev server");
      expect(verify.stderr).not.toContain("DISPATCH_DRAFTS");
    }
  });
});
