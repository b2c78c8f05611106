/**
 * What last wrote the output folder, `npm run build` or the dev server (`npm start`), and under
 * which path prefix, kept in `.cache/last-build.json` (ignored by git) so that `npm run verify`
 * checks that site as built and refuses a dev-server build, which holds drafts.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** One build's record. */
export interface LastBuild {
  /** Output folder, relative to the project root, e.g. `_site`. */
  output: string;
  /** Path prefix the site was built for, e.g. `/basra-blog/`. */
  pathPrefix: string;
  /**
   * What built it: `build` (`npm run build`) or `serve` (the dev server, `npm start`, whose site
   * holds drafts and scheduled posts and must not be deployed). A record written before this
   * field existed is read as `build`.
   * @default "build"
   */
  by?: "build" | "serve";
  /**
   * True when drafts and scheduled posts are in it: always for the dev server, and for
   * `DISPATCH_DRAFTS=1 npm run build` (a private preview).
   * @default false
   */
  drafts?: boolean;
}

const recordFile = path.join(".cache", "last-build.json");

/** Records what wrote the output folder: a successful build, or the dev server as it starts. */
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
