/**
 * The command line of `npm run bench`, read without side effects so that every answer (usage,
 * a wrong value) is testable: `run.ts` prints what {@link readBenchArgs} returns and exits.
 */
import { parseArgs } from "node:util";

/** How to run the benchmark, as the flags say. */
export interface BenchOptions {
  /** Archive sizes, in posts: `--posts=1000,4000`. */
  sizes: number[];
  /**
   * Runs per size: builds of each kind (medians), and saves of each kind in each dev server:
   * `--runs=3`.
   */
  runs: number;
  /** Seed of the synthetic archives: `--seed=1`. */
  seed: number;
  noVerify: boolean;
  noLighthouse: boolean;
  noArchive: boolean;
  /** Keep the temporary projects. */
  keep: boolean;
}

/** The usage line, printed by `--help` and after a wrong flag. */
export const benchUsage =
  "Usage: npm run bench [-- --posts=1000,4000] [--runs=3] [--seed=1] [--no-verify] [--no-lighthouse] [--no-archive] [--keep] [--help]";

/** What the command line asks for: run with options, or print and exit with a code. */
export type BenchArgs =
  | { run: true; options: BenchOptions }
  | { run: false; exitCode: number; stdout?: string; stderr?: string };

/**
 * Reads the benchmark's flags. `--help`/`-h` gives the usage on stdout and exit 0; an unknown
 * flag or a value that is not a whole number (≥ 1 for `--posts` and `--runs`) gives a message
 * naming the flag and the usage on stderr, and exit 2.
 * @param args the arguments after the script, `process.argv.slice(2)`
 */
export function readBenchArgs(args: readonly string[]): BenchArgs {
  const fail = (message: string): BenchArgs => ({
    run: false,
    exitCode: 2,
    stderr: `bench: ${message}\n${benchUsage}\n`,
  });
  let values;
  try {
    values = parseArgs({
      args: [...args],
      options: {
        help: { type: "boolean", short: "h", default: false },
        posts: { type: "string", default: "1000,4000" },
        runs: { type: "string", default: "3" },
        seed: { type: "string", default: "1" },
        "no-verify": { type: "boolean", default: false },
        "no-lighthouse": { type: "boolean", default: false },
        "no-archive": { type: "boolean", default: false },
        keep: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
  if (values.help) return { run: false, exitCode: 0, stdout: `${benchUsage}\n` };
  const whole = (text: string) => (/^\s*[+-]?\d+\s*$/.test(text) ? Number(text) : NaN);
  const sizes = values.posts.split(",").map(whole);
  if (sizes.some((n) => !(n >= 1))) {
    return fail(
      `--posts=${values.posts}: write whole numbers of 1 or more, e.g. --posts=1000,4000`,
    );
  }
  const runs = whole(values.runs);
  if (!(runs >= 1)) {
    return fail(`--runs=${values.runs}: write a whole number of 1 or more, e.g. --runs=3`);
  }
  const seed = whole(values.seed);
  if (Number.isNaN(seed)) {
    return fail(`--seed=${values.seed}: write a whole number, e.g. --seed=1`);
  }
  return {
    run: true,
    options: {
      sizes,
      runs,
      seed,
      noVerify: values["no-verify"],
      noLighthouse: values["no-lighthouse"],
      noArchive: values["no-archive"],
      keep: values.keep,
    },
  };
}
