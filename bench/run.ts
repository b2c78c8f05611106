/**
 * `npm run bench [-- --posts=1000,4000 --runs=3 --seed=1 --no-verify --no-lighthouse --help]`:
 * what authors wait for on synthetic archives, each measure a fresh process run as an author runs
 * it (`bench/archive-bench.ts`): Dispatch's `npm run build` cold, warm and after one post edited
 * (time, peak memory, time to the first template), the dev server's save → served latency for a
 * body edit and a title change, against bare Eleventy and Hugo (when installed) on the same
 * Markdown; the real site's time to first template and page weight against its budgets;
 * Lighthouse on the home and Basra pages; issue 14's targets, pass or fail. Prints tables on
 * stdout and progress on stderr; writes everything as JSON to `bench/results/` (ignored by git).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeProject, projectRoot } from "../tests/helpers/build-site.ts";
import { benchArchive, type ArchiveResult } from "./archive-bench.ts";
import { buildsTable, formatFirstTemplate, previewTable, targetInputs } from "./archive-report.ts";
import { hugoVersion } from "./hugo-project.ts";
import { lighthousePages, type LighthouseResult } from "./lighthouse.ts";
import { outputTail, runMeasured, type MeasuredRun } from "./measure.ts";
import {
  checkBudgets,
  measurePage,
  postFontBudget,
  type BudgetCheck,
  type PageWeight,
} from "./page-weight.ts";
import { readBenchArgs } from "./options.ts";
import { pollIntervalMs } from "./preview-latency.ts";
import { formatBytes, formatSeconds, formatTable } from "./report.ts";
import { checkTargets, targetsSummary } from "./targets.ts";
import { removeFolder, removeTemporaryOnSignals, temporaryFolder } from "./temporary.ts";
import { addTextOnlyPost, textOnlySlug } from "./text-only-post.ts";

/** The benchmark's output folder. */
export const resultsDir = path.join(projectRoot, "bench/results");

/** Pages of the real site measured for weight (and, the first three, by Lighthouse). */
const pages = [
  { name: "home", url: "/" },
  { name: "post with a map (Basra)", url: "/posts/continuing-battle-for-the-south-basra/" },
  // Every real post has a map: the timeline's text without it (text-only-post.ts).
  { name: "post without a map (timeline's text)", url: `/posts/${textOnlySlug}/` },
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

// 1. Synthetic archives: Dispatch against bare Eleventy and Hugo.
const hugoLine = hugoVersion();
const hugo: { version: string } | { skipped: string } = hugoLine
  ? { version: hugoLine }
  : { skipped: "Hugo skipped: no hugo on the PATH (apt-get install hugo)" };
const archives: ArchiveResult[] = [];
if (!options.noArchive) {
  if ("skipped" in hugo) log(hugo.skipped);
  for (const posts of sizes) {
    log(`archive of ${posts} posts, ${runs} run${runs === 1 ? "" : "s"} of each build and save`);
    archives.push(
      await benchArchive({
        posts,
        runs,
        seed: options.seed,
        // verify reads every page (about as long as the build): at the first size only.
        verify: !options.noVerify && posts === sizes[0],
        hugo,
        log,
        keep: options.keep,
      }),
    );
  }
}

// 2. The real site: time to first template (a cold build, then a warm one) and page weight.
log("building the real site (cold, then warm) for the first template and page weight");
const realRoot = temporaryFolder(makeProject());
addTextOnlyPost(realRoot);
const realBuilds: MeasuredRun[] = [];
for (const kind of ["cold", "warm"]) {
  const run = await runMeasured("npm", ["run", "build"], {
    cwd: realRoot,
    env: { DISPATCH_TIMING: "1" },
  });
  if (run.exitCode !== 0) {
    console.error(`bench: the real site did not build:\n${outputTail(run, 40)}`);
    removeFolder(realRoot);
    process.exit(1);
  }
  log(`  real site, ${kind}: ${formatSeconds(run.ms)}, first template ${formatFirstTemplate(run.firstTemplateMs)}`); // prettier-ignore
  realBuilds.push(run);
}
const real = {
  coldMs: realBuilds[0]?.ms ?? Number.NaN,
  warmMs: realBuilds[1]?.ms ?? Number.NaN,
  firstTemplateColdMs: realBuilds[0]?.firstTemplateMs ?? Number.NaN,
  firstTemplateWarmMs: realBuilds[1]?.firstTemplateMs ?? Number.NaN,
};
// The slower of the two (NaN, "no signal", when either printed none).
const realFirstTemplateMs = Math.max(real.firstTemplateColdMs, real.firstTemplateWarmMs);
const realOutput = path.join(realRoot, "_site");
const weights: PageWeight[] = pages.map((page) => measurePage(realOutput, page.name, page.url));
const budgets: BudgetCheck[] = [
  ...checkBudgets(weights[2] as PageWeight, "post"),
  ...checkBudgets(weights[1] as PageWeight, "map"),
];
removeFolder(realRoot);
// Issue 14's targets, checked at the largest size.
const largest = archives.at(-1);
const targets = largest ? checkTargets(targetInputs(largest, realFirstTemplateMs)) : [];

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
  out.push(
    "",
    `Builds: \`npm run build\` in the project (Hugo: \`hugo --quiet\`), each a fresh process, spawn to exit; median of ${runs}, peak memory the highest (the largest process, not npm)`,
    buildsTable(archives),
  );
  out.push(
    "",
    `Dev servers: save → the new text in the served page (fetched from 127.0.0.1 every ${pollIntervalMs} ms); median of ${runs} save${runs === 1 ? "" : "s"} of each kind`,
    previewTable(archives),
  );
  const skipped = "skipped" in hugo ? hugo.skipped : undefined;
  if (skipped) out.push(skipped);
  const verified = archives.find((a) => Number.isFinite(a.verifyMs));
  if (verified) {
    out.push(
      `verify over Dispatch's ${verified.posts}-post site: ${formatSeconds(verified.verifyMs)}, ${verified.verifyPassed ? "sound" : "FAILED"}`,
    );
  }
}
out.push(
  "",
  `Real site, \`npm run build\` → Eleventy's first template (DISPATCH_TIMING=1): cold ${formatFirstTemplate(real.firstTemplateColdMs)}, warm ${formatFirstTemplate(real.firstTemplateWarmMs)} (builds ${formatSeconds(real.coldMs)} and ${formatSeconds(real.warmMs)})`,
);
if (largest) {
  out.push(
    "",
    `Targets of issue 14 (set at 4,000 posts), checked at ${largest.posts} posts`,
    formatTable(
      ["target", "actual", "limit", "result"],
      targets.map((t) => [t.target, t.actual, t.limit, t.verdict]),
    ),
    targetsSummary(targets),
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
const json = JSON.stringify({ date: new Date().toISOString(), machine, options, hugo: hugoLine ?? null, archives, real, targets, weights, budgets, lighthouse }, null, 2); // prettier-ignore
writeFileSync(path.join(resultsDir, `bench-${stamp}.json`), json);
writeFileSync(path.join(resultsDir, "latest.json"), json);
log(`results written to ${path.relative(process.cwd(), path.join(resultsDir, "latest.json"))}`);
