/**
 * What an author waits for on a synthetic archive of N posts, each measure a fresh process run
 * as the author runs it: Dispatch's `npm run build` cold (no `.cache/`), warm (nothing changed)
 * and warm after one post edited, with peak memory and the time to the first template; bare
 * Eleventy's and Hugo's cold builds on the same Markdown; then the dev servers (`npm start`,
 * `eleventy --serve`, `hugo server`): save → the new text served, for a body edit and a title
 * change; then `verify` over Dispatch's output.
 */
import { spawn } from "node:child_process";
import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { makeProject, projectRoot } from "../tests/helpers/build-site.ts";
import { freePort } from "../tests/helpers/dev-server.ts";
import { authorEnvironment } from "./author-environment.ts";
import { makeBareProject } from "./bare-project.ts";
import { generateArchive, writeArchive, type GeneratedPost } from "./generate.ts";
import { makeHugoProject } from "./hugo-project.ts";
import { outputTail, runMeasured, type MeasuredRun } from "./measure.ts";
import { measurePreview, type EditKind, type EditLatency } from "./preview-latency.ts";
import { measuredMedian } from "./report.ts";
import { childProcess, removeFolder, temporaryFolder } from "./temporary.ts";

/** One build, as measured; times in milliseconds, memory in bytes, `NaN` = not measured. */
export interface BuildRun {
  ms: number;
  exitCode: number;
  maxRssBytes: number;
  /** Spawn → `dispatch-timing first-template` (Dispatch only); `NaN` when no signal came. */
  firstTemplateMs: number;
}

/** Builds of one kind (e.g. Dispatch's warm builds) over the runs. */
export interface BuildSummary {
  /** Median time of the builds that succeeded. */
  ms: number;
  /** The highest peak memory of these builds. */
  maxRssBytes: number;
  /** Median time to the first template of the builds that printed the signal; else `NaN`. */
  firstTemplateMs: number;
  runs: BuildRun[];
}

/** A dev server's saves: the median latency of each kind and every save. */
export interface PreviewSummary {
  /** Spawn → the first page served. */
  startMs: number;
  /** Median save → new sentence served. */
  bodyEditMs: number;
  /** Median save → new title served. */
  frontMatterEditMs: number;
  edits: EditLatency[];
  error?: string;
}

/** The measurements of one archive size. */
export interface ArchiveResult {
  posts: number;
  mapPosts: number;
  runs: number;
  dispatch: {
    cold: BuildSummary;
    warm: BuildSummary;
    edited: BuildSummary;
    preview: PreviewSummary;
  };
  bare: { cold: BuildSummary; preview: PreviewSummary };
  /** Hugo's cold build and server, or why they were skipped. */
  hugo: { version: string; cold: BuildSummary; preview: PreviewSummary } | { skipped: string };
  /** `npm run verify` over Dispatch's output, one run; `NaN` when not run. */
  verifyMs: number;
  verifyPassed: boolean;
}

/** Options of {@link benchArchive}. */
export interface ArchiveBenchOptions {
  posts: number;
  /** Builds of each kind, and saves of each kind in each dev server. */
  runs: number;
  seed: number;
  /** Also run `verify` (slow on large archives). */
  verify: boolean;
  /** Hugo's version line when `hugo` is on the PATH; else why Hugo is skipped. */
  hugo: { version: string } | { skipped: string };
  /** Progress lines. */
  log: (line: string) => void;
  /** Keep the temporary projects (for profiling or inspection). */
  keep?: boolean;
}

/** A measured run as a build: a failed build measured nothing (only its exit code is kept). */
const toRun = (run: MeasuredRun): BuildRun =>
  run.exitCode === 0
    ? {
        ms: run.ms,
        exitCode: 0,
        maxRssBytes: run.maxRssBytes,
        firstTemplateMs: run.firstTemplateMs,
      }
    : {
        ms: Number.NaN,
        exitCode: run.exitCode,
        maxRssBytes: Number.NaN,
        firstTemplateMs: Number.NaN,
      };

