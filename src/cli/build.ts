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
import { Eleventy } from "@11ty/eleventy";
import { findContentError } from "../errors.ts";
import { normalizePathPrefix } from "../site.ts";
import { writeLastBuild } from "./last-build.ts";

/** Eleventy's error printer, buffered so that content errors can be printed our way instead. */
class BufferedLogger {
  readonly lines: string[] = [];
  message(message: string): void {
    this.lines.push(message);
  }
}

/** Options of {@link runBuild}. */
export interface BuildOptions {
  /**
   * Project root holding `posts/`, `pages/`, `layouts/`.
   * @default "."
   */
  input?: string;
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
 * Runs one build and returns the process exit code: 0 on success, 1 on failure.
 * Prints problems on stderr; prints one summary line on success.
 */
export async function runBuild(options: BuildOptions = {}): Promise<number> {
  const output = options.output ?? "_site";
  const staging = `${output}.building`;
  await rm(staging, { recursive: true, force: true });
  const pathPrefix = normalizePathPrefix(options.pathPrefix ?? "/");
  // Site settings (src/site.ts) read the prefix from here when Eleventy loads the config.
  process.env.DISPATCH_PATH_PREFIX = pathPrefix;
  const eleventy = new Eleventy(options.input ?? ".", staging, {
    configPath: ".eleventy.ts",
    quietMode: true,
    pathPrefix,
  });
  const errors = new BufferedLogger();
  eleventy.errorHandler.logger = errors;
  try {
    await eleventy.write();
    await swapIn(staging, output);
    writeLastBuild({ output, pathPrefix });
    return 0;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const contentError = findContentError(error);
    if (!contentError) {
      console.error(errors.lines.join("\n") || error);
      return 1;
    }
    for (const line of contentError.message.split("\n")) console.error(line);
    const count = contentError.problems.length;
    console.error(
      `Build failed: ${count} problem${count === 1 ? "" : "s"} in content; ${output}/ was left as it was.`,
    );
    return 1;
  }
}

const { values } = parseArgs({
  options: {
    pathprefix: { type: "string", default: process.env.DISPATCH_PATH_PREFIX ?? "/" },
    output: { type: "string", default: "_site" },
  },
});
process.exitCode = await runBuild({ pathPrefix: values.pathprefix, output: values.output });
