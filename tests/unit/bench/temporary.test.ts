import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  childProcess,
  removeFolder,
  removeTemporary,
  temporaryFolder,
  temporaryFolders,
} from "../../../bench/temporary.ts";
import { projectRoot } from "../../helpers/build-site.ts";

const made: string[] = [];
const folder = (name: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `dispatch-bench-test-${name}-`));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("temporary folders and children", () => {
  it("removes the noted folders and stops the noted children", async () => {
    const a = temporaryFolder(folder("a"));
    const b = temporaryFolder(folder("b"));
    writeFileSync(path.join(a, "index.md"), "text");
    const child = childProcess(spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"]));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal)),
    );
    expect(temporaryFolders()).toEqual([a, b]);
    expect(removeTemporary()).toEqual([a, b]);
    expect(await exited).toBe("SIGTERM");
    expect(existsSync(a)).toBe(false);
    expect(existsSync(b)).toBe(false);
    expect(temporaryFolders()).toEqual([]);
  });

  it("keeps a folder with --keep but forgets it", () => {
    const kept = temporaryFolder(folder("kept"));
    removeFolder(kept, true);
    expect(existsSync(kept)).toBe(true);
    expect(temporaryFolders()).toEqual([]);
  });

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("on %s removes the folders and exits %d", async (signal, code) => {
    const work = folder("signal");
    const project = path.join(work, "dispatch-build-x");
    const script = path.join(work, "bench.ts");
    writeFileSync(
      script,
      [
        `import { mkdirSync } from "node:fs";`,
        `import { removeTemporaryOnSignals, temporaryFolder } from ${JSON.stringify(path.join(projectRoot, "bench/temporary.ts"))};`,
        "removeTemporaryOnSignals();",
        `mkdirSync(temporaryFolder(${JSON.stringify(project)}));`,
        'console.log("ready");',
        "setInterval(() => {}, 1000);",
      ].join("\n"),
    );
    const child = spawn(process.execPath, ["--import", "tsx", script], { cwd: projectRoot });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    expect(existsSync(project)).toBe(true);
    child.kill(signal);
    const exitCode = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe(`bench: stopped by ${signal}; removed 1 temporary folder\n`);
    expect(exitCode).toBe(code);
    expect(existsSync(project)).toBe(false);
  });
});