/** The medians of a kind of build over its runs. */
export function summarizeBuilds(runs: BuildRun[]): BuildSummary {
  const rss = runs.map((r) => r.maxRssBytes).filter((value) => Number.isFinite(value));
  return {
    ms: measuredMedian(runs.map((r) => r.ms)),
    maxRssBytes: rss.length === 0 ? Number.NaN : Math.max(...rss),
    firstTemplateMs: measuredMedian(runs.map((r) => r.firstTemplateMs)),
    runs,
  };
}

/** The medians of a dev server's saves, by kind. */
export function summarizePreview(
  startMs: number,
  edits: EditLatency[],
  error?: string,
): PreviewSummary {
  const of = (kind: EditKind) =>
    measuredMedian(edits.filter((e) => e.kind === kind).map((e) => e.ms));
  return {
    startMs,
    bodyEditMs: of("body"),
    frontMatterEditMs: of("front-matter"),
    edits,
    ...(error ? { error } : {}),
  };
}

/**
 * Runs one measured build and logs it; a failed build is logged with the end of its output and
 * recorded as not measured, so the rest of the bench still runs.
 */
async function build(
  label: string,
  command: string,
  args: string[],
  cwd: string,
  log: (line: string) => void,
): Promise<BuildRun> {
  // A site URL that is not the example one, as a deploy sets it: verify fails on the example.
  const env = { DISPATCH_TIMING: "1", DISPATCH_SITE_URL: "https://dispatch.test" };
  const run = await runMeasured(command, args, { cwd, env });
  const result = toRun(run);
  if (run.exitCode !== 0) log(`  ${label}: FAILED (exit ${run.exitCode})\n${outputTail(run)}`);
  else {
    const first = Number.isFinite(run.firstTemplateMs)
      ? `, first template ${(run.firstTemplateMs / 1000).toFixed(2)} s`
      : "";
    const memory = Number.isFinite(run.maxRssBytes)
      ? `, ${(run.maxRssBytes / 1024 ** 2).toFixed(0)} MiB`
      : "";
    log(`  ${label}: ${(run.ms / 1000).toFixed(2)} s${memory}${first}`);
  }
  return result;
}

/** Runs `npm run verify` in `cwd`; resolves to its time and whether it passed. */
function runVerify(cwd: string): Promise<{ ms: number; passed: boolean; output: string }> {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = childProcess(
      spawn("npm", ["run", "verify"], {
        cwd,
        env: authorEnvironment(process.env),
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      }),
      true,
    );
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) =>
      resolve({ ms: performance.now() - start, passed: code === 0, output }),
    );
  });
}

/** The saves a dev server is measured with: `runs` body edits, then `runs` title changes. */
function plannedEdits(
  posts: readonly GeneratedPost[],
  runs: number,
  file: (slug: string) => string,
): Array<{ kind: EditKind; file: string; url: string; label: string }> {
  const middle = Math.floor(posts.length / 2);
  return (["body", "front-matter"] as const).flatMap((kind, k) =>
    Array.from({ length: runs }, (_, i) => {
      // A different post for each save, beside the middle of the archive.
      const post = posts[(middle + k * runs + i) % posts.length] as GeneratedPost;
      return { kind, file: file(post.slug), url: `/posts/${post.slug}/`, label: post.slug };
    }),
  );
}

/** Runs one dev server's saves and summarises them. */
async function preview(
  name: string,
  command: string[],
  cwd: string,
  edits: ReturnType<typeof plannedEdits>,
  log: (line: string) => void,
): Promise<PreviewSummary> {
  log(`  ${name}: ${edits.length} saves`);
  const result = await measurePreview({ command, cwd, port: await freePort(), edits, log });
  if (result.error) log(`  ${name}: ${result.error}`);
  return summarizePreview(result.startMs, result.edits, result.error);
}

