/**
 * `npm run build [-- --pathprefix=/basra-blog/]`: builds the site with Eleventy into a fresh folder beside the output and swaps
 * it in only when the whole build succeeded, so a failed build leaves the previous `_site/` as it
 * was and never half a site. An author's mistake (bad front matter, bad map data) prints one line
 * per problem, `file:line: what. Fix: how`, and exits 1 with no stack trace; any other failure is
 * a bug in Dispatch and prints in full.
 */
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { parseArgs } from "node:util";
import { normalizePathPrefix, site } from "../site.ts";
import { formatProblem, type ContentProblem } from "../errors.ts";
import { checkSettings, formatSettingsWarning } from "./settings-gate.ts";
import { buildWarnings } from "./build-warnings.ts";
import type { Eleventy } from "@11ty/eleventy";
import { createEleventy, reportFailure } from "./eleventy.ts";
import { writeLastBuild } from "./last-build.ts";
import { indexSite } from "../search/index-site.ts";
import { outputWritesSettled } from "../shared/output-writes.ts";
import { normalizeOutput, unsafeOutput } from "./output-folder.ts";
import { holdOutput } from "./build-lock.ts";

/** Options of {@link runBuild}. */
export interface BuildOptions {
  /**
   * Output folder, replaced whole on success.
   * @default "_site"
   */
  output?: string;
  /**
   * Path the site will be served under, e.g. `/basra-blog/`.
   * @default "/"
   */
  pathPrefix?: string;
  /**
   * Build without the persistent build cache (`.cache/dispatch/`): nothing read from it or
   * written to it.
   * @default false
   */
  noCache?: boolean;
}

/** What Eleventy's console logger is given for a line it prints whatever the quiet mode. */
interface LogOptions {
  message: string;
  force?: boolean;
}

/**
 * Holds back the line Eleventy prints at the end of every write, `[11ty] Copied 7 Wrote 37
 * files in 1.2 seconds`, the only one it logs with `force`: a build prints it once the whole
 * build (search index, swap) has succeeded, and a failed build never says it wrote files.
 * @returns a function that prints the held-back line
 */
function holdSummary(eleventy: Eleventy): () => void {
  const logger = eleventy.logger as unknown as { logWithOptions(options: LogOptions): void };
  const log = logger.logWithOptions.bind(logger);
  const held: LogOptions[] = [];
  logger.logWithOptions = (options) => {
    if (options.force) held.push(options);
    else log(options);
  };
  return () => {
    for (const options of held.splice(0)) log(options);
  };
}

/** Replaces `output` with `staging` in two renames, then deletes the old site. */
async function swapIn(staging: string, output: string): Promise<void> {
  const previous = `${output}.previous`;
  await rm(previous, { recursive: true, force: true });
  if (existsSync(output)) await rename(output, previous);
  await rename(staging, output);
  await rm(previous, { recursive: true, force: true });
}

/**
 * Runs one build of the project in the working directory and returns the process exit code:
 * 0 on success, 1 on failure. Prints problems on stderr. One build of an output folder runs at a
 * time (`src/cli/build-lock.ts`): a second waits for the first, and none starts while the dev
 * server serves the folder.
 */
export async function runBuild(options: BuildOptions = {}): Promise<number> {
  // Settings that are wrong (src/site.ts, DISPATCH_SITE_URL) stop the build before anything.
  const settings = checkSettings();
  if (settings.errors.length > 0) {
    for (const problem of settings.errors) console.error(formatProblem(problem));
    return 1;
  }
  const lock = await holdOutput(options.output ?? "_site", "build");
  if (!lock) return 1;
  try {
    return await buildHoldingLock(options, settings.warnings);
  } finally {
    lock.release();
  }
}

/**
 * {@link runBuild} once this process holds the output folder's lock; `warnings` are the
 * settings' (an example tag authority), printed once the build has succeeded.
 */
async function buildHoldingLock(
  options: BuildOptions,
  warnings: readonly ContentProblem[],
): Promise<number> {
  const output = options.output ?? "_site";
  const staging = `${output}.building`;
  await rm(staging, { recursive: true, force: true });
  const pathPrefix = normalizePathPrefix(options.pathPrefix ?? "/");
  // Site settings (src/site.ts) read the prefix from here when Eleventy loads the config.
  process.env.DISPATCH_PATH_PREFIX = pathPrefix;
  // The configuration (.eleventy.ts) opens the build cache, or not, from here.
  if (options.noCache) process.env.DISPATCH_NO_CACHE = "1";
  try {
    const eleventy = createEleventy({ output: staging, pathPrefix, runMode: "build" });
    const printSummary = holdSummary(eleventy);
    await eleventy.write();
    // Search: Pagefind indexes the staging folder; a failed index fails the build.
    await indexSite(staging);
    await swapIn(staging, output);
    printSummary();
    writeLastBuild({
      output,
      pathPrefix,
      by: "build",
      drafts: process.env.DISPATCH_DRAFTS === "1",
    });
    for (const warning of buildWarnings({ url: site.url, pathPrefix })) console.warn(warning);
    for (const warning of warnings) console.warn(formatSettingsWarning(warning));
    if (pathPrefix !== "/") console.log(`Built ${output}/ for the path prefix ${pathPrefix}`);
    return 0;
  } catch (error) {
    // The author's problem first: cleaning up must never hide it.
    reportFailure(error, `${output}/ was left as it was`);
    await outputWritesSettled();
    await removeStaging(staging);
    return 1;
  }
}

/**
 * Removes the staging folder of a failed build. Eleventy may still be writing pages it began
 * before the failure (and so recreating folders, or making `rm` fail with ENOTEMPTY): remove
 * again until the folder stays gone, for at most about two seconds; whatever is left then is
 * removed by the next build before it starts.
 */
async function removeStaging(staging: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    await rm(staging, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (!existsSync(staging)) return;
  }
}

let args;
try {
  args = parseArgs({
    options: {
      // `npm run build --pathprefix=/x/` (without --) reaches us as npm_config_pathprefix.
      pathprefix: {
        type: "string",
        default: process.env.npm_config_pathprefix ?? process.env.DISPATCH_PATH_PREFIX ?? "/",
      },
      output: { type: "string", default: "_site" },
      "no-cache": { type: "boolean", default: false },
    },
  }).values;
  args.output = normalizeOutput(args.output);
  normalizePathPrefix(args.pathprefix);
  const unsafe = unsafeOutput(args.output);
  if (unsafe)
    throw new Error(
      `--output=${args.output} would be replaced whole, but ${unsafe}; choose a folder of its own such as _site`,
    );
} catch (error) {
  console.error(
    `build: ${(error as Error).message}\nUsage: npm run build [-- --pathprefix=/sub-path/] [--output=_site] [--no-cache]`,
  );
  process.exit(2);
}
process.exitCode = await runBuild({
  pathPrefix: args.pathprefix,
  output: args.output,
  noCache: args["no-cache"],
});
