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
  steps: Step[];
}
const workflow = parse(text) as {
  on: { push: { branches: string[] }; pull_request: unknown };
  permissions: Record<string, string>;
  jobs: { test: Job; build: Job; deploy: Job };
};

/** What each step does: its command, or the action it uses without the version. */
const steps = (job: Job) => job.steps.map((step) => step.run ?? step.uses?.split("@")[0] ?? "");

describe("the deploy workflow", () => {
  it("runs on pushes to main and on pull requests", () => {
    expect(workflow.on.push.branches).toEqual(["main"]);
    expect("pull_request" in workflow.on).toBe(true);
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

  it("deploys with the official Pages action, from main only, never on a pull request", () => {
    const deploy = workflow.jobs.deploy;
    expect(deploy.needs).toBe("build");
    expect(deploy.if).toBe(
      "github.event_name != 'pull_request' && github.ref == 'refs/heads/main'",
    );
    expect(deploy.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(steps(deploy)).toEqual(["actions/deploy-pages"]);
  });

  it("gives the workflow read-only access by default", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(workflow.jobs.test.permissions).toBeUndefined();
  });
});
