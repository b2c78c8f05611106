/**
 * What the global setups of one test run share: its temporary folder and the real site's build.
 * Vitest runs the global setups of the build and browser projects before the root one, each
 * through its own module loader, so their state lives on `globalThis` (the main process is the
 * same): whichever setup starts first creates the folder, and the last to end removes it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BuiltSite } from "./build-site.ts";

/** The run's shared state. */
interface TestRun {
  /** The run's temporary folder, `TMPDIR` while the run lasts. */
  folder: string;
  /** `TMPDIR` before the run, put back when it ends. */
  previousTmpdir: string | undefined;
  /** Global setups that have entered and not yet left. */
  users: number;
  /** The real site, built by the first setup that needs it. */
  realSite?: Promise<BuiltSite>;
  /** The real site built under the path prefix `/basra-blog/`, built beside it. */
  realSiteUnderPrefix?: Promise<BuiltSite>;
}

const key = Symbol.for("dispatch.tests.test-run");
const shared = globalThis as { [key]?: TestRun };

/**
 * Enters the run: the first caller creates its temporary folder and points `TMPDIR` at it
 * (`os.tmpdir()` reads it in the test workers and in every build they start).
 * @returns the run's state and the function that leaves it; the last to leave removes the
 *   folder with everything in it and puts `TMPDIR` back
 */
export function enterTestRun(): { run: TestRun; leave: () => void } {
  if (!shared[key]) {
    const previousTmpdir = process.env.TMPDIR;
    const folder = mkdtempSync(path.join(tmpdir(), "dispatch-test-run-"));
    process.env.TMPDIR = folder;
    shared[key] = { folder, previousTmpdir, users: 0 };
  }
  const run = shared[key];
  run.users += 1;
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    run.users -= 1;
    if (run.users > 0) return;
    rmSync(run.folder, { recursive: true, force: true, maxRetries: 3 });
    if (run.previousTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = run.previousTmpdir;
    delete shared[key];
  };
  return { run, leave };
}
