/**
 * The benchmark's temporary projects (`/tmp/dispatch-bench-*`, `/tmp/dispatch-build-*`) and the
 * child processes working in them, so that Ctrl-C (SIGINT) or SIGTERM stops the children and
 * removes the folders instead of leaving gigabytes behind in the temporary folder.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { authorEnvironment } from "./author-environment.ts";
import { makeProject, type BuildSiteOptions, type BuiltSite } from "../tests/helpers/build-site.ts";

const folders = new Set<string>();
const children = new Set<ChildProcess>();
/** Children spawned `detached` as the leaders of their own process group (npm and what it runs). */
const groups = new Set<ChildProcess>();

/**
 * Notes a temporary folder to remove if the benchmark is interrupted.
 * @param folder absolute path
 * @returns `folder`, for use in an expression
 */
export function temporaryFolder(folder: string): string {
  folders.add(folder);
  return folder;
}

/**
 * Removes a temporary folder now (unless `keep`) and forgets it.
 * @param folder absolute path noted by {@link temporaryFolder}
 * @param keep leave the folder on disk (`--keep`); it is still forgotten
 */
export function removeFolder(folder: string, keep = false): void {
  folders.delete(folder);
  if (!keep) rmSync(folder, { recursive: true, force: true });
}

/** The folders still noted, oldest first (for tests and messages). */
export function temporaryFolders(): string[] {
  return [...folders];
}

/**
 * Notes a child process to stop if the benchmark is interrupted; it is forgotten when it exits.
 * @param group the child was spawned `detached`, as the leader of its own process group: it is
 *   stopped with the whole group (`npm run build` runs a shell, which runs the build, which may
 *   run more processes: a signal to npm alone would leave them running)
 * @returns `child`, for use in an expression
 */
export function childProcess<Child extends ChildProcess>(child: Child, group = false): Child {
  children.add(child);
  if (group) groups.add(child);
  child.once("exit", () => {
    children.delete(child);
    groups.delete(child);
  });
  return child;
}

/**
 * Sends `signal` to a child noted by {@link childProcess}, and to its whole process group when it
 * leads one. Does nothing to a child that has already exited.
 */
export function signalChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): void {
  if ((child.exitCode ?? child.signalCode ?? null) !== null) return;
  if (groups.has(child) && child.pid !== undefined) {
    try {
      process.kill(-child.pid, signal);
      return;
    } catch {
      // The group is gone already: the child itself is tried below.
    }
  }
  child.kill(signal);
}

/**
 * Stops every noted child (SIGTERM) and removes every noted folder. Errors removing one folder
 * do not stop the others.
 * @returns the folders removed
 */
export function removeTemporary(): string[] {
  for (const child of children) signalChild(child);
  children.clear();
  groups.clear();
  const removed = [...folders];
  for (const folder of removed) {
    try {
      rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // A folder a child still holds open: the others are still removed.
    }
  }
  folders.clear();
  return removed;
}

/**
 * On SIGINT or SIGTERM, removes the temporary projects ({@link removeTemporary}), says so on
 * stderr and exits with 130 (SIGINT) or 143 (SIGTERM), as a shell reports a process stopped by it.
 */
export function removeTemporaryOnSignals(): void {
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    process.once(signal, () => {
      const removed = removeTemporary();
      console.error(
        `bench: stopped by ${signal}; removed ${removed.length} temporary folder${removed.length === 1 ? "" : "s"}`,
      );
      process.exit(code);
    });
  }
}

/**
 * `buildSite` of `tests/helpers/build-site.ts` as an author builds: the project's own
 * `npm run build` (whatever launches Dispatch), in a child process that does not block the event
 * loop so that a signal is handled while the build runs; the project's folder and the build's
 * process group are noted ({@link temporaryFolder}, {@link childProcess}).
 */
export async function buildSiteAsync(options: BuildSiteOptions = {}): Promise<BuiltSite> {
  const root = temporaryFolder(makeProject(options));
  const run = spawnCollecting("npm", ["run", "build", "--", ...(options.args ?? [])], {
    cwd: root,
    ...(options.env ? { env: options.env } : {}),
  });
  const exitCode = await new Promise<number>((resolve) =>
    run.child.on("close", (code) => resolve(code ?? -1)),
  );
  return { root, output: path.join(root, "_site"), exitCode, ...run.output() };
}

/** A command started by {@link spawnCollecting}, and what it has printed so far. */
export interface CollectingChild {
  child: ChildProcess & { stdout: NodeJS.ReadableStream; stderr: NodeJS.ReadableStream };
  output(): { stdout: string; stderr: string };
}

/**
 * Starts `file args` in `options.cwd` with the author's environment ({@link authorEnvironment})
 * plus `options.env`, leading its own process group (stopped whole by Ctrl-C, see
 * {@link childProcess}), collecting what it prints on stdout and stderr.
 */
export function spawnCollecting(
  file: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): CollectingChild {
  const child = childProcess(
    spawn(file, [...args], {
      cwd: options.cwd,
      env: authorEnvironment(process.env, options.env),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    }),
    true,
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, output: () => ({ stdout, stderr }) };
}
