/**
 * `npm run bench [-- --posts=1000,4000 --runs=3 --seed=1 --no-verify --no-lighthouse --help]`:
 * Dispatch against bare Eleventy on synthetic archives (build time, peak memory, one-post
 * rebuild, Pagefind and verify on their own lines), the page weight of the real site against
 * its budgets, and Lighthouse on the home and Basra pages. Prints tables and progress lines;
 * writes everything as JSON to `bench/results/` (ignored by git).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../tests/helpers/build-site.ts";
import { benchArchive, type ArchiveResult } from "./archive-bench.ts";
import { lighthousePages, type LighthouseResult } from "./lighthouse.ts";
import {
  checkBudgets,
  measurePage,
  postFontBudget,
  type BudgetCheck,
  type PageWeight,
} from "./page-weight.ts";
import { readBenchArgs } from "./options.ts";
import { formatBytes, formatSeconds, formatTable } from "./report.ts";
import { buildSiteAsync, removeFolder, removeTemporaryOnSignals } from "./temporary.ts";

/** The benchmark's output folder. */
export const resultsDir = path.join(projectRoot, "bench/results");

/** Pages of the real site measured for weight (and, the first three, by Lighthouse). */
const pages = [
  { name: "home", url: "/" },
  { name: "post with a map (Basra)", url: "/posts/continuing-battle-for-the-south-basra/" },
  { name: "post without a map (timeline)", url: "/posts/basra-timeline-24-31-march-2008/" },
  { name: "tag page (Basra)", url: "/tags/basra/" },
  { name: "search page", url: "/search/" },
];

const args = readBenchArgs(process.argv.slice(2));
if (!args.run) {
  if (args.stdout) process.stdout.write(args.stdout);
  if (args.stderr) process.stderr.write(args.stderr);
  process.exit(args.exitCode);
}
const { options } = args;
const { sizes, runs } = options;
// Ctrl-C or SIGTERM stops the builds and removes /tmp/dispatch-bench-* and /tmp/dispatch-build-*.
removeTemporaryOnSignals();

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const started = Date.now();
const log = (line: string) =>
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
mkdirSync(resultsDir, { recursive: true });

// 1. Synthetic archives: Dispatch against bare Eleventy.
const archives: ArchiveResult[] = [];
if (!options.noArchive) {
  for (const posts of sizes) {
    log(`archive of ${posts} posts, ${runs} run${runs === 1 ? "" : "s"} each`);
    archives.push(
      await benchArchive({
        posts,
        runs,
        seed: options.seed,
        // verify reads every page (about as long as the build): at the first size only, so
        // that the default run stays under 10 minutes on 2 cores.
        verify: !options.noVerify && posts === sizes[0],
        log,
        keep: options.keep,
      }),
    );
  }
}

// 2. Page weight of the real site.
log("building the real site for page weight");
const real = await buildSiteAsync();
if (real.exitCode !== 0) {
  console.error(`bench: the real site did not build:\n${real.stderr}`);
  removeFolder(real.root);
  process.exit(1);
}
const weights: PageWeight[] = pages.map((page) => measurePage(real.output, page.name, page.url));
const budgets: BudgetCheck[] = [
  ...checkBudgets(weights[2] as PageWeight, "post"),
  ...checkBudgets(weights[1] as PageWeight, "map"),
];
removeFolder(real.root);

// 3. Lighthouse on the home page and a post with and without a map.
let lighthouse: LighthouseResult[] | string = "skipped (--no-lighthouse)";
if (!options.noLighthouse) {
  if (!existsSync(chromium)) {
    lighthouse = `skipped: no Chromium at ${chromium} (set CHROMIUM_PATH)`;
  } else {
    log("Lighthouse on the home page, the Basra page and the timeline");
    try {
      lighthouse = await lighthousePages(pages.slice(0, 3), resultsDir, chromium);
    } catch (error) {
      lighthouse = `failed: ${(error as Error).message}`;
    }
  }
}

