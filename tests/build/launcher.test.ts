/**
 * The launcher every npm script goes through (`scripts/dispatch.mjs`): it runs the compiled
 * commands, and compiles again first when a source changed since, or when nothing was compiled.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  buildProject,
  dispatchArgs,
  makeProject,
  overrideSiteSettings,
  projectRoot,
  readPage,
} from "../helpers/build-site.ts";

const fixture = path.join(projectRoot, "tests/fixtures/posts/plain-markdown");

describe("the launcher", () => {
  it("builds with a setting changed in src/site.ts after the last compile", () => {
    const root = makeProject({ posts: fixture });
    const first = buildProject(root);
    expect(first.exitCode).toBe(0);
    expect(readPage(first.output, "/").title).toMatch(/Dispatch/);
    const compiled = readFileSync(path.join(root, "dist/stamp.json"), "utf8");

    overrideSiteSettings(root, { title: "The Basra Desk" });
    const second = buildProject(root);
    expect(second.exitCode).toBe(0);
    expect(readPage(second.output, "/").title).toMatch(/The Basra Desk/);
    expect(readPage(second.output, "/").title).not.toMatch(/Dispatch/);
    // Compiled again, quietly: nothing printed when stderr is not a terminal.
    expect(readFileSync(path.join(root, "dist/stamp.json"), "utf8")).not.toBe(compiled);
    expect(second.stderr).toBe("");
  });

  it("compiles a project copied without dist/ before building it", () => {
    const root = makeProject({ posts: fixture });
    rmSync(path.join(root, "dist"), { recursive: true, force: true });
    const site = buildProject(root, { args: ["--pathprefix=/desk/"] });
    expect(site.exitCode).toBe(0);
    expect(existsSync(path.join(root, "dist/cli/build.js"))).toBe(true);
    expect(existsSync(path.join(root, "dist/stamp.json"))).toBe(true);
    expect(site.stdout).toContain("Built _site/ for the path prefix /desk/");
  });

  it("says to run npm ci, without a stack trace, when a package the lock file names is missing", () => {
    const root = makeProject({ posts: fixture });
    // As after a pull that added a dependency: the compiled command imports a package not installed.
    const command = path.join(root, "dist/cli/build.js");
    writeFileSync(
      command,
      `import "dispatch-package-not-installed";\n${readFileSync(command, "utf8")}`,
    );
    const site = buildProject(root);
    expect(site.exitCode).toBe(1);
    expect(site.stderr).toBe(
      "dispatch: the package dispatch-package-not-installed is not installed (package-lock.json names packages node_modules/ does not have). Fix: run npm ci\n",
    );
  });

  it("stops with the file and line of a source that does not compile, and builds nothing", () => {
    const root = makeProject({ posts: fixture, previousOutput: { "index.html": "previous" } });
    const file = path.join(root, "src/site.ts");
    writeFileSync(file, `${readFileSync(file, "utf8")}\nsite.title = ;\n`);
    const site = buildProject(root);
    expect(site.exitCode).toBe(1);
    expect(site.stderr).toMatch(
      /^Dispatch's TypeScript does not compile:\nsrc\/site\.ts:\d+:\d+: /,
    );
    expect(site.stderr).not.toContain("    at ");
    expect(readFileSync(path.join(site.output, "index.html"), "utf8")).toBe("previous");
  });

  it.each([[["bild"]], [[]]])("prints the usage for the command %j, exit 2", (args) => {
    const result = spawnSync(process.execPath, dispatchArgs(projectRoot, args[0] ?? ""), {
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^dispatch: (unknown command "bild"|no command)\nUsage: node scripts\/dispatch\.mjs <build\|serve\|verify\|new\|import-wordpress\|screenshot> \[args…\]\n$/,
    );
  });
});
