import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  firstTemplateAt,
  gnuTime,
  outputTail,
  readMaxRss,
  runMeasured,
} from "../../../bench/measure.ts";
import { projectRoot } from "../../helpers/build-site.ts";

describe("firstTemplateAt", () => {
  it.each([
    ["the line alone", "dispatch-timing first-template 1765100000123\n", 1765100000123],
    [
      "among Eleventy's lines",
      "[11ty] Writing ./_site/index.html\ndispatch-timing first-template 1765100000456\n[11ty] Wrote 3 files\n",
      1765100000456,
    ],
    [
      "with a fraction of a millisecond",
      "dispatch-timing first-template 1765100000123.75\n",
      1765100000123.75,
    ],
    [
      "at the end without a newline",
      "x\ndispatch-timing first-template 1765100000789",
      1765100000789,
    ],
    ["with a carriage return", "dispatch-timing first-template 1765100000001\r\n", 1765100000001],
    [
      "the first of two (a dev server's rebuild prints it again)",
      "dispatch-timing first-template 1765100000001\ndispatch-timing first-template 1765100009999\n",
      1765100000001,
    ],
  ])("reads %s", (_, stderr, expected) => {
    expect(firstTemplateAt(stderr)).toBe(expected);
  });

  it.each([
    ["no line", "[11ty] Wrote 3 files in 0.2 seconds\n"],
    ["an empty output", ""],
    ["another timing", "dispatch-timing config-loaded 1765100000123\n"],
    ["no number", "dispatch-timing first-template soon\n"],
    ["the words inside another line", "echo dispatch-timing first-template 1765100000123\n"],
  ])("gives undefined for %s", (_, stderr) => {
    expect(firstTemplateAt(stderr)).toBeUndefined();
  });
});

describe("readMaxRss", () => {
  it.each([
    [
      "a build's output then GNU time's line",
      "[11ty] Wrote 3 files\ndispatch-bench-maxrss 502112\n",
      "[11ty] Wrote 3 files\n",
      502112 * 1024,
    ],
    [
      "a failed command",
      "build: boom\nCommand exited with non-zero status 1\ndispatch-bench-maxrss 81234\n",
      "build: boom\n",
      81234 * 1024,
    ],
    [
      "a command stopped by a signal",
      "Command terminated by signal 15\ndispatch-bench-maxrss 1000\n",
      "",
      1000 * 1024,
    ],
    ["no GNU time line", "[11ty] Wrote 3 files\n", "[11ty] Wrote 3 files\n", Number.NaN],
  ])("reads %s", (_, stderr, rest, bytes) => {
    expect(readMaxRss(stderr)).toEqual({ stderr: rest, maxRssBytes: bytes });
  });
});

describe("outputTail", () => {
  it("keeps the last lines of stdout and stderr together", () => {
    expect(outputTail({ stdout: "a\nb\n", stderr: "c\nd\n" }, 3)).toBe("b\nc\nd");
  });
});

describe("runMeasured", () => {
  // A stand-in for a build: prints the signal on stderr with its own clock, then exits.
  const build = (code: number, signal: boolean) => [
    "-e",
    `${signal ? "console.error('dispatch-timing first-template ' + Date.now());" : ""}console.log('built');process.exit(${code})`,
  ];

  it("times a command, reads its first template and its peak memory", async () => {
    const run = await runMeasured(process.execPath, build(0, true), { cwd: projectRoot });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe("built\n");
    expect(run.stderr).not.toContain("dispatch-bench-maxrss");
    expect(run.firstTemplateMs).toBeGreaterThan(0);
    expect(run.firstTemplateMs).toBeLessThanOrEqual(run.ms);
    if (existsSync(gnuTime)) expect(run.maxRssBytes).toBeGreaterThan(10 * 1024 ** 2);
    else expect(run.maxRssBytes).toBeNaN();
  });

  it("says no signal, and keeps the exit code, for a build that printed none and failed", async () => {
    const run = await runMeasured(process.execPath, build(3, false), { cwd: projectRoot });
    expect(run.exitCode).toBe(3);
    expect(run.firstTemplateMs).toBeNaN();
    expect(run.stderr).toBe("");
  });

  it("passes the extra environment to the command", async () => {
    const run = await runMeasured(
      process.execPath,
      ["-e", "console.log(process.env.DISPATCH_TIMING, process.env.npm_lifecycle_event)"],
      { cwd: projectRoot, env: { DISPATCH_TIMING: "1" } },
    );
    expect(run.stdout).toBe("1 undefined\n");
  });
});