// 4. Report.
const machine = {
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown"}`,
  memory: formatBytes(os.totalmem()),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  load: os.loadavg().map((l) => l.toFixed(2)),
};
const out: string[] = [];
out.push(
  `Machine: ${machine.cpus}, ${machine.memory}, Node ${machine.node}, load ${machine.load.join(" ")}`,
);
if (archives.length > 0) {
  // Run 1 of a fresh project has no cache (.cache/: share pictures, post images); later runs do,
  // as a deploy that keeps .cache between runs does.
  out.push(
    "",
    `Full build (median of ${runs}; the first with no cache), Dispatch against bare Eleventy`,
  );
  out.push(
    formatTable(
      [
        "posts",
        "generator",
        "build",
        "first build",
        "posts/s",
        "peak memory",
        "rebuild: body",
        "rebuild: front matter",
        "ratio",
      ],
      archives.flatMap((a) => [
        [String(a.posts), "Dispatch", formatSeconds(a.dispatch.buildMs), formatSeconds(a.dispatch.builds[0]?.buildMs ?? NaN), a.dispatch.postsPerSecond.toFixed(0), formatBytes(a.dispatch.maxRssBytes), formatSeconds(a.dispatch.rebuildMs), formatSeconds(a.dispatch.frontMatterRebuildMs), `${a.ratio.toFixed(2)}×`],
        [String(a.posts), "bare Eleventy", formatSeconds(a.bare.buildMs), formatSeconds(a.bare.builds[0]?.buildMs ?? NaN), a.bare.postsPerSecond.toFixed(0), formatBytes(a.bare.maxRssBytes), formatSeconds(a.bare.rebuildMs), "", ""],
      ]), // prettier-ignore
    ),
  );
  out.push("", "After the Eleventy build (Dispatch)");
  out.push(
    formatTable(
      ["posts", "Pagefind (median)", "verify"],
      archives.map((a) => [
        String(a.posts),
        formatSeconds(a.pagefindMs),
        Number.isNaN(a.verifyMs)
          ? "not run (first size only)"
          : `${formatSeconds(a.verifyMs)}${a.verifyPassed ? "" : " FAILED"}`,
      ]),
    ),
  );
  const largest = archives.at(-1) as ArchiveResult;
  out.push(
    "",
    `Targets at ${largest.posts} posts: ratio ${largest.ratio.toFixed(2)}× (≤ 1.30×: ${largest.ratio <= 1.3 ? "pass" : "FAIL"}), ` +
      `rebuild after a body edit ${formatSeconds(largest.dispatch.rebuildMs)} (< 1 s: ${largest.dispatch.rebuildMs < 1000 ? "pass" : "FAIL"}), ` +
      `after a front-matter edit ${formatSeconds(largest.dispatch.frontMatterRebuildMs)} (< 1 s: ${largest.dispatch.frontMatterRebuildMs < 1000 ? "pass" : "FAIL"}), ` +
      `peak memory ${formatBytes(largest.dispatch.maxRssBytes)} (< 1.5 GiB: ${largest.dispatch.maxRssBytes < 1.5 * 1024 ** 3 ? "pass" : "FAIL"})`,
  );
}
out.push("", "Page weight of the real site (raw / gzip)");
const pair = (b: { raw: number; gzip: number }) => `${formatBytes(b.raw)} / ${formatBytes(b.gzip)}`;
out.push(
  formatTable(
    ["page", "HTML", "CSS", "JS", "images"],
    weights.map((w) => [w.name, pair(w.html), pair(w.css), pair(w.js), pair(w.images)]),
  ),
);
out.push("", "Budgets");
out.push(
  formatTable(
    ["page", "rule", "actual", "limit", "result"],
    budgets.map((b) => [
      b.page,
      b.rule,
      formatBytes(b.actual),
      formatBytes(b.limit),
      b.pass ? "pass" : "FAIL",
    ]),
  ),
);
out.push("", "Lighthouse 12.2.3 (Chromium, headless, mobile emulation, local server and tiles)");
if (typeof lighthouse === "string") out.push(lighthouse);
else {
  out.push(
    formatTable(
      ["page", "performance", "accessibility", "best practices", "CLS", "LCP", "fonts"],
      lighthouse.map((l) => [
        l.name,
        String(l.performance),
        String(l.accessibility),
        String(l.bestPractices),
        String(Number(l.cls.toFixed(3))),
        formatSeconds(l.lcpMs),
        formatBytes(l.fontBytes),
      ]),
    ),
  );
  // Issue 11's budgets: every score 100, no layout shift, a post without a map within its fonts.
  const checks = lighthouse.flatMap((l) => [
    [l.name, "performance, accessibility, best practices", `${l.performance}, ${l.accessibility}, ${l.bestPractices}`, "100 each", l.performance === 100 && l.accessibility === 100 && l.bestPractices === 100],
    [l.name, "Cumulative Layout Shift", String(Number(l.cls.toFixed(3))), "0", l.cls === 0],
    ...(l === lighthouse[2] ? [[l.name, "fonts", formatBytes(l.fontBytes), formatBytes(postFontBudget), l.fontBytes <= postFontBudget]] : []),
  ]); // prettier-ignore
  out.push("", "Lighthouse budgets");
  out.push(
    formatTable(
      ["page", "rule", "actual", "limit", "result"],
      checks.map(([page, rule, actual, limit, pass]) => [
        String(page),
        String(rule),
        String(actual),
        String(limit),
        pass ? "pass" : "FAIL",
      ]),
    ),
  );
}
console.log(out.join("\n"));

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const json = JSON.stringify({ date: new Date().toISOString(), machine, options, archives, weights, budgets, lighthouse }, null, 2); // prettier-ignore
writeFileSync(path.join(resultsDir, `bench-${stamp}.json`), json);
writeFileSync(path.join(resultsDir, "latest.json"), json);
log(`results written to ${path.relative(process.cwd(), path.join(resultsDir, "latest.json"))}`);
