/** Catching the import's errors in tests. */
import { ImportError } from "../../src/import/export/import-error.ts";

/** The {@link ImportError} `run` throws: its message as printed, and its problems. */
export function importErrorOf(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("nothing was thrown");
}
