/**
 * Build times and memory of Dispatch against bare Eleventy on a synthetic archive of N posts:
 * several cold builds of each (alternating, one child process per build), then one-post rebuilds
 * in the dev server's mode, then `verify` over Dispatch's output.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { makeProject, projectRoot } from "../tests/helpers/build-site.ts";
import { makeBareProject } from "./bare-project.ts";
import type { ChildResult } from "./build-child.ts";
import { generateArchive, writeArchive } from "./generate.ts";
import { median } from "./report.ts";
import { childProcess, removeFolder, temporaryFolder } from "./temporary.ts";

/** The measurements of one archive size; times in milliseconds, memory in bytes. */
export interface ArchiveResult {
  posts: number;
  mapPosts: number;
  runs: number;
  dispatch: BuildSummary;
  bare: BuildSummary;
  /** Median Dispatch build time over median bare build time. */
  ratio: number;
  /** Pagefind indexing of Dispatch's output (median). */
  pagefindMs: number;
  /** `npm run verify` over Dispatch's output, one run. */
  verifyMs: number;
  /** Whether verify found the output sound. */
  verifyPassed: boolean;
}

/** One generator's builds: medians and every run. */
export interface BuildSummary {
  /** Median from process start to the end of Eleventy's write. */
  buildMs: number;
  /** Median peak resident set size. */
  maxRssBytes: number;
  /** Posts per second at the median build time. */
  postsPerSecond: number;
  /** One-post rebuild in the dev server's mode, the post's body edited. */
  rebuildMs: number;
  /** The same, the post's front matter (its title) edited: every page is rebuilt (Dispatch only). */
  frontMatterRebuildMs: number;
  /** Every build, in order. */
  builds: ChildResult[];
}

/** Runs `bench/build-child.ts` in `cwd` and returns what it printed; rejects on failure. */
function runChild(cwd: string, args: string[], extraNodeArgs: string[] = []): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = childProcess(
      spawn(
        process.execPath,
        [
          ...extraNodeArgs,
          "--import",
          "tsx",
          path.join(projectRoot, "bench/build-child.ts"),
          ...args,
        ],
        { cwd, env: { ...process.env, NODE_ENV: "production" }, stdio: ["ignore", "pipe", "pipe"] },
      ),
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => {
      const last = stdout.trim().split("\n").at(-1) ?? "";
      if (code === 0 && last.startsWith("{")) resolve(JSON.parse(last) as ChildResult);
      else reject(new Error(`${args.join(" ")} in ${cwd} failed (${code}):\n${stderr}${stdout}`));
    });
  });
}

/** Runs `npm run verify` in `cwd`; resolves to its time and whether it passed. */
function runVerify(cwd: string): Promise<{ ms: number; passed: boolean; output: string }> {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = childProcess(
      spawn(process.execPath, ["--import", "tsx", "src/cli/verify.ts"], { cwd }),
    );
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) =>
      resolve({ ms: performance.now() - start, passed: code === 0, output }),
    );
  });
}

/** Options of {@link benchArchive}. */
export interface ArchiveBenchOptions {
  posts: number;
  runs: number;
  seed: number;
  /** Also run `verify` (slow on large archives). */
  verify: boolean;
  /** Progress lines. */
  log: (line: string) => void;
  /** Keep the temporary projects (for profiling or inspection). */
  keep?: boolean;
  /** Extra Node arguments of Dispatch's build children, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
}

/** Generates the archive, builds it `runs` times with each generator, and measures rebuilds. */
export async function benchArchive(options: ArchiveBenchOptions): Promise<ArchiveResult> {
  const { log } = options;
  const work = temporaryFolder(
    mkdtempSync(path.join(tmpdir(), `dispatch-bench-${options.posts}-`)),
  );
  const posts = generateArchive({ count: options.posts, seed: options.seed });
  const archive = path.join(work, "archive");
  writeArchive(archive, posts);
  const dispatchRoot = temporaryFolder(makeProject({ posts: archive }));
  const bareRoot = path.join(work, "bare");
  makeBareProject(bareRoot, archive, path.join(projectRoot, "node_modules"));
  log(`${options.posts} posts generated in ${work}; Dispatch project ${dispatchRoot}`);

  const results: Record<"dispatch" | "bare", ChildResult[]> = { dispatch: [], bare: [] };
  const roots = { dispatch: dispatchRoot, bare: bareRoot };
  for (let run = 1; run <= options.runs; run++) {
    for (const kind of ["dispatch", "bare"] as const) {
      rmSync(path.join(roots[kind], "_site"), { recursive: true, force: true });
      const nodeArgs = kind === "dispatch" ? (options.nodeArgs ?? []) : [];
      const result = await runChild(roots[kind], [kind, "build"], nodeArgs);
      results[kind].push(result);
      log(
        `  ${options.posts} posts, run ${run}/${options.runs}, ${kind}: ${(result.buildMs / 1000).toFixed(2)} s`,
      );
    }
  }
  const verify = options.verify ? await runVerify(dispatchRoot) : undefined;
  if (verify)
    log(`  verify: ${(verify.ms / 1000).toFixed(2)} s, ${verify.passed ? "sound" : "FAILED"}`);
  if (verify && !verify.passed) log(verify.output.split("\n").slice(0, 10).join("\n"));

  const edited = `posts/${posts[Math.floor(posts.length / 2)]?.slug}/index.md`;
  const rebuilds = { dispatch: NaN, bare: NaN, dispatchFrontMatter: NaN };
  const measured: Array<[keyof typeof rebuilds, "dispatch" | "bare", "body" | "front-matter"]> = [
    ["dispatch", "dispatch", "body"],
    ["bare", "bare", "body"],
    ["dispatchFrontMatter", "dispatch", "front-matter"],
  ];
  for (const [key, kind, edit] of measured) {
    const what = `${options.posts} posts, one-post rebuild (${edit} edited), ${kind}`;
    try {
      const result = await runChild(roots[kind], [kind, "rebuild", edited, edit]);
      rebuilds[key] = result.rebuildMs ?? NaN;
      log(`  ${what}: ${(rebuilds[key] / 1000).toFixed(2)} s`);
    } catch (error) {
      // The rest of the benchmark still runs; the table shows the rebuild as not measured.
      log(`  ${what}: FAILED\n${(error as Error).message}`);
    }
  }
  removeFolder(work, options.keep);
  removeFolder(dispatchRoot, options.keep);

  const summary = (kind: "dispatch" | "bare"): BuildSummary => {
    const buildMs = median(results[kind].map((r) => r.buildMs));
    return {
      buildMs,
      maxRssBytes: median(results[kind].map((r) => r.maxRssBytes)),
      postsPerSecond: options.posts / (buildMs / 1000),
      rebuildMs: rebuilds[kind],
      frontMatterRebuildMs: kind === "dispatch" ? rebuilds.dispatchFrontMatter : NaN,
      builds: results[kind],
    };
  };
  const dispatch = summary("dispatch");
  const bare = summary("bare");
  return {
    posts: options.posts,
    mapPosts: posts.filter((post) => post.hasMap).length,
    runs: options.runs,
    dispatch,
    bare,
    ratio: dispatch.buildMs / bare.buildMs,
    pagefindMs: median(results.dispatch.map((r) => r.pagefindMs ?? 0)),
    verifyMs: verify?.ms ?? NaN,
    verifyPassed: verify?.passed ?? false,
  };
}
