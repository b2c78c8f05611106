/**
 * Vitest global setup: every test run gets a temporary folder of its own (`TMPDIR`, which
 * `os.tmpdir()` reads in the test workers and in the builds they start), removed with everything
 * in it when the run ends, so tests leave nothing in the machine's temporary folder.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Points TMPDIR at a new folder; returns the teardown that removes it. */
export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const folder = mkdtempSync(path.join(tmpdir(), "dispatch-test-run-"));
  process.env.TMPDIR = folder;
  return () => {
    rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  };
}
