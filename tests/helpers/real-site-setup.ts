/**
 * Vitest global setup: builds the real site (the real `posts/`) once per project and provides its
 * result to the tests as `realSite`.
 */
import type { TestProject } from "vitest/node";
import { buildSite, type BuiltSite } from "./build-site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    realSite: BuiltSite;
  }
}

export default function setup(project: TestProject): void {
  project.provide("realSite", buildSite());
}
