// Vitest: https://vitest.dev/config/ . Three projects, run together by `npm test`:
// unit (pure functions), build (the real generator on fixture and real posts), browser (Chromium).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // A temporary folder per run, removed at its end (tests/helpers/test-run.ts).
    globalSetup: ["tests/helpers/temporary-folder.ts"],
    // One test file per core at once (Vitest's default leaves a core idle: on two cores it runs
    // one file at a time); build and browser tests mostly wait on the builds and the Chromium
    // they start, which then use the cores.
    maxWorkers: "100%",
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          // The unit test files share their workers' loaded modules instead of importing
          // Dispatch again for each file (most of a unit run's time): they hold no state
          // between files (they pass in any order: `npx vitest run --project unit
          // --sequence.shuffle`). A few start the CLIs, which take seconds on a loaded machine.
          isolate: false,
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "build",
          include: ["tests/build/**/*.test.ts"],
          // The real site, built once per run for both projects (tests/helpers/real-site-setup.ts).
          globalSetup: ["tests/helpers/real-site-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["tests/helpers/real-site-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
