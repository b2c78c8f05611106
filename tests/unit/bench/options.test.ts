import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { benchUsage, readBenchArgs } from "../../../bench/options.ts";
import { projectRoot } from "../../helpers/build-site.ts";

describe("readBenchArgs", () => {
  it("reads the defaults", () => {
    expect(readBenchArgs([])).toEqual({
      run: true,
      options: {
        sizes: [1000, 4000],
        runs: 3,
        seed: 1,
        noVerify: false,
        noLighthouse: false,
        noArchive: false,
        keep: false,
      },
    });
  });

  it("reads sizes, runs, seed and switches", () => {
    expect(
      readBenchArgs(["--posts=50,200", "--runs=1", "--seed=7", "--no-lighthouse", "--keep"]),
    ).toEqual({
      run: true,
      options: {
        sizes: [50, 200],
        runs: 1,
        seed: 7,
        noVerify: false,
        noLighthouse: true,
        noArchive: false,
        keep: true,
      },
    });
  });

  it.each([["--help"], ["-h"]])("prints the usage on stdout for %s, exit 0", (flag) => {
    expect(readBenchArgs([flag])).toEqual({ run: false, exitCode: 0, stdout: `${benchUsage}\n` });
  });

  it.each([
    ["--runs=1.5", "--runs=1.5: write a whole number of 1 or more, e.g. --runs=3"],
    ["--runs=0", "--runs=0: write a whole number of 1 or more, e.g. --runs=3"],
    ["--runs=", "--runs=: write a whole number of 1 or more, e.g. --runs=3"],
    [
      "--posts=1000,2.5",
      "--posts=1000,2.5: write whole numbers of 1 or more, e.g. --posts=1000,4000",
    ],
    ["--posts=1000,", "--posts=1000,: write whole numbers of 1 or more, e.g. --posts=1000,4000"],
    ["--seed=x", "--seed=x: write a whole number, e.g. --seed=1"],
    ["--fast", "Unknown option '--fast'"],
  ])("refuses %s with exit 2", (flag, message) => {
    expect(readBenchArgs([flag])).toEqual({
      run: false,
      exitCode: 2,
      stderr: `bench: ${message}\n${benchUsage}\n`,
    });
  });
});

describe("npm run bench -- --help", () => {
  it("prints the usage and exits 0 without running anything", () => {
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", path.join(projectRoot, "bench/run.ts"), "--help"],
      { cwd: projectRoot, encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(`${benchUsage}\n`);
    expect(result.status).toBe(0);
  });
});
