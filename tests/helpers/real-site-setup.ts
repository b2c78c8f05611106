/**
 * Vitest global setup of the build and browser projects: builds the real site (the real `posts/`)
 * once per run, whichever project starts first, inside the run's temporary folder, and provides
 * it to the tests as `realSite`; beside it, at the same time (one build a core), the real site
 * under the path prefix `/basra-blog/` as `realSiteUnderPrefix`, which the prefix's build and
 * browser tests read without changing it. The folder and the sites are removed when the run ends.
 */
import type { TestProject } from "vitest/node";
import type { BuiltSite } from "./build-site.ts";
import { buildSiteAsync, compileIfStale } from "./build-site.ts";
import { enterTestRun } from "./test-run.ts";

declare module "vitest" {
  export interface ProvidedContext {
    realSite: BuiltSite;
    realSiteUnderPrefix: BuiltSite;
  }
}

/** The path prefix of {@link ProvidedContext.realSiteUnderPrefix}. */
export const realSitePrefix = "/basra-blog/";

export default async function setup(project: TestProject): Promise<() => void> {
  const { run, leave } = enterTestRun();
  await compileIfStale();
  run.realSite ??= buildSiteAsync();
  run.realSiteUnderPrefix ??= buildSiteAsync({ args: [`--pathprefix=${realSitePrefix}`] });
  const [realSite, realSiteUnderPrefix] = await Promise.all([
    run.realSite,
    run.realSiteUnderPrefix,
  ]);
  project.provide("realSite", realSite);
  project.provide("realSiteUnderPrefix", realSiteUnderPrefix);
  return leave;
}
