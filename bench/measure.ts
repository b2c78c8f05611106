/**
 * One command run as an author runs it (`npm run build` in a project, `hugo --quiet`), each a
 * fresh process: the time from spawn to exit, the peak memory of the largest process it ran
 * (GNU time's `%M`: the build's own Node process, not npm's), and the time to the first template
 * when the build prints the timing signal (`DISPATCH_TIMING=1`).
 */
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { spawnCollecting } from "./temporary.ts";

/** GNU time, which reports the peak resident set size of a command's whole process tree. */
export const gnuTime = "/usr/bin/time";

/** The line GNU time is told to print last on stderr: `dispatch-bench-maxrss <KiB>`. */
const maxRssFormat = "dispatch-bench-maxrss %M";

/** What one measured run did; times in milliseconds, memory in bytes. */
export interface MeasuredRun {
  /** From spawn to exit. */
  ms: number;
  /** The command's exit code (-1 when it was stopped by a signal). */
  exitCode: number;
  /**
   * Peak resident set size of the largest process the command ran (for `npm run build`, the
   * Node process that builds); `NaN` without {@link gnuTime}.
   */
  maxRssBytes: number;
  /** From spawn to the `dispatch-timing first-template` line; `NaN` when none came. */
  firstTemplateMs: number;
  stdout: string;
  /** What the command printed on stderr (GNU time's own line taken out). */
  stderr: string;
}

/**
 * Reads the timing signal of a Dispatch build: the epoch time in milliseconds on the first line
 * `dispatch-timing first-template <epoch ms>` of `stderr` (printed when `DISPATCH_TIMING=1` and
 * Eleventy starts rendering its first template), or `undefined` when no line says it.
 * `firstTemplateAt("x\ndispatch-timing first-template 1765100000123\n")` → `1765100000123`.
 */
export function firstTemplateAt(stderr: string): number | undefined {
  const match = /^dispatch-timing first-template (\d+(?:\.\d+)?)[ \t]*\r?$/m.exec(stderr);
  return match ? Number(match[1]) : undefined;
}

/**
 * Splits what a command run under GNU time printed on stderr into the command's own output and
 * the peak memory GNU time reported on its last `dispatch-bench-maxrss <KiB>` line, in bytes
 * (`NaN` when there is no such line). GNU time's `Command exited with non-zero status N` line is
 * taken out too.
 */
export function readMaxRss(stderr: string): { stderr: string; maxRssBytes: number } {
  let maxRssBytes = Number.NaN;
  const kept = stderr.split("\n").filter((line) => {
    const match = /^dispatch-bench-maxrss (\d+)$/.exec(line);
    if (match) maxRssBytes = Number(match[1]) * 1024;
    return (
      !match && !/^Command (?:exited with non-zero status|terminated by signal) \d+$/.test(line)
    );
  });
  return { stderr: kept.join("\n"), maxRssBytes };
}

/** Options of {@link runMeasured}. */
export interface RunOptions {
  /** The project folder the command runs in. */
  cwd: string;
  /** Variables added to the author's environment (`authorEnvironment` of `bench/author-environment.ts`). */
  env?: Record<string, string>;
}

/**
 * Runs `command args` in `options.cwd` (under GNU time when it is installed), waits for it to
 * exit and returns what it measured. Never rejects for a failing command: its exit code says so.
 * The command leads its own process group, stopped whole by Ctrl-C (`bench/temporary.ts`).
 * @throws Error when the command cannot be started at all (e.g. not on the PATH)
 */
export async function runMeasured(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<MeasuredRun> {
  const timed = existsSync(gnuTime);
  const [file, argv] = timed
    ? [gnuTime, ["-f", maxRssFormat, command, ...args]]
    : [command, [...args]];
  const spawnedAt = performance.timeOrigin + performance.now();
  const run = spawnCollecting(file, argv, {
    cwd: options.cwd,
    ...(options.env ? { env: options.env } : {}),
  });
  const { child } = run;
  // Timed to the exit; the output is complete at "close", once every pipe is closed.
  let ms = Number.NaN;
  child.once("exit", () => (ms = performance.timeOrigin + performance.now() - spawnedAt));
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve(code ?? -1));
  });
  const { stdout, stderr } = run.output();
  const read = timed ? readMaxRss(stderr) : { stderr, maxRssBytes: Number.NaN };
  const firstTemplate = firstTemplateAt(read.stderr);
  return {
    ms,
    exitCode,
    maxRssBytes: read.maxRssBytes,
    firstTemplateMs: firstTemplate === undefined ? Number.NaN : firstTemplate - spawnedAt,
    stdout,
    stderr: read.stderr,
  };
}

/** The last `lines` lines of a failed command's output, for a progress message. */
export function outputTail(run: Pick<MeasuredRun, "stdout" | "stderr">, lines = 15): string {
  const output = [run.stdout.trim(), run.stderr.trim()].filter((part) => part !== "");
  return output.join("\n").split("\n").slice(-lines).join("\n");
}
