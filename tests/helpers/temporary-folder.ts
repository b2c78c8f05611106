/**
 * Vitest global setup: every test run gets a temporary folder of its own (`TMPDIR`, which
 * `os.tmpdir()` reads in the test workers and in the builds they start), removed with everything
 * in it when the run ends, so tests leave nothing in the machine's temporary folder. It also
 * compiles Dispatch (`dist/`) when a source changed, once, before any test runs a command.
 */
import { compileIfStale } from "./build-site.ts";
import { enterTestRun } from "./test-run.ts";

/**
 * Points TMPDIR at the run's folder and compiles Dispatch if stale; returns the teardown that
 * removes the folder (tests/helpers/test-run.ts).
 */
export default async function setup(): Promise<() => void> {
  const { leave } = enterTestRun();
  await compileIfStale();
  return leave;
}
