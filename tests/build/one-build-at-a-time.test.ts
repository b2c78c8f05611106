/**
 * One build of a project's `_site/` at a time (src/cli/build-lock.ts): a second build waits for
 * the first and both leave the whole site; a build never starts while the dev server serves the
 * folder. (A lock left by a killed build is recovered: tests/unit/cli/build-lock.test.ts.)
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildProject, dispatchArgs, makeProject, projectRoot } from "../helpers/build-site.ts";

const fixtures = path.join(projectRoot, "tests/fixtures/posts");

/** Starts `npm run build` in `root`; `stderr` grows as the build prints. */
function startBuild(root: string) {
  const child = spawn(process.execPath, dispatchArgs(root, "build"), {
    cwd: root,
    env: process.env,
  });
  const run = { stderr: "", stdout: "", exitCode: undefined as number | null | undefined };
  child.stderr.on("data", (chunk: Buffer) => (run.stderr += chunk.toString()));
  child.stdout.on("data", (chunk: Buffer) => (run.stdout += chunk.toString()));
  const exited = new Promise<typeof run>((resolve) =>
    child.on("close", (code) => {
      run.exitCode = code;
      resolve(run);
    }),
  );
  return { run, exited };
}

/** Resolves once `condition` holds, checking as output arrives. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

function siteFiles(root: string): string[] {
  return readdirSync(path.join(root, "_site"), { recursive: true, encoding: "utf8" }).sort();
}

function writeLock(root: string, by: "build" | "serve"): void {
  writeFileSync(
    path.join(root, "_site.lock"),
    JSON.stringify({ pid: process.pid, host: hostname(), by, started: "2026-12-07T05:02:11.000Z" }),
  );
}

describe("builds of one project started while another holds _site/", () => {
  const root = makeProject({
    posts: path.join(fixtures, "page-clash"),
    previousOutput: { "index.html": "the previous site" },
  });

  it("stops at once, with the fix, while the dev server serves _site/", () => {
    writeLock(root, "serve");
    const site = buildProject(root);
    expect(site.exitCode).toBe(1);
    expect(site.stderr).toBe(
      `build: the dev server (npm start, pid ${process.pid}, started 05:02:11 UTC) is serving _site/, which a build would replace under it; stop the dev server first (Ctrl-C in its terminal), or build into another folder: npm run build -- --output=public\n`,
    );
    expect(readFileSync(path.join(root, "_site/index.html"), "utf8")).toBe("the previous site");
    rmSync(path.join(root, "_site.lock"));
  });

  let files: string[] = [];
  it("waits for a running build, saying so in one line, then builds and frees the lock", async () => {
    writeLock(root, "build");
    const { run, exited } = startBuild(root);
    await until(() => run.stderr.includes("\n") || run.exitCode !== undefined);
    expect(run.stderr).toBe(
      `Waiting for another build of _site/ to finish (pid ${process.pid}, started 05:02:11 UTC)…\n`,
    );
    rmSync(path.join(root, "_site.lock"));
    const done = await exited;
    expect(done.exitCode).toBe(0);
    expect(existsSync(path.join(root, "_site.lock"))).toBe(false);
    files = siteFiles(root);
    expect(files).toContain("about/index.html");
    expect(files).toContain("pagefind/pagefind.js");
  });

  // The same build shows that front matter reaches Eleventy through Dispatch's engines
  // (src/content/engine-guard.ts), which give every post its layout without a data file.
  it("lays out posts written in YAML and in JSON front matter with the post layout", () => {
    for (const page of ["about/index.html", "posts/written-in-json/index.html"]) {
      const html = readFileSync(path.join(root, "_site", page), "utf8");
      expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
      expect(html).toMatch(/<article[\s>]/);
    }
  });

  it("two builds started together both succeed and leave the whole site, no staging folder", async () => {
    const [first, second] = await Promise.all([startBuild(root).exited, startBuild(root).exited]);
    expect([first.exitCode, second.exitCode]).toEqual([0, 0]);
    expect(`${first.stderr}${second.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(siteFiles(root)).toEqual(files);
    expect(existsSync(path.join(root, "_site.building"))).toBe(false);
    expect(existsSync(path.join(root, "_site.lock"))).toBe(false);
  });
});
