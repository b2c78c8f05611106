/**
 * Vitest global setup of the build and browser projects: builds the real site (the real `posts/`)
 * once per run, whichever project starts first, inside the run's temporary folder, and provides
 * it to the tests as `realSite`. The folder and the site are removed when the run ends.
 */
import type { TestProject } from "vitest/node";
import type { BuiltSite } from "./build-site.ts";
import { buildSite, compileIfStale } from "./build-site.ts";
import { enterTestRun } from "./test-run.ts";

declare module "vitest" {
  export interface ProvidedContext {
    realSite: BuiltSite;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const { run, leave } = enterTestRun();
  await compileIfStale();
  run.realSite ??= buildSite();
  project.provide("realSite", run.realSite);
  return leave;
}
