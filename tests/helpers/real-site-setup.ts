/**
 * Vitest global setup: builds the real site (the real `posts/`) once per project and provides its
 * result to the tests as `realSite`; removes its temporary project when the project's tests end.
 */
import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { buildSite, type BuiltSite } from "./build-site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    realSite: BuiltSite;
  }
}

export default function setup(project: TestProject): () => void {
  const site = buildSite();
  project.provide("realSite", site);
  return () => rmSync(site.root, { recursive: true, force: true, maxRetries: 3 });
}
