/**
 * What the last successful `npm run build` wrote and under which path prefix, kept in
 * `.cache/last-build.json` (ignored by git) so that `npm run verify` checks that site as built.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** One build's record. */
export interface LastBuild {
  /** Output folder, relative to the project root, e.g. `_site`. */
  output: string;
  /** Path prefix the site was built for, e.g. `/basra-blog/`. */
  pathPrefix: string;
}

const recordFile = path.join(".cache", "last-build.json");

/** Records a successful build. */
export function writeLastBuild(build: LastBuild): void {
  mkdirSync(path.dirname(recordFile), { recursive: true });
  writeFileSync(recordFile, `${JSON.stringify(build, null, 2)}\n`);
}

/** Returns the last build's record, or `undefined` when there is none. */
export function readLastBuild(): LastBuild | undefined {
  try {
    return JSON.parse(readFileSync(recordFile, "utf8")) as LastBuild;
  } catch {
    return undefined;
  }
}
