import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const file = path.resolve(import.meta.dirname, "../../.github/workflows/deploy.yml");
const text = readFileSync(file, "utf8");

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string;
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}
const workflow = parse(text) as {
  on: {
    push: { branches: string[] };
    pull_request: unknown;
    workflow_dispatch: unknown;
    schedule: { cron: string }[];
  };
  permissions: Record<string, string>;
  jobs: { tested: Job; test: Job; build: Job; deploy: Job };
};

/**
 * Whether a cron field (POSIX crontab, as GitHub Actions reads it) holds `value`: `*`, a number,
 * a range `a-b`, a list `a,b`, a step `*\/n` or `a-b/n`. Throws on anything else.
 */
function cronFieldMatches(field: string, value: number, min: number, max: number): boolean {
  return field.split(",").some((part) => {
    const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!match) throw new Error(`not a cron field: ${part}`);
    const from = match[1] === "*" ? min : Number(match[2]);
    const to = match[1] === "*" ? max : Number(match[3] ?? (match[4] ? max : match[2]));
    const step = Number(match[4] ?? 1);
    if (from < min || to > max || from > to || step < 1) throw new Error(`out of range: ${part}`);
    return value >= from && value <= to && (value - from) % step === 0;
  });
}

/** The minutes of one day, 0 to 1439 (UTC), at which `cron` starts a run. */
function runsInADay(cron: string): number[] {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`a cron expression has 5 fields, not ${fields.length}`);
  const [minute, hour, day, month, weekday] = fields as [string, string, string, string, string];
  // Every day of the year, every month, every weekday: an hourly schedule runs every day.
  expect([day, month, weekday]).toEqual(["*", "*", "*"]);
  const minutes: number[] = [];
  for (let at = 0; at < 24 * 60; at++) {
    if (
      cronFieldMatches(hour, Math.floor(at / 60), 0, 23) &&
      cronFieldMatches(minute, at % 60, 0, 59)
    )
      minutes.push(at);
  }
  return minutes;
}

/** What each step does: its command, or the action it uses without the version. */
const steps = (job: Job) => job.steps.map((step) => step.run ?? step.uses?.split("@")[0] ?? "");

describe("the deploy workflow", () => {
  it("runs on pushes to main, on pull requests, by hand and on a schedule", () => {
    expect(workflow.on.push.branches).toEqual(["main"]);
    expect("pull_request" in workflow.on).toBe(true);
    expect("workflow_dispatch" in workflow.on).toBe(true);
    expect(workflow.on.schedule).toEqual([{ cron: "23 * * * *" }]);
  });

  it("sets the schedule in one place, every hour of the day, at a minute other than :00", () => {
    expect(text.match(/cron:/g)).toHaveLength(1);
    const minutes = runsInADay(workflow.on.schedule[0]!.cron);
    expect(minutes).toHaveLength(24);
    expect(minutes.map((at) => at % 60)).toEqual(Array(24).fill(23));
    expect(minutes.map((at) => Math.floor(at / 60))).toEqual([...Array(24).keys()]);
  });

  it.each([
    ["23 * * * *", 24],
    ["*/30 * * * *", 48],
    ["5 6-22 * * *", 17],
    ["0,30 */2 * * *", 24],
  ])("reads the cron expression %s as %i runs a day", (cron, runs) => {
    expect(runsInADay(cron)).toHaveLength(runs);
  });

  it.each(["60 * * * *", "* * * *", "23 24 * * *", "a * * * *"])(
    "refuses the cron expression %s",
    (cron) => {
      expect(() => runsInADay(cron)).toThrow();
    },
  );

  it("skips the tests of a scheduled run only when a push run passed on the same commit", () => {
    const tested = workflow.jobs.tested;
    expect(tested.if).toBe("github.event_name == 'schedule'");
    expect(tested.permissions).toEqual({ actions: "read" });
    expect(tested.steps[0]?.run).toContain(
      '-f head_sha="$SHA" -f event=push -f status=success --jq .total_count || echo 0)',
    );
    expect(tested.steps[0]?.env?.SHA).toBe("${{ github.sha }}");
    expect(workflow.jobs.test.needs).toBe("tested");
    expect(workflow.jobs.test.if).toBe(
      "${{ !cancelled() && needs.tested.outputs.passed != 'true' }}",
    );
    expect(workflow.jobs.build.if).toBe(
      "${{ !cancelled() && (needs.test.result == 'success' || needs.test.result == 'skipped') }}",
    );
  });

  it("pins every action to a full commit SHA with a version comment", () => {
    const uses = text.split("\n").filter((line) => /^\s*(- )?uses:/.test(line));
    expect(uses.length).toBe(8);
    for (const line of uses)
      expect(line).toMatch(/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it("checks and tests first, with checkout credentials not kept", () => {
    expect(steps(workflow.jobs.test)).toEqual([
      "actions/checkout",
      "actions/setup-node",
      "npm ci",
      "npm run check",
      "npm test",
    ]);
    for (const job of [workflow.jobs.test, workflow.jobs.build]) {
      expect(job.steps[0]?.with?.["persist-credentials"]).toBe(false);
    }
  });

  it("then builds under the Pages prefix for the Pages origin (a pull request for https://dispatch.test) and verifies before uploading _site", () => {
    const build = steps(workflow.jobs.build);
    expect(workflow.jobs.build.needs).toBe("test");
    expect(build.slice(2, 5)).toEqual(["npm ci", "actions/cache", "actions/configure-pages"]);
    expect(build[5]).toContain('npm run build -- --pathprefix="$prefix"');
    expect(workflow.jobs.build.steps[5]?.env?.DISPATCH_SITE_URL).toBe(
      "${{ steps.pages.outputs.origin || 'https://dispatch.test' }}",
    );
    expect(build.slice(6)).toEqual(["npm run verify", "actions/upload-pages-artifact"]);
    expect(workflow.jobs.build.permissions).toEqual({ contents: "read", pages: "read" });
    const upload = workflow.jobs.build.steps.at(-1);
    expect(upload?.with?.path).toBe("_site");
    expect(upload?.if).toBe("github.event_name != 'pull_request'");
  });

  it("keeps the image and share-picture files of earlier builds, per lock file", () => {
    const cache = workflow.jobs.build.steps[3];
    expect(cache?.with).toEqual({
      path: ".cache",
      key: "dispatch-${{ hashFiles('package-lock.json') }}-${{ github.sha }}",
      "restore-keys": "dispatch-${{ hashFiles('package-lock.json') }}-",
    });
  });

  it("deploys with the official Pages action on a push, a schedule or by hand, from main only", () => {
    const deploy = workflow.jobs.deploy;
    expect(deploy.needs).toBe("build");
    // The build's own result: the default success() would skip the deploy whenever a job
    // before the build was skipped (`tested` on every push).
    expect(deploy.if).toBe(
      "${{ !cancelled() && needs.build.result == 'success' && " +
        "(github.event_name == 'push' || github.event_name == 'schedule' || " +
        "github.event_name == 'workflow_dispatch') && github.ref == 'refs/heads/main' }}",
    );
    expect(deploy.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(steps(deploy)).toEqual(["actions/deploy-pages"]);
  });

  it("gives the workflow read-only access by default", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(workflow.jobs.test.permissions).toBeUndefined();
  });
});
