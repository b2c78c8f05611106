/**
 * Vitest global setup: every test run gets a temporary folder of its own (`TMPDIR`, which
 * `os.tmpdir()` reads in the test workers and in the builds they start), removed with everything
 * in it when the run ends, so tests leave nothing in the machine's temporary folder.
 */
import { enterTestRun } from "./test-run.ts";

/** Points TMPDIR at the run's folder; returns the teardown that removes it (tests/helpers/test-run.ts). */
export default function setup(): () => void {
  return enterTestRun().leave;
}
