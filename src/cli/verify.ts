/**
 * `npm run verify [-- --pathprefix=/basra-blog/] [--output=_site]`: checks the built site, that
 * it was not built for an example URL (`src/verify/site-url.ts`, the URL read from its
 * sitemap), and that no two posts of `posts/` share a feed id (`src/verify/feed-ids.ts`), and
 * exits 1 with a list of every problem (file, line, what). By default it checks the site the
 * last `npm run build` wrote, under the path prefix it was built with; it refuses a site the dev
 * server (`npm start`) wrote, which holds drafts.
 */
import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { contentSecurityPolicy } from "../security/csp.ts";
import { normalizePathPrefix, site } from "../site.ts";
import { parsePolicy } from "../verify/csp.ts";
import { formatProblem } from "../errors.ts";
import { duplicateFeedIds, projectFeedIds } from "../verify/feed-ids.ts";
import { siteTagAuthorityProblem } from "../feeds/feed-id.ts";
import { builtSiteUrl, exampleSiteUrlProblem } from "../verify/site-url.ts";
import { exampleTagIdProblems } from "../verify/feed-id-authority.ts";
import { settingsOrExit } from "./settings-gate.ts";
import { formatSiteProblem, verifySite } from "../verify/index.ts";
import { readLastBuild, type LastBuild } from "./last-build.ts";
import { normalizeOutput } from "./output-folder.ts";

/** One run of the command. */
export interface VerifyRun {
  /** The command's arguments: `["--pathprefix=/basra-blog/", "--output=_site"]`. */
  args: string[];
  /**
   * The folder the output folder is relative to.
   * @default process.cwd()
   */
  root?: string;
  /** What last wrote an output folder (`readLastBuild()`), or `undefined` when nothing is known. */
  record: LastBuild | undefined;
}

/** Where the command's words go. */
export interface VerifyOutput {
  /** A line for stdout. */
  log(line: string): void;
  /** A line for stderr. */
  error(line: string): void;
  /** Progress while files are checked (`index` 0-based); not called when absent. */
  progress?(index: number, total: number): void;
}

const usage = "Usage: npm run verify [-- --pathprefix=/sub-path/] [--output=_site]";

/**
 * What the record of the last build says of `output` before it is checked: a site the dev server
 * wrote is refused (it holds drafts); one built with `DISPATCH_DRAFTS=1` is checked with a warning.
 * @param output the output folder as typed, normalised (`_site`)
 * @param record the last build's record, when it wrote this folder
 */
export function recordVerdict(
  output: string,
  record: LastBuild | undefined,
): { refusal?: string; warning?: string } {
  if (record?.by === "serve") {
    return {
      refusal: `verify: ${output}/ was built by the dev server (npm start): it holds drafts and scheduled posts, and deploying it would publish them. Fix: run npm run build, then npm run verify.`,
    };
  }
  if (record?.drafts) {
    return {
      warning: `verify: warning: ${output}/ was built with DISPATCH_DRAFTS=1: it holds drafts and scheduled posts; deploy it only as a private preview, or run npm run build for the public site.`,
    };
  }
  return {};
}

/**
 * Runs `npm run verify`: reads the arguments, refuses what {@link recordVerdict} refuses, checks
 * the site under the prefix given, else the one the record names, else `/`, with the site's
 * Content-Security-Policy, and prints every problem.
 * @returns the exit code: 0 sound, 1 problems (or no site, or a dev server's site), 2 bad arguments
 */
export async function verifyCommand(run: VerifyRun, out: VerifyOutput): Promise<number> {
  let values: { pathprefix?: string; output: string };
  try {
    values = parseArgs({
      args: run.args,
      options: { pathprefix: { type: "string" }, output: { type: "string", default: "_site" } },
    }).values;
  } catch (error) {
    out.error(`verify: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const root = run.root ?? process.cwd();
  const output = normalizeOutput(values.output);
  // The prefix the output was built for, when the last build wrote this folder.
  const { record: last } = run;
  const record =
    last && path.resolve(root, last.output) === path.resolve(root, output) ? last : undefined;
  const pathPrefix = normalizePathPrefix(values.pathprefix ?? record?.pathPrefix ?? "/");
  if (!existsSync(path.resolve(root, output))) {
    out.error(`verify: there is no ${output}/ to check; run npm run build first.`);
    return 1;
  }
  const { refusal, warning } = recordVerdict(output, record);
  if (refusal) {
    out.error(refusal);
    return 1;
  }
  if (warning) out.error(warning);
  const policy = parsePolicy(contentSecurityPolicy(site, "header"));
  // The URL the site was built for, read from its sitemap; the settings' when it has none.
  const built = builtSiteUrl(path.resolve(root, output));
  const siteUrl = built?.url ?? site.url;
  const problems = await verifySite(
    path.resolve(root, output),
    pathPrefix,
    out.progress && ((_file, index, total) => out.progress?.(index, total)),
    policy,
    siteUrl,
  );
  // Posts sharing a feed id: read from the posts' sources, since feeds list only the newest.
  const idSite = { url: siteUrl, tagAuthority: site.tagAuthority, timeZone: site.timeZone };
  const authority = siteTagAuthorityProblem(idSite);
  const sharedIds = authority ? [authority] : duplicateFeedIds(projectFeedIds(root, idSite));
  return report(
    [
      ...[
        ...exampleSiteUrlProblem(built, pathPrefix),
        ...exampleTagIdProblems(path.resolve(root, output), built?.url),
      ].map((problem) => formatSiteProblem(problem, output)),
      ...sharedIds.map(formatProblem),
      ...problems.map((problem) => formatSiteProblem(problem, output)),
    ],
    output,
    pathPrefix,
    out,
  );
}

/** Prints the problems and the summary; returns the exit code. */
function report(lines: string[], output: string, pathPrefix: string, out: VerifyOutput): number {
  for (const line of lines) out.error(line);
  if (lines.length === 0) {
    out.log(`verify: ${output}/ is sound (path prefix ${pathPrefix}).`);
    return 0;
  }
  out.error(
    `verify: ${lines.length} problem${lines.length === 1 ? "" : "s"} in ${output}/ (path prefix ${pathPrefix}).`,
  );
  return 1;
}

/** True when this file is the script node was started with (`tsx src/cli/verify.ts`), not an import. */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  settingsOrExit();
  const tty = process.stderr.isTTY;
  process.exitCode = await verifyCommand(
    { args: process.argv.slice(2), record: readLastBuild() },
    {
      log: (line) => console.log(line),
      error: (line) => console.error(line),
      ...(tty && {
        progress: (index: number, total: number) =>
          process.stderr.write(`\rverify: ${index + 1}/${total} files`),
      }),
    },
  );
  if (tty) process.stderr.write("\r\x1b[K");
}
