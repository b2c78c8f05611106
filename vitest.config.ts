// Vitest: https://vitest.dev/config/ . Three projects, run together by `npm test`:
// unit (pure functions), build (the real generator on fixture and real posts), browser (Chromium).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // A temporary folder per run, removed at its end (tests/helpers/temporary-folder.ts).
    globalSetup: ["tests/helpers/temporary-folder.ts"],
    projects: [
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        test: {
          name: "build",
          include: ["tests/build/**/*.test.ts"],
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