/** Generates the archive, measures each generator's builds and dev server, then `verify`. */
export async function benchArchive(options: ArchiveBenchOptions): Promise<ArchiveResult> {
  const { log, runs } = options;
  const work = temporaryFolder(
    mkdtempSync(path.join(tmpdir(), `dispatch-bench-${options.posts}-`)),
  );
  const posts = generateArchive({ count: options.posts, seed: options.seed });
  const archive = path.join(work, "archive");
  writeArchive(archive, posts);
  const dispatchRoot = temporaryFolder(makeProject({ posts: archive }));
  const bareRoot = path.join(work, "bare");
  makeBareProject(bareRoot, archive, path.join(projectRoot, "node_modules"));
  const hugoRoot = path.join(work, "hugo");
  if ("version" in options.hugo) makeHugoProject(hugoRoot, posts);
  log(`${options.posts} posts generated in ${work}; Dispatch project ${dispatchRoot}`);

  const builds = { cold: [] as BuildRun[], warm: [] as BuildRun[], edited: [] as BuildRun[] };
  const bareBuilds: BuildRun[] = [];
  const hugoBuilds: BuildRun[] = [];
  const at = (run: number) => `${options.posts} posts, run ${run}/${runs}`;
  for (let run = 1; run <= runs; run++) {
    // Cold: a fresh clone's state, no output and no cache (`--no-cache` is equivalent).
    for (const folder of ["_site", ".cache"]) {
      rmSync(path.join(dispatchRoot, folder), { recursive: true, force: true });
    }
    builds.cold.push(await build(`${at(run)}, Dispatch cold`, "npm", ["run", "build"], dispatchRoot, log)); // prettier-ignore
    builds.warm.push(await build(`${at(run)}, Dispatch warm`, "npm", ["run", "build"], dispatchRoot, log)); // prettier-ignore
    const edited = posts[Math.floor(posts.length / 3) + run - 1] ?? (posts[0] as GeneratedPost);
    appendFileSync(
      path.join(dispatchRoot, "posts", edited.slug, "index.md"),
      `\n\nOne more sentence, added by the benchmark before warm build ${run}.\n`,
    );
    builds.edited.push(await build(`${at(run)}, Dispatch warm, one post edited`, "npm", ["run", "build"], dispatchRoot, log)); // prettier-ignore
    rmSync(path.join(bareRoot, "_site"), { recursive: true, force: true });
    bareBuilds.push(await build(`${at(run)}, bare Eleventy cold`, "npm", ["run", "build"], bareRoot, log)); // prettier-ignore
    if ("version" in options.hugo) {
      for (const folder of ["public", "resources", ".hugo_cache"]) {
        rmSync(path.join(hugoRoot, folder), { recursive: true, force: true });
      }
      hugoBuilds.push(await build(`${at(run)}, Hugo cold`, "hugo", ["--quiet"], hugoRoot, log));
    }
  }

  const verify = options.verify ? await runVerify(dispatchRoot) : undefined;
  if (verify)
    log(`  verify: ${(verify.ms / 1000).toFixed(2)} s, ${verify.passed ? "sound" : "FAILED"}`);
  if (verify && !verify.passed) log(verify.output.split("\n").slice(-10).join("\n"));

  const dispatchPreview = await preview(
    "Dispatch dev server",
    ["npm", "start"],
    dispatchRoot,
    plannedEdits(posts, runs, (slug) => path.join(dispatchRoot, "posts", slug, "index.md")),
    log,
  );
  const barePreview = await preview(
    "bare Eleventy dev server",
    ["npm", "start"],
    bareRoot,
    plannedEdits(posts, runs, (slug) => path.join(bareRoot, "posts", slug, "index.md")),
    log,
  );
  let hugo: ArchiveResult["hugo"] = {
    skipped: "skipped" in options.hugo ? options.hugo.skipped : "",
  };
  if ("version" in options.hugo) {
    hugo = {
      version: options.hugo.version,
      cold: summarizeBuilds(hugoBuilds),
      preview: await preview(
        "Hugo server",
        ["hugo", "server", "--bind", "127.0.0.1", "--port", "{port}"],
        hugoRoot,
        plannedEdits(posts, runs, (slug) => path.join(hugoRoot, "content/posts", `${slug}.md`)),
        log,
      ),
    };
  }
  removeFolder(work, options.keep);
  removeFolder(dispatchRoot, options.keep);
  return {
    posts: options.posts,
    mapPosts: posts.filter((post) => post.hasMap).length,
    runs,
    dispatch: {
      cold: summarizeBuilds(builds.cold),
      warm: summarizeBuilds(builds.warm),
      edited: summarizeBuilds(builds.edited),
      preview: dispatchPreview,
    },
    bare: { cold: summarizeBuilds(bareBuilds), preview: barePreview },
    hugo,
    verifyMs: verify?.ms ?? Number.NaN,
    verifyPassed: verify?.passed ?? false,
  };
}
